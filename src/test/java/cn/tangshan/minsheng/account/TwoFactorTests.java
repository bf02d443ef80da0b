package cn.tangshan.minsheng.account;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import cn.tangshan.minsheng.PortalTest;
import cn.tangshan.minsheng.org.Units;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * TOTP second factor: enrolment with the portal's own QR code, the code asked after the
 * password before anything else is reachable, a code that logs in once (no replay, not
 * even by two logins at once), wrong codes recorded as failed logins, recovery codes that
 * work once, the security administrator's reset, and administrators forced to enrol where
 * the installation says so.
 */
@PortalTest
class TwoFactorTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Units units;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TwoFactor twoFactor;

	@Autowired
	UserDetailsService users;

	Long id;

	@BeforeEach
	void user() {
		this.jdbc.update("delete from user_account where username like 'tfa\\_%'");
		this.id = this.accounts.create("tfa_user", "两步验证测试", Role.COUNTY,
				this.units.findByCode("luannan").orElseThrow().id(), "Totp#2024");
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from user_account where username like 'tfa\\_%'");
	}

	private MockHttpSession login() throws Exception {
		return (MockHttpSession) this.mvc.perform(formLogin("/login").user("tfa_user").password("Totp#2024"))
			.andReturn()
			.getRequest()
			.getSession();
	}

	private static String codeFor(String secret) throws Exception {
		return codeFor(secret, 0);
	}

	/** The code of the step {@code offset} steps from now (the portal accepts ±1). */
	private static String codeFor(String secret, int offset) throws Exception {
		return new DefaultCodeGenerator().generate(secret,
				Math.floorDiv(System.currentTimeMillis() / 1000, 30) + offset);
	}

	private String secret() {
		return this.jdbc.queryForObject("select totp_secret from user_account where id = ?", String.class, this.id);
	}

	@SuppressWarnings("unchecked")
	private List<String> enrol() throws Exception {
		MockHttpSession session = login();
		MvcResult setup = this.mvc.perform(get("/account/totp/setup").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("src=\"data:image/png;base64,")))
			.andReturn();
		String secret = (String) setup.getModelAndView().getModel().get("secret");
		this.mvc.perform(post("/account/totp/setup").session(session).with(csrf()).param("code", "000000"))
			.andExpect(content().string(containsString("动态口令或恢复码不正确")));
		assertThat(this.jdbc.queryForObject("select totp_secret from user_account where id = ?", String.class, this.id))
			.isNull();
		MvcResult done = this.mvc
			.perform(post("/account/totp/setup").session(session).with(csrf()).param("code", codeFor(secret)))
			.andExpect(content().string(containsString("两步验证已启用")))
			.andReturn();
		assertThat(this.jdbc.queryForObject("select totp_secret from user_account where id = ?", String.class, this.id))
			.isEqualTo(secret);
		return (List<String>) done.getModelAndView().getModel().get("recoveryCodes");
	}

	@Test
	void afterEnrolmentEveryLoginAsksForTheCode() throws Exception {
		List<String> recovery = enrol();
		assertThat(recovery).hasSize(10);
		assertThat(this.jdbc.queryForList("select code_hash from totp_recovery_code where user_id = ?", String.class,
				this.id))
			.hasSize(10)
			.doesNotContainAnyElementsOf(recovery)
			.allMatch((h) -> h.length() == 64);
		String secret = this.jdbc.queryForObject("select totp_secret from user_account where id = ?", String.class,
				this.id);

		MockHttpSession session = login();
		for (String path : List.of("/", "/projects", "/reports", "/account/password", "/notifications")) {
			this.mvc.perform(get(path).session(session)).andExpect(redirectedUrl("/account/totp"));
		}
		this.mvc.perform(get("/account/totp").session(session))
			.andExpect(content().string(containsString("请输入手机身份验证器应用中显示的6位动态口令")));
		// No way around the code through the enrolment page either.
		this.mvc.perform(get("/account/totp/setup").session(session)).andExpect(redirectedUrl("/account/totp"));
		this.mvc.perform(post("/account/totp").session(session).with(csrf()).param("code", "123456"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("动态口令或恢复码不正确")));
		this.mvc.perform(get("/projects").session(session)).andExpect(redirectedUrl("/account/totp"));
		this.mvc.perform(post("/account/totp").session(session).with(csrf()).param("code", codeFor(secret)))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/projects").session(session)).andExpect(status().isOk());

		// A recovery code works once.
		MockHttpSession withRecovery = login();
		this.mvc.perform(post("/account/totp").session(withRecovery).with(csrf()).param("code", recovery.get(0)))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/projects").session(withRecovery)).andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from totp_recovery_code where user_id = ? and used_at is not null", Integer.class,
				this.id))
			.isEqualTo(1);
		MockHttpSession again = login();
		this.mvc.perform(post("/account/totp").session(again).with(csrf()).param("code", recovery.get(0)))
			.andExpect(content().string(containsString("动态口令或恢复码不正确")));
		this.mvc.perform(get("/projects").session(again)).andExpect(redirectedUrl("/account/totp"));
	}

	@Test
	void fiveWrongCodesEndTheLogin() throws Exception {
		enrol();
		MockHttpSession session = login();
		for (int i = 0; i < 4; i++) {
			this.mvc.perform(post("/account/totp").session(session).with(csrf()).param("code", "00000" + i))
				.andExpect(status().isOk());
		}
		this.mvc.perform(post("/account/totp").session(session).with(csrf()).param("code", "999999"))
			.andExpect(redirectedUrl("/login?totp"));
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void aCodeLogsInOnceAndNoEarlierCodeAfterIt() throws Exception {
		enrol();
		String code = codeFor(secret());
		long eventsBefore = this.jdbc.queryForObject("select coalesce(max(id), 0) from security_event", Long.class);
		MockHttpSession first = login();
		this.mvc.perform(post("/account/totp").session(first).with(csrf()).param("code", code))
			.andExpect(redirectedUrl("/"));
		// The same form sent twice from that session (a double click) is no replay.
		this.mvc.perform(post("/account/totp").session(first).with(csrf()).param("code", code))
			.andExpect(redirectedUrl("/"));

		// The same code again, in another login within its 90 seconds: refused, as a
		// wrong code, with a hint for the user who simply logged in twice.
		MockHttpSession replay = login();
		this.mvc.perform(post("/account/totp").session(replay).with(csrf()).param("code", code))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("动态口令或恢复码不正确（每个动态口令只能登录一次")));
		this.mvc.perform(get("/projects").session(replay)).andExpect(redirectedUrl("/account/totp"));
		// The previous step's code, still within the window a phone's clock may be off:
		// older than the one used, refused too.
		this.mvc.perform(post("/account/totp").session(replay).with(csrf()).param("code", codeFor(secret(), -1)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/projects").session(replay)).andExpect(redirectedUrl("/account/totp"));
		assertThat(this.jdbc.queryForList(
				"select event_type || ' ' || result from security_event where username = 'tfa_user' and id > ? "
						+ "and event_type like 'ACCOUNT_TOTP%' order by id",
				String.class, eventsBefore))
			.containsExactly("ACCOUNT_TOTP_REPLAY_REFUSED FAILURE", "ACCOUNT_TOTP_REPLAY_REFUSED FAILURE");

		// The next step's code (the phone a little ahead) logs in.
		this.mvc.perform(post("/account/totp").session(replay).with(csrf()).param("code", codeFor(secret(), 1)))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/projects").session(replay)).andExpect(status().isOk());
	}

	@Test
	void theSameCodeInTwoLoginsAtOnceLetsOneIn() throws Exception {
		enrol();
		String code = codeFor(secret());
		// The second step of two logins at the same moment (one account keeps one session
		// through the web, so the race is run on the service, each with its own session).
		CurrentUser user = (CurrentUser) this.users.loadUserByUsername("tfa_user");
		List<MockHttpSession> sessions = List.of(new MockHttpSession(), new MockHttpSession());
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Boolean> verified = new ArrayList<>();
		try {
			List<Future<Boolean>> results = new ArrayList<>();
			for (MockHttpSession session : sessions) {
				results.add(pool.submit(() -> {
					start.await();
					return this.twoFactor.verify(user, code, session);
				}));
			}
			for (Future<Boolean> result : results) {
				verified.add(result.get(30, TimeUnit.SECONDS));
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(verified).containsExactlyInAnyOrder(true, false);
		assertThat(sessions.stream().filter((s) -> this.twoFactor.isVerified(s, user))).hasSize(1);
		assertThat(
				this.jdbc.queryForObject("select totp_last_step from user_account where id = ?", Long.class, this.id))
			.isBetween(Math.floorDiv(System.currentTimeMillis() / 1000, 30) - 2,
					Math.floorDiv(System.currentTimeMillis() / 1000, 30));
	}

	@Test
	void wrongCodesAndTheEndOfTheLoginAreFailedLoginsInTheSecurityTrail() throws Exception {
		enrol();
		long before = this.jdbc.queryForObject("select coalesce(max(id), 0) from security_event", Long.class);
		MockHttpSession session = login();
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(post("/account/totp").session(session).with(csrf()).param("code", "wrong-" + i));
		}
		assertThat(session.isInvalid()).isTrue();
		assertThat(this.jdbc.queryForList(
				"select event_type || ' ' || result || ' ' || coalesce(reason, '') from security_event "
						+ "where username = 'tfa_user' and id > ? and result = 'FAILURE' order by id",
				String.class, before))
			.containsExactly("LOGIN FAILURE TOTP_WRONG_CODE", "LOGIN FAILURE TOTP_WRONG_CODE",
					"LOGIN FAILURE TOTP_WRONG_CODE", "LOGIN FAILURE TOTP_WRONG_CODE", "LOGIN FAILURE TOTP_WRONG_CODE",
					"LOGIN FAILURE TOTP_TOO_MANY_CODES");
	}

	@Test
	void theSecurityAdministratorResetsALostAuthenticator() throws Exception {
		enrol();
		this.mvc.perform(post("/security/users/{id}/totp", this.id).with(PortalUsers.user("secadmin")).with(csrf()))
			.andExpect(redirectedUrl("/security/users"));
		assertThat(this.jdbc.queryForObject("select totp_secret from user_account where id = ?", String.class, this.id))
			.isNull();
		assertThat(this.jdbc.queryForObject("select count(*) from totp_recovery_code where user_id = ?", Integer.class,
				this.id))
			.isZero();
		MockHttpSession session = login();
		this.mvc.perform(get("/projects").session(session)).andExpect(status().isOk());
		assertThat(this.jdbc.queryForList("select action from audit_entry where field = 'tfa_user' order by id",
				String.class))
			.contains("ACCOUNT_TOTP_ENROLLED", "ACCOUNT_TOTP_RESET");
	}

	@Test
	void whereTheInstallationSaysSoAdministratorsMustEnrolBeforeAnythingElse() throws Exception {
		TwoFactorFilter filter = new TwoFactorFilter(true);
		CurrentUser admin = new CurrentUser(1L, "admin", null, "系统管理员", Role.ADMIN, 1L, "", true, false, false);
		CurrentUser county = new CurrentUser(2L, "lunan", null, "路南", Role.COUNTY, 2L, "", true, false, false);
		assertThat(filter.required(admin)).isTrue();
		assertThat(filter.required(county)).isFalse();
		assertThat(new TwoFactorFilter(false).required(admin)).isFalse();
		try {
			SecurityContextHolder.getContext()
				.setAuthentication(
						UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
			assertThat(run(filter, "/admin/users", null)).isEqualTo("/account/totp/setup");
			assertThat(run(filter, "/", null)).isEqualTo("/account/totp/setup");
			assertThat(run(filter, "/account/totp/setup", null)).isNull();
			assertThat(run(filter, "/logout", null)).isNull();
			assertThat(run(filter, "/css/portal.css", null)).isNull();
			MockHttpSession verified = new MockHttpSession();
			TwoFactorFilter.markVerified(verified, admin);
			assertThat(run(filter, "/admin/users", verified)).isNull();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** Where the filter sends the request; null if it lets it through. */
	private static String run(TwoFactorFilter filter, String path, MockHttpSession session) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		if (session != null) {
			request.setSession(session);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(request, response, chain);
		return (chain.getRequest() != null) ? null : response.getRedirectedUrl();
	}

}
