package cn.tangshan.minsheng.account;

import cn.tangshan.minsheng.PortalTest;
import cn.tangshan.minsheng.org.Units;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class SecurityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Units units;

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
		this.mvc.perform(get("/projects")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("用户名")))
			.andExpect(content().string(containsString("连续5次输错密码将锁定账户15分钟")))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")));
	}

	@Test
	void demoAccountsLogInWithTheDemoPassword() throws Exception {
		this.mvc.perform(formLogin("/login").user("lunan").password("Demo#2024"))
			.andExpect(authenticated().withUsername("lunan").withRoles("COUNTY"))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(formLogin("/login").user("fgw").password("Demo#2024"))
			.andExpect(authenticated().withRoles("COORDINATOR"));
	}

	@Test
	void wrongPasswordIsRefused() throws Exception {
		this.mvc.perform(formLogin("/login").user("lubei").password("wrong"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void fiveFailedLoginsLockTheAccount() throws Exception {
		Long unit = this.units.findByCode("guye").orElseThrow().id();
		this.accounts.create("locktest", "锁定测试", Role.COUNTY, unit, "Secret123");
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin("/login").user("locktest").password("bad" + i))
				.andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(formLogin("/login").user("locktest").password("Secret123"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?locked"));
		this.mvc.perform(get("/login?locked")).andExpect(content().string(containsString("账户已被锁定15分钟")));
	}

	@Test
	void postWithoutCsrfTokenIsRejected() throws Exception {
		this.mvc.perform(post("/login").param("username", "admin").param("password", "Demo#2024"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/users/new").with(csrf().useInvalidToken()).param("username", "x"))
			.andExpect(status().isForbidden());
	}

	@Test
	void onlyAdministratorsReachTheAdminPages() throws Exception {
		for (String user : new String[] { "lunan", "zjj", "fgw", "leader", "secadmin", "auditor" }) {
			this.mvc.perform(get("/admin/users").with(PortalUsers.user(user))).andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/admin/users").with(PortalUsers.user("admin"))).andExpect(status().isOk());
	}

	@Test
	void unknownRecordsAndBadAddressesAreNotServerErrors() throws Exception {
		this.mvc.perform(get("/projects/987654").with(PortalUsers.user("leader"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/projects/abc").with(PortalUsers.user("leader"))).andExpect(status().isBadRequest());
		this.mvc.perform(get("/admin/users/987654").with(PortalUsers.user("admin"))).andExpect(status().isNotFound());
	}

	@Test
	void logoutEndsTheSession() throws Exception {
		this.mvc.perform(logout()).andExpect(redirectedUrl("/login?logout"));
	}

}
