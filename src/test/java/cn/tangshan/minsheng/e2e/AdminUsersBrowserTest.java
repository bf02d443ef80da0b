package cn.tangshan.minsheng.e2e;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator creates an account: a first try with a bad user name and a weak
 * password comes back with the messages beside the fields and the rest as typed; the
 * second creates the account, and its owner can log in.
 */
@BrowserPortalTest
class AdminUsersBrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void adminCreatesAUserAfterAValidationError(Browser browser) {
		this.jdbc.update("delete from user_account where username = 'e2e_luannan'");

		browser.logIn("admin").clickAndWait("nav a[href='/admin/users']");
		assertThat(browser.text("h1")).isEqualTo("用户管理");
		browser.clickAndWait("main a[href='/admin/users/new']");
		assertThat(browser.text("h1")).isEqualTo("新建用户");

		browser.type("#username", "E2E-滦南").type("#displayName", "滦南县填报员（浏览器测试）");
		browser.select("#role", "填报单位").select("#unitId", "滦南县").type("#password", "short");
		browser.clickAndWait("main button[type=submit]");
		assertThat(browser.path()).isEqualTo("/admin/users/new");
		assertThat(browser.find("#username").getDomAttribute("class")).contains("is-invalid");
		assertThat(browser.text("#username-errors")).isEqualTo("用户名须以小写字母开头，由3至32位小写字母、数字或下划线组成");
		assertThat(browser.find("#username").getDomAttribute("aria-describedby")).isEqualTo("username-errors");
		assertThat(browser.text("#password-errors")).isEqualTo("密码须为8至64个字符，且至少包含大写字母、小写字母、数字和符号中的三类");
		assertThat(browser.value("#username")).isEqualTo("E2E-滦南");
		assertThat(browser.value("#displayName")).isEqualTo("滦南县填报员（浏览器测试）");
		assertThat(browser.text("#role option:checked")).isEqualTo("填报单位");
		assertThat(browser.text("#unitId option:checked")).isEqualTo("滦南县");
		browser.screenshot("admin-1-validation-error");

		browser.type("#username", "e2e_luannan").type("#password", "Luannan2024");
		browser.clickAndWait("main button[type=submit]");
		assertThat(browser.path()).isEqualTo("/admin/users");
		assertThat(browser.text(".alert-success")).isEqualTo("已创建用户 e2e_luannan。");
		assertThat(browser.text("#user-e2e_luannan")).contains("e2e_luannan", "滦南县填报员（浏览器测试）", "填报单位", "滦南县", "正常");
		browser.screenshot("admin-2-user-created");
		browser.logOut();

		browser.logInHere("e2e_luannan", "Luannan2024");
		assertThat(browser.text("main")).contains("滦南县填报员（浏览器测试）", "滦南县");
		browser.clickAndWait("nav a[href='/reports']");
		assertThat(browser.text("h1")).isEqualTo("滦南县 · 2024年6月进展填报");
	}

}
