package cn.tangshan.minsheng.e2e;

import cn.tangshan.minsheng.account.Accounts;
import cn.tangshan.minsheng.account.Role;
import cn.tangshan.minsheng.org.Units;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security administrator's pages and a user linking an authenticator app: the QR code
 * is drawn by the portal, the recovery codes are shown once, and the next login asks for
 * the code before the home page. The session cookie is HttpOnly and SameSite=Lax.
 */
@BrowserPortalTest
class SecurityAdminBrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	Units units;

	@Test
	void securityAdministratorSeesAccountsRequestsAndPolicy(Browser browser) {
		browser.logIn("secadmin");
		Cookie cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(cookie.getSameSite()).isEqualTo("Lax");
		assertThat(browser.text("#failed-since")).startsWith("此后失败的登录尝试");
		assertThat(browser.pageText()).doesNotContain("进展填报", "工作台账");
		browser.clickAndWait("nav a[href='/security/users']");
		assertThat(browser.text("h1")).isEqualTo("账户安全管理");
		assertThat(browser.text("#user-lunan")).contains("lunan", "填报单位", "正常", "停用");
		browser.screenshot("security-1-users");
		browser.open("/security/policy");
		assertThat(browser.value("#maxSessions")).isEqualTo("1");
		assertThat(browser.value("#passwordMaxAgeDays")).isEqualTo("90");
		browser.screenshot("security-2-policy");
		browser.open("/security/requests");
		assertThat(browser.text("h1")).isEqualTo("角色变更审批");
		browser.screenshot("security-3-requests");
	}

	@Test
	void aUserLinksAnAuthenticatorAndTheNextLoginAsksForTheCode(Browser browser) throws Exception {
		this.jdbc.update("delete from user_account where username = 'e2e_totp'");
		this.accounts.create("e2e_totp", "两步验证（浏览器测试）", Role.COUNTY,
				this.units.findByCode("laoting").orElseThrow().id(), "Browser#2024");
		browser.open("/login").logInHere("e2e_totp", "Browser#2024");
		browser.clickAndWait("main a[href='/account/totp/setup']");
		assertThat(browser.find("#totp-qr").getDomAttribute("src")).startsWith("data:image/png;base64,");
		String secret = browser.text("#totp-secret");
		browser.screenshot("totp-1-setup");
		browser.type("#code", code(secret)).clickAndWait("main button[type=submit]");
		assertThat(browser.text("h1")).isEqualTo("两步验证已启用");
		assertThat(browser.findAll("#recovery-codes li")).hasSize(10);
		browser.screenshot("totp-2-recovery-codes");
		browser.clickAndWait("main a.btn-primary");
		browser.logOut();

		browser.logInHere("e2e_totp", "Browser#2024");
		assertThat(browser.path()).isEqualTo("/account/totp");
		browser.open("/reports");
		assertThat(browser.path()).isEqualTo("/account/totp");
		browser.screenshot("totp-3-code");
		browser.type("#code", code(secret)).clickAndWait("main button[type=submit]");
		assertThat(browser.path()).isEqualTo("/");
		assertThat(browser.text("#last-login")).contains("上次登录：2024年7月3日", "来自");
		browser.screenshot("totp-4-home");
		this.jdbc.update("delete from user_account where username = 'e2e_totp'");
	}

	private static String code(String secret) throws Exception {
		return new DefaultCodeGenerator().generate(secret, Math.floorDiv(System.currentTimeMillis() / 1000, 30));
	}

}
