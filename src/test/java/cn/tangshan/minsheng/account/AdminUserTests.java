package cn.tangshan.minsheng.account;

import cn.tangshan.minsheng.PortalTest;
import cn.tangshan.minsheng.org.Units;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class AdminUserTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Units units;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void adminListsTheDemoAccounts() throws Exception {
		this.mvc.perform(get("/admin/users").with(PortalUsers.user("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("lunan"), containsString("路南区填报员"),
					containsString("市住房和城乡建设局"), containsString("演示账号"))));
	}

	@Test
	void invalidNewUserComesBackWithChineseErrorsAndTheInputKept() throws Exception {
		Long county = this.units.findByCode("kaiping").orElseThrow().id();
		this.mvc
			.perform(post("/admin/users/new").with(PortalUsers.user("admin"))
				.with(csrf())
				.param("username", "Bad Name")
				.param("displayName", "开平区张三")
				.param("role", "DEPARTMENT")
				.param("unitId", county.toString())
				.param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("用户名须以小写字母开头"), containsString("密码须为8至64个字符，且至少包含大写字母、小写字母、数字和符号中的三类"),
						containsString("value=\"Bad Name\""), containsString("value=\"开平区张三\""))));
		this.mvc
			.perform(post("/admin/users/new").with(PortalUsers.user("admin"))
				.with(csrf())
				.param("username", "kaiping2")
				.param("displayName", "开平区张三")
				.param("role", "DEPARTMENT")
				.param("unitId", county.toString())
				.param("password", "Secret123"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("责任单位和牵头单位角色须属于市直部门")));
		this.mvc
			.perform(post("/admin/users/new").with(PortalUsers.user("admin"))
				.with(csrf())
				.param("username", "lunan")
				.param("displayName", "重复")
				.param("role", "COUNTY")
				.param("unitId", county.toString())
				.param("password", "Secret123"))
			.andExpect(content().string(containsString("该用户名已被使用")));
		assertThat(this.jdbc.queryForObject("select count(*) from user_account where username = 'kaiping2'",
				Integer.class))
			.isZero();
	}

	@Test
	void adminCreatesAUserWhoCanLogIn() throws Exception {
		Long county = this.units.findByCode("fengnan").orElseThrow().id();
		this.mvc
			.perform(post("/admin/users/new").with(PortalUsers.user("admin"))
				.with(csrf())
				.param("username", "fengnan2")
				.param("displayName", "丰南区李四")
				.param("role", "COUNTY")
				.param("unitId", county.toString())
				.param("password", "Start2024"))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("message", "user.created"));
		this.mvc.perform(formLogin("/login").user("fengnan2").password("Start2024"))
			.andExpect(authenticated().withRoles("COUNTY"));
		assertThat(this.jdbc.queryForObject("select password_hash from user_account where username = 'fengnan2'",
				String.class))
			.startsWith("{bcrypt}");
		assertThat(this.jdbc
			.queryForMap("select username, action, old_value, new_value from audit_entry where field = 'fengnan2'"))
			.containsEntry("username", "admin")
			.containsEntry("action", "ACCOUNT_CREATED")
			.containsEntry("new_value", "丰南区李四 / COUNTY / 丰南区")
			.containsEntry("old_value", null);
	}

	@Test
	void disabledUserCannotLogIn() throws Exception {
		Long county = this.units.findByCode("zunhua").orElseThrow().id();
		Long id = this.accounts.create("zunhua2", "遵化市王五", Role.COUNTY, county, "Start2024");
		this.mvc
			.perform(post("/security/users/{id}/enabled", id).with(PortalUsers.user("secadmin"))
				.with(csrf())
				.param("enabled", "false"))
			.andExpect(redirectedUrl("/security/users"));
		this.mvc.perform(formLogin("/login").user("zunhua2").password("Start2024"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?disabled"));
		assertThat(this.jdbc.queryForList(
				"select coalesce(username, '-') || ' ' || action from audit_entry where field = 'zunhua2' order by id",
				String.class))
			.containsExactly("- ACCOUNT_CREATED", "secadmin ACCOUNT_DISABLED");
	}

	@Test
	void disablingAUserEndsTheSessionsTheyHaveOpen() throws Exception {
		Long county = this.units.findByCode("luannan").orElseThrow().id();
		Long id = this.accounts.create("luannan2", "滦南县周八", Role.COUNTY, county, "Start2024");
		org.springframework.test.web.servlet.request.RequestPostProcessor session = PortalUsers.user("luannan2");
		this.mvc.perform(get("/projects").with(session)).andExpect(status().isOk());
		this.accounts.setEnabled(id, false, null);
		this.mvc.perform(get("/projects").with(session)).andExpect(redirectedUrl("/login?expired"));
	}

	@Test
	void resetPasswordForcesAChangeAtNextLogin() throws Exception {
		Long county = this.units.findByCode("qianan").orElseThrow().id();
		Long id = this.accounts.create("qianan2", "迁安市赵六", Role.COUNTY, county, "Start2024");
		this.mvc
			.perform(post("/security/users/{id}/password", id).with(PortalUsers.user("secadmin"))
				.with(csrf())
				.param("password", "Temp2024x"))
			.andExpect(redirectedUrl("/security/users"));
		this.mvc.perform(get("/projects").with(PortalUsers.user("qianan2")))
			.andExpect(redirectedUrl("/account/password"));
		this.mvc
			.perform(post("/account/password").with(PortalUsers.user("qianan2"))
				.with(csrf())
				.param("currentPassword", "Temp2024x")
				.param("newPassword", "Mine2024x")
				.param("confirmPassword", "Other2024"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("两次输入的新密码不一致")));
		this.mvc
			.perform(post("/account/password").with(PortalUsers.user("qianan2"))
				.with(csrf())
				.param("currentPassword", "Temp2024x")
				.param("newPassword", "Mine2024x")
				.param("confirmPassword", "Mine2024x"))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/projects").with(PortalUsers.user("qianan2"))).andExpect(status().isOk());
		this.mvc.perform(formLogin("/login").user("qianan2").password("Mine2024x")).andExpect(authenticated());
		assertThat(this.jdbc.queryForList(
				"select coalesce(username, '-') || ' ' || action from audit_entry where field = 'qianan2' order by id",
				String.class))
			.containsExactly("- ACCOUNT_CREATED", "secadmin ACCOUNT_PASSWORD_RESET",
					"qianan2 ACCOUNT_PASSWORD_CHANGED");
		// No password, plain or hashed, ever reaches the audit trail.
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where field = 'qianan2' and (coalesce(old_value, '') || coalesce(new_value, '')) like any (array['%Temp2024x%', '%Mine2024x%', '%bcrypt%'])",
				Integer.class))
			.isZero();
	}

	@Test
	void concurrentEditsDoNotOverwriteEachOther() throws Exception {
		Long county = this.units.findByCode("luanzhou").orElseThrow().id();
		Long id = this.accounts.create("luanzhou2", "滦州市孙七", Role.COUNTY, county, "Start2024");
		long version = this.accounts.find(id).orElseThrow().version();
		this.mvc
			.perform(post("/admin/users/{id}", id).with(PortalUsers.user("admin"))
				.with(csrf())
				.param("displayName", "滦州市孙七（一）")
				.param("role", "COUNTY")
				.param("unitId", county.toString())
				.param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/admin/users"));
		this.mvc
			.perform(post("/admin/users/{id}", id).with(PortalUsers.user("admin"))
				.with(csrf())
				.param("displayName", "滦州市孙七（二）")
				.param("role", "COUNTY")
				.param("unitId", county.toString())
				.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("该用户刚被其他管理员修改"), containsString("value=\"滦州市孙七（二）\""),
					containsString("当前值：姓名 滦州市孙七（一）"))));
		assertThat(this.accounts.find(id).orElseThrow().displayName()).isEqualTo("滦州市孙七（一）");
	}

	@Test
	void securityAdministratorCannotDisableThemselves() throws Exception {
		Long adminId = this.jdbc.queryForObject("select id from user_account where username = 'secadmin'", Long.class);
		this.mvc
			.perform(post("/security/users/{id}/enabled", adminId).with(PortalUsers.user("secadmin"))
				.with(csrf())
				.param("enabled", "false"))
			.andExpect(flash().attribute("error", "user.disable.self"));
		assertThat(this.accounts.find(adminId).orElseThrow().enabled()).isTrue();
	}

}
