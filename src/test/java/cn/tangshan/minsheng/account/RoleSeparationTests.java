package cn.tangshan.minsheng.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tangshan.minsheng.PortalTest;
import cn.tangshan.minsheng.org.Units;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * 三员分立 as a matrix: every administrative page and action × the three administrators and
 * the business roles, with the stored state checked after every refused write; and the
 * role-change approval between the system and the security administrator.
 */
@PortalTest
class RoleSeparationTests {

	private static final List<String> USERS = List.of("admin", "secadmin", "auditor", "fgw", "zjj", "lunan", "leader");

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Units units;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	Long target;

	long auditBefore;

	@BeforeEach
	void target() {
		this.jdbc.update("delete from user_account where username like 'rs\\_%'");
		this.auditBefore = this.jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);
		this.target = this.accounts.create("rs_target", "矩阵测试", Role.COUNTY,
				this.units.findByCode("guye").orElseThrow().id(), "Matrix#2024");
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from user_account where username like 'rs\\_%'");
	}

	@Test
	void eachAdministrativePageIsForItsOwnAdministratorOnly() throws Exception {
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("/admin/users", "admin");
		pages.put("/admin/users/new", "admin");
		pages.put("/admin/users/" + this.target, "admin");
		pages.put("/security/users", "secadmin");
		pages.put("/security/users/" + this.target, "secadmin");
		pages.put("/security/requests", "secadmin");
		pages.put("/security/policy", "secadmin");
		for (Map.Entry<String, String> page : pages.entrySet()) {
			for (String user : USERS) {
				int status = this.mvc.perform(get(page.getKey()).with(PortalUsers.user(user)))
					.andReturn()
					.getResponse()
					.getStatus();
				assertThat(status).as(user + " GET " + page.getKey())
					.isEqualTo(user.equals(page.getValue()) ? 200 : 403);
			}
		}
		// The audit trail (its page is built in the audit module) is the auditor's alone.
		for (String user : USERS) {
			int status = this.mvc.perform(get("/audit").with(PortalUsers.user(user)))
				.andReturn()
				.getResponse()
				.getStatus();
			if (user.equals("auditor")) {
				assertThat(status).as("auditor GET /audit").isNotEqualTo(403);
			}
			else {
				assertThat(status).as(user + " GET /audit").isEqualTo(403);
			}
		}
	}

	@Test
	void administratorsReachNoBusinessPage() throws Exception {
		List<String> business = List.of("/reports", "/reviews", "/allocations", "/extensions", "/dashboard",
				"/dashboard/settings", "/ledger", "/ledger.csv", "/bulletins", "/supervision", "/notifications",
				"/projects", "/units", "/reports/template.xlsx");
		for (String path : business) {
			for (String admin : List.of("admin", "secadmin", "auditor")) {
				assertThat(
						this.mvc.perform(get(path).with(PortalUsers.user(admin))).andReturn().getResponse().getStatus())
					.as(admin + " GET " + path)
					.isEqualTo(403);
			}
		}
		for (String path : List.of("/dashboard", "/ledger", "/bulletins", "/supervision", "/projects")) {
			assertThat(this.mvc.perform(get(path).with(PortalUsers.user("fgw"))).andReturn().getResponse().getStatus())
				.as("fgw GET " + path)
				.isEqualTo(200);
		}
		for (String admin : List.of("admin", "secadmin", "auditor")) {
			this.mvc.perform(get("/").with(PortalUsers.user(admin)))
				.andExpect(content().string(allOf(containsString("此后失败的登录尝试"), not(containsString("href=\"/reports\"")),
						not(containsString("href=\"/projects\"")), not(containsString("href=\"/notifications\"")),
						not(containsString("href=\"/bulletins\"")))));
		}
		this.mvc.perform(get("/").with(PortalUsers.user("secadmin")))
			.andExpect(content().string(
					allOf(containsString("href=\"/security/users\""), not(containsString("href=\"/admin/users\"")))));
		this.mvc.perform(get("/").with(PortalUsers.user("auditor")))
			.andExpect(content()
				.string(allOf(containsString("href=\"/audit\""), not(containsString("href=\"/security/users\"")))));
	}

	@Test
	void everyAdministrativeActionIsRefusedToEveryoneElseAndChangesNothing() throws Exception {
		long version = this.accounts.find(this.target).orElseThrow().version();
		Map<String, MockHttpServletRequestBuilder> actions = new LinkedHashMap<>();
		Map<String, String> owner = new LinkedHashMap<>();
		actions.put("create",
				post("/admin/users/new").param("username", "rs_new")
					.param("displayName", "新建")
					.param("role", "COUNTY")
					.param("unitId", String.valueOf(this.units.findByCode("guye").orElseThrow().id()))
					.param("password", "Matrix#2024"));
		owner.put("create", "admin");
		actions.put("assign",
				post("/admin/users/" + this.target).param("displayName", "改名")
					.param("role", "COUNTY")
					.param("unitId", String.valueOf(this.units.findByCode("guye").orElseThrow().id()))
					.param("version", String.valueOf(version)));
		owner.put("assign", "admin");
		actions.put("disable", post("/security/users/" + this.target + "/enabled").param("enabled", "false"));
		owner.put("disable", "secadmin");
		actions.put("password", post("/security/users/" + this.target + "/password").param("password", "Reset#2024x"));
		owner.put("password", "secadmin");
		actions.put("unlock", post("/security/users/" + this.target + "/unlock"));
		owner.put("unlock", "secadmin");
		actions.put("totp", post("/security/users/" + this.target + "/totp"));
		owner.put("totp", "secadmin");
		actions.put("policy",
				post("/security/policy").param("minPasswordLength", "12")
					.param("passwordMaxAgeDays", "30")
					.param("passwordHistory", "5")
					.param("maxSessions", "3")
					.param("version", "0"));
		owner.put("policy", "secadmin");
		String hash = this.jdbc.queryForObject("select password_hash from user_account where id = ?", String.class,
				this.target);
		String policy = this.jdbc.queryForObject(
				"select min_password_length || '/' || password_max_age_days || '/' || max_sessions from security_policy",
				String.class);
		for (Map.Entry<String, MockHttpServletRequestBuilder> action : actions.entrySet()) {
			for (String user : USERS) {
				if (user.equals(owner.get(action.getKey()))) {
					continue;
				}
				int status = this.mvc.perform(action.getValue().with(PortalUsers.user(user)).with(csrf()))
					.andReturn()
					.getResponse()
					.getStatus();
				assertThat(status).as(user + " " + action.getKey()).isEqualTo(403);
			}
		}
		assertThat(this.jdbc.queryForMap(
				"select display_name, enabled, password_hash, version from user_account where id = ?", this.target))
			.containsEntry("display_name", "矩阵测试")
			.containsEntry("enabled", true)
			.containsEntry("password_hash", hash)
			.containsEntry("version", version);
		assertThat(
				this.jdbc.queryForObject("select count(*) from user_account where username = 'rs_new'", Integer.class))
			.isZero();
		assertThat(this.jdbc.queryForObject(
				"select min_password_length || '/' || password_max_age_days || '/' || max_sessions from security_policy",
				String.class))
			.isEqualTo(policy);
	}

	@Test
	void aRoleChangeWaitsForTheSecurityAdministrator() throws Exception {
		long version = this.accounts.find(this.target).orElseThrow().version();
		Long guye = this.units.findByCode("guye").orElseThrow().id();
		this.mvc
			.perform(post("/admin/users/{id}", this.target).with(PortalUsers.user("admin"))
				.with(csrf())
				.param("displayName", "矩阵测试")
				.param("role", "LEADER")
				.param("unitId", guye.toString())
				.param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("message", "user.roleRequested"));
		assertThat(this.jdbc.queryForObject("select role from user_account where id = ?", String.class, this.target))
			.isEqualTo("COUNTY");
		Map<String, Object> request = this.jdbc.queryForMap(
				"select id, from_role, to_role, status, requested_by from role_request where user_id = ?", this.target);
		assertThat(request).containsEntry("from_role", "COUNTY")
			.containsEntry("to_role", "LEADER")
			.containsEntry("status", "PENDING")
			.containsEntry("requested_by", "admin");
		this.mvc.perform(get("/security/requests").with(PortalUsers.user("secadmin")))
			.andExpect(content().string(allOf(containsString("rs_target"), containsString("填报单位 → 市领导"))));
		this.mvc
			.perform(post("/security/requests/{id}/approve", request.get("id")).with(PortalUsers.user("secadmin"))
				.with(csrf())
				.param("version", "0"))
			.andExpect(redirectedUrl("/security/requests"));
		assertThat(this.jdbc.queryForObject("select role from user_account where id = ?", String.class, this.target))
			.isEqualTo("LEADER");
		assertThat(this.jdbc.queryForObject("select status || ' ' || decided_by from role_request where user_id = ?",
				String.class, this.target))
			.isEqualTo("APPROVED secadmin");
		assertThat(this.jdbc.queryForList(
				"select coalesce(username, '-') || ' ' || action from audit_entry where field = 'rs_target' and id > ? order by id",
				String.class, this.auditBefore))
			.containsExactly("- ACCOUNT_CREATED", "admin ACCOUNT_ROLE_CHANGE_REQUESTED",
					"secadmin ACCOUNT_ROLE_CHANGE_APPROVED");
	}

	@Test
	void noAdministratorChangesTheirOwnRole() throws Exception {
		Long adminId = this.jdbc.queryForObject("select id from user_account where username = 'admin'", Long.class);
		Long secId = this.jdbc.queryForObject("select id from user_account where username = 'secadmin'", Long.class);
		UserRow admin = this.accounts.find(adminId).orElseThrow();
		this.mvc
			.perform(post("/admin/users/{id}", adminId).with(PortalUsers.user("admin"))
				.with(csrf())
				.param("displayName", admin.displayName())
				.param("role", "SECURITY")
				.param("unitId", admin.unitId().toString())
				.param("version", String.valueOf(admin.version())))
			.andExpect(content().string(containsString("不能修改自己的角色")));
		assertThat(
				this.jdbc.queryForObject("select count(*) from role_request where user_id = ?", Integer.class, adminId))
			.isZero();
		// A request about the security administrator's own account: they cannot approve
		// it.
		UserRow sec = this.accounts.find(secId).orElseThrow();
		try {
			this.accounts.update(secId, sec.version(), sec.displayName(), Role.AUDITOR, sec.unitId(),
					(CurrentUser) this.users.loadUserByUsername("admin"));
			Long requestId = this.jdbc.queryForObject(
					"select id from role_request where user_id = ? and status = 'PENDING'", Long.class, secId);
			this.mvc
				.perform(post("/security/requests/{id}/approve", requestId).with(PortalUsers.user("secadmin"))
					.with(csrf())
					.param("version", "0"))
				.andExpect(flash().attribute("error", "role.request.self"));
			assertThat(this.jdbc.queryForObject("select role from user_account where id = ?", String.class, secId))
				.isEqualTo("SECURITY");
			assertThat(
					this.jdbc.queryForObject("select status from role_request where id = ?", String.class, requestId))
				.isEqualTo("PENDING");
		}
		finally {
			this.jdbc.update("delete from role_request where user_id = ?", secId);
		}
	}

	@Test
	void anAdministrativeAccountIsUsableOnlyOnceApproved() throws Exception {
		Long fgw = this.units.findByCode("fgw").orElseThrow().id();
		this.mvc
			.perform(post("/admin/users/new").with(PortalUsers.user("admin"))
				.with(csrf())
				.param("username", "rs_sec")
				.param("displayName", "新安全员")
				.param("role", "SECURITY")
				.param("unitId", fgw.toString())
				.param("password", "Secure#2024"))
			.andExpect(flash().attribute("message", "user.createdPending"));
		Long id = this.jdbc.queryForObject("select id from user_account where username = 'rs_sec'", Long.class);
		assertThat(this.jdbc.queryForObject("select enabled from user_account where id = ?", Boolean.class, id))
			.isFalse();
		this.mvc.perform(formLogin("/login").user("rs_sec").password("Secure#2024"))
			.andExpect(redirectedUrl("/login?disabled"));
		this.mvc
			.perform(post("/security/users/{id}/enabled", id).with(PortalUsers.user("secadmin"))
				.with(csrf())
				.param("enabled", "true"))
			.andExpect(flash().attribute("error", "user.enable.pending"));
		Long requestId = this.jdbc.queryForObject("select id from role_request where user_id = ?", Long.class, id);
		assertThat(this.jdbc.queryForObject("select kind from role_request where id = ?", String.class, requestId))
			.isEqualTo("NEW_ACCOUNT");
		this.mvc
			.perform(post("/security/requests/{id}/approve", requestId).with(PortalUsers.user("secadmin"))
				.with(csrf())
				.param("version", "0"))
			.andExpect(flash().attribute("message", "role.request.approved"));
		assertThat(this.jdbc.queryForObject("select enabled from user_account where id = ?", Boolean.class, id))
			.isTrue();
		this.mvc.perform(formLogin("/login").user("rs_sec").password("Secure#2024"))
			.andExpect(authenticated().withRoles("SECURITY"));
		assertThat(Set.copyOf(this.jdbc.queryForList(
				"select coalesce(username, '-') || ' ' || action from audit_entry where field = 'rs_sec'",
				String.class)))
			.contains("admin ACCOUNT_CREATED_PENDING_APPROVAL", "secadmin ACCOUNT_ROLE_CHANGE_APPROVED");
	}

}
