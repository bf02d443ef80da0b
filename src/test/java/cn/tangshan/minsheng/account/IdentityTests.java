package cn.tangshan.minsheng.account;

import cn.tangshan.minsheng.PortalTest;
import cn.tangshan.minsheng.org.Units;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Identity rules (issue #13): the password policy and history, the password's maximum
 * age, no account enumeration at the login, the last login on the home page, one session
 * per account, and the security administrator's policy page.
 */
@PortalTest
class IdentityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Units units;

	@Autowired
	JdbcTemplate jdbc;

	Long id;

	@BeforeEach
	void user() {
		this.jdbc.update("delete from user_account where username like 'idt\\_%'");
		this.id = this.accounts.create("idt_user", "身份测试", Role.COUNTY,
				this.units.findByCode("qianxi").orElseThrow().id(), "First#2024");
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from user_account where username like 'idt\\_%'");
		this.jdbc.update(
				"update security_policy set min_password_length = 8, password_max_age_days = 90, password_history = 5, max_sessions = 1");
	}

	private org.springframework.test.web.servlet.ResultActions change(String current, String next) throws Exception {
		return this.mvc.perform(post("/account/password").with(PortalUsers.user("idt_user"))
			.with(csrf())
			.param("currentPassword", current)
			.param("newPassword", next)
			.param("confirmPassword", next));
	}

	@Test
	void weakPasswordsAreRefusedWithTheRuleInWords() throws Exception {
		for (String weak : new String[] { "abcdefg1", "ABCDEFGH1", "Abcdefgh", "Ab1#", "Idt_user#2024" }) {
			change("First#2024", weak).andExpect(status().isOk());
		}
		change("First#2024", "abcdefg1")
			.andExpect(content().string(containsString("密码须为8至64个字符，且至少包含大写字母、小写字母、数字和符号中的三类")));
		change("First#2024", "xIDT_USERx9").andExpect(content().string(containsString("密码不能包含用户名")));
		assertThat(this.jdbc.queryForObject("select count(*) from password_history where user_id = ?", Integer.class,
				this.id))
			.isZero();
		// Three classes are enough: upper, lower and digits; lower, digits and symbols.
		change("First#2024", "Second2024").andExpect(redirectedUrl("/"));
		change("Second2024", "third#2024").andExpect(redirectedUrl("/"));
	}

	@Test
	void noneOfTheLastFivePasswordsComesBack() throws Exception {
		String[] passwords = { "First#2024", "Pass#0001", "Pass#0002", "Pass#0003", "Pass#0004", "Pass#0005" };
		for (int i = 1; i < passwords.length; i++) {
			change(passwords[i - 1], passwords[i]).andExpect(redirectedUrl("/"));
		}
		assertThat(this.jdbc.queryForObject("select count(*) from password_history where user_id = ?", Integer.class,
				this.id))
			.isEqualTo(5);
		assertThat(this.jdbc.queryForList("select password_hash from password_history where user_id = ?", String.class,
				this.id))
			.allMatch((h) -> h.startsWith("{bcrypt}"));
		change("Pass#0005", "Pass#0002").andExpect(content().string(containsString("新密码不能与最近5次使用过的密码相同")));
		change("Pass#0005", "Pass#0001").andExpect(content().string(containsString("新密码不能与最近5次使用过的密码相同")));
		// The sixth back (First#2024) is out of the window again.
		change("Pass#0005", "First#2024").andExpect(redirectedUrl("/"));
	}

	@Test
	void anExpiredPasswordMustBeChangedFirst() throws Exception {
		this.jdbc.update("update user_account set password_changed_at = timestamptz '2024-03-01 09:00+08' where id = ?",
				this.id);
		this.mvc.perform(get("/projects").with(PortalUsers.user("idt_user")))
			.andExpect(redirectedUrl("/account/password"));
		this.mvc.perform(get("/account/password").with(PortalUsers.user("idt_user")))
			.andExpect(content().string(containsString("您的密码已超过90天未修改，已经过期。请先设置新密码再继续使用。")));
		change("First#2024", "Fresh#2024").andExpect(redirectedUrl("/"));
		assertThat(this.jdbc.queryForObject(
				"select password_changed_at > timestamptz '2024-06-01 00:00+08' from user_account where id = ?",
				Boolean.class, this.id))
			.isTrue();
		this.mvc.perform(get("/projects").with(PortalUsers.user("idt_user"))).andExpect(status().isOk());
		// The demo accounts' passwords were set by the demo clock: not expired.
		this.mvc.perform(get("/projects").with(PortalUsers.user("lunan"))).andExpect(status().isOk());
	}

	@Test
	void theLoginPageDoesNotTellWhichAccountsExist() throws Exception {
		this.mvc.perform(formLogin("/login").user("idt_nobody").password("Wrong#2024"))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(formLogin("/login").user("idt_user").password("Wrong#2024"))
			.andExpect(redirectedUrl("/login?error"));
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin("/login").user("idt_user").password("Wrong#" + i));
		}
		assertThat(this.jdbc.queryForObject("select locked_until is not null from user_account where id = ?",
				Boolean.class, this.id))
			.isTrue();
		// Locked: a wrong password still gets the same answer as an unknown user; only
		// the
		// right password learns about the lock.
		this.mvc.perform(formLogin("/login").user("idt_user").password("Wrong#2024"))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(formLogin("/login").user("idt_user").password("First#2024"))
			.andExpect(redirectedUrl("/login?locked"));
		// The security administrator unlocks.
		this.mvc.perform(post("/security/users/{id}/unlock", this.id).with(PortalUsers.user("secadmin")).with(csrf()))
			.andExpect(redirectedUrl("/security/users"));
		this.mvc.perform(formLogin("/login").user("idt_user").password("First#2024")).andExpect(authenticated());
		this.accounts.setEnabled(this.id, false, null);
		this.mvc.perform(formLogin("/login").user("idt_user").password("Wrong#2024"))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(formLogin("/login").user("idt_user").password("First#2024"))
			.andExpect(redirectedUrl("/login?disabled"));
	}

	@Test
	void theHomePageShowsTheLastLoginAndTheFailedAttemptsSince() throws Exception {
		MockHttpSession first = login("First#2024");
		this.mvc.perform(get("/").session(first)).andExpect(content().string(containsString("这是您的首次登录。")));
		this.mvc.perform(formLogin("/login").user("idt_user").password("Wrong#1"));
		this.mvc.perform(formLogin("/login").user("idt_user").password("Wrong#2"));
		MockHttpSession second = login("First#2024");
		this.mvc.perform(get("/").session(second))
			.andExpect(content()
				.string(allOf(containsString("上次登录：2024年7月3日 09:00，来自 127.0.0.1"), containsString("此后失败的登录尝试：2 次"))));
		assertThat(this.jdbc.queryForMap(
				"select last_login_ip, previous_login_ip, failed_before_last_login, failed_since_login from user_account where id = ?",
				this.id))
			.containsEntry("last_login_ip", "127.0.0.1")
			.containsEntry("previous_login_ip", "127.0.0.1")
			.containsEntry("failed_before_last_login", 2)
			.containsEntry("failed_since_login", 0);
	}

	private MockHttpSession login(String password) throws Exception {
		return (MockHttpSession) this.mvc.perform(formLogin("/login").user("idt_user").password(password))
			.andExpect(authenticated())
			.andReturn()
			.getRequest()
			.getSession();
	}

	@Test
	void aNewLoginEndsTheOlderSession() throws Exception {
		MockHttpSession older = login("First#2024");
		this.mvc.perform(get("/projects").session(older)).andExpect(status().isOk());
		MockHttpSession newer = login("First#2024");
		this.mvc.perform(get("/projects").session(older)).andExpect(redirectedUrl("/login?concurrent"));
		this.mvc.perform(get("/login?concurrent")).andExpect(content().string(containsString("您的账号已在其他地方登录，本会话已结束。")));
		this.mvc.perform(get("/projects").session(newer)).andExpect(status().isOk());
	}

	@Test
	void theSecurityAdministratorAllowsMoreSessionsOnThePolicyPage() throws Exception {
		long version = this.jdbc.queryForObject("select version from security_policy", Long.class);
		this.mvc
			.perform(post("/security/policy").with(PortalUsers.user("secadmin"))
				.with(csrf())
				.param("minPasswordLength", "10")
				.param("passwordMaxAgeDays", "60")
				.param("passwordHistory", "5")
				.param("maxSessions", "2")
				.param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/security/policy"));
		assertThat(this.jdbc.queryForMap(
				"select min_password_length, password_max_age_days, max_sessions, updated_by, version from security_policy"))
			.containsEntry("min_password_length", 10)
			.containsEntry("password_max_age_days", 60)
			.containsEntry("max_sessions", 2)
			.containsEntry("updated_by", "secadmin")
			.containsEntry("version", version + 1);
		// A stale form is not saved over the newer policy.
		this.mvc
			.perform(post("/security/policy").with(PortalUsers.user("secadmin"))
				.with(csrf())
				.param("minPasswordLength", "8")
				.param("passwordMaxAgeDays", "90")
				.param("passwordHistory", "5")
				.param("maxSessions", "1")
				.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("策略刚被其他安全管理员修改")));
		this.mvc
			.perform(post("/security/policy").with(PortalUsers.user("secadmin"))
				.with(csrf())
				.param("minPasswordLength", "6")
				.param("passwordMaxAgeDays", "60")
				.param("passwordHistory", "5")
				.param("maxSessions", "2")
				.param("version", String.valueOf(version + 1)))
			.andExpect(content().string(containsString("最短长度须在8至64之间")));
		assertThat(this.jdbc.queryForObject("select max_sessions from security_policy", Integer.class)).isEqualTo(2);
		// Two sessions now live side by side; the minimum length is ten.
		MockHttpSession older = login("First#2024");
		MockHttpSession newer = login("First#2024");
		this.mvc.perform(get("/projects").session(older)).andExpect(status().isOk());
		this.mvc.perform(get("/projects").session(newer)).andExpect(status().isOk());
		change("First#2024", "Short#24").andExpect(content().string(containsString("密码须为10至64个字符")));
		assertThat(this.jdbc.queryForList("select action from audit_entry where action = 'ACCOUNT_POLICY_CHANGED'",
				String.class))
			.isNotEmpty();
	}

	@Test
	void anUnknownOrWrongLoginStaysUnauthenticated() throws Exception {
		this.mvc.perform(formLogin("/login").user("idt_nobody").password("First#2024")).andExpect(unauthenticated());
	}

}
