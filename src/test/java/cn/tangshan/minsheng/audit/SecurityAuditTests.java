package cn.tangshan.minsheng.audit;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.tangshan.minsheng.PortalTest;
import cn.tangshan.minsheng.TestData;
import cn.tangshan.minsheng.account.Accounts;
import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.account.Role;
import cn.tangshan.minsheng.audit.SecurityAudit.Actor;
import jakarta.validation.Validation;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import static cn.tangshan.minsheng.account.PortalUsers.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The security audit trail on real PostgreSQL: each kind of event with its user, unit,
 * address and result; the hash chain intact, under concurrent writers and broken by a
 * direct SQL change; the trigger; the auditor's page, its filters, paging and exports,
 * and that only the auditor reaches it. Each test uses its own client address or user
 * name, since entries can never be deleted.
 */
@PortalTest
class SecurityAuditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SecurityAudit audit;

	@Autowired
	Accounts accounts;

	@Autowired
	TestData data;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Clock clock;

	@Test
	void loginsSucceedAndFailWithTheNameTriedAndTheAddress() throws Exception {
		this.mvc.perform(login("lunan", "Demo#2024").with(from("10.13.1.1"))).andExpect(redirectedUrl("/"));
		this.mvc.perform(login("lunan", "wrong").with(from("10.13.1.1"))).andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(login("nobody-13b", "Demo#2024").with(from("10.13.1.1")))
			.andExpect(redirectedUrl("/login?error"));
		assertThat(entries("10.13.1.1")).containsExactly("LOGIN SUCCESS lunan unit=路南区 obj=null:null reason=null",
				"LOGIN FAILURE lunan unit=null obj=null:null reason=BAD_CREDENTIALS",
				"LOGIN FAILURE nobody-13b unit=null obj=null:null reason=BAD_CREDENTIALS");
	}

	@Test
	void fiveFailuresLockTheAccountAndTheLockIsRecorded() throws Exception {
		Long unit = this.data.unitId("guye");
		this.accounts.create("lock-13b", "锁定审计", Role.COUNTY, unit, "Secret123!");
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(login("lock-13b", "bad" + i).with(from("10.13.2.1")));
		}
		this.mvc.perform(login("lock-13b", "Secret123!").with(from("10.13.2.1")))
			.andExpect(redirectedUrl("/login?locked"));
		List<String> entries = entries("10.13.2.1");
		assertThat(entries).hasSize(7);
		assertThat(entries.subList(0, 6)).filteredOn((e) -> e.startsWith("LOGIN FAILURE lock-13b"))
			.hasSize(5)
			.allMatch((e) -> e.endsWith("reason=BAD_CREDENTIALS"));
		assertThat(entries.subList(4, 6))
			.anyMatch((e) -> e.startsWith("ACCOUNT_LOCKED SUCCESS lock-13b unit=null obj=USER:lock-13b"));
		assertThat(entries.get(6)).isEqualTo("LOGIN FAILURE lock-13b unit=null obj=null:null reason=LOCKED");
	}

	@Test
	void logoutAndATimedOutSessionAreRecorded() throws Exception {
		this.mvc.perform(post("/logout").with(user("lubei")).with(csrf()).with(from("10.13.3.1")))
			.andExpect(redirectedUrl("/login?logout"));
		assertThat(entries("10.13.3.1")).containsExactly("LOGOUT SUCCESS lubei unit=路北区 obj=null:null reason=null");

		// The container times a session out outside any request.
		CurrentUser guye = this.data.user("guye");
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(guye, null,
				guye.getAuthorities());
		token.setDetails(
				new org.springframework.security.web.authentication.WebAuthenticationDetails("10.13.3.2", null));
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
				new SecurityContextImpl(token));
		RequestAttributes test = RequestContextHolder.getRequestAttributes();
		RequestContextHolder.resetRequestAttributes();
		try {
			this.events.publishEvent(new HttpSessionDestroyedEvent(session));
		}
		finally {
			RequestContextHolder.setRequestAttributes(test);
		}
		assertThat(entries("10.13.3.2"))
			.containsExactly("SESSION_EXPIRED SUCCESS guye unit=古冶区 obj=SESSION:null reason=null");
	}

	@Test
	void refusedRequestsAreRecordedWithWhatWasRefusedAndWhy() throws Exception {
		// A URL rule and a module's own check end in the same place.
		this.mvc.perform(get("/admin/users").with(user("lunan")).with(from("10.13.4.1")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/extensions").with(user("lunan")).with(from("10.13.4.1")))
			.andExpect(status().isForbidden());
		List<String> entries = entries("10.13.4.1");
		assertThat(entries).hasSize(2);
		assertThat(entries.get(0)).startsWith("ACCESS_DENIED FAILURE lunan unit=路南区 obj=URL:GET /admin/users");
		assertThat(entries.get(1)).isEqualTo("ACCESS_DENIED FAILURE lunan unit=路南区 obj=URL:GET /extensions "
				+ "reason=Only the coordinator grants extensions");
	}

	@Test
	void accountChangesAreRecordedWithTheAdministratorAsActor() {
		CurrentUser admin = this.data.user("admin");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		try {
			Long id = this.accounts.create("new-13b", "新账户", Role.COUNTY, this.data.unitId("kaiping"), "Secret123!");
			this.accounts.setEnabled(id, false, admin.id());
			this.accounts.resetPassword(id, "Temp1234!x");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		List<Map<String, Object>> rows = this.jdbc.queryForList(
				"select event_type, username, result from security_event where object_type = 'USER' and object_id = 'new-13b' order by id");
		assertThat(rows).extracting((r) -> r.get("event_type") + " " + r.get("username") + " " + r.get("result"))
			.containsExactly("ACCOUNT_CREATED admin SUCCESS", "ACCOUNT_DISABLED admin SUCCESS",
					"ACCOUNT_PASSWORD_RESET admin SUCCESS");
	}

	@Test
	void downloadsAreRecordedWithTheFileAsked() throws Exception {
		this.mvc.perform(get("/ledger.csv?month=2024-05").with(user("fgw")).with(from("10.13.5.1")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/ledger").param("month", "2024-05").with(user("fgw")).with(from("10.13.5.1")))
			.andExpect(status().isOk());
		assertThat(entries("10.13.5.1"))
			.containsExactly("EXPORT SUCCESS fgw unit=市发展和改革委员会 obj=FILE:/ledger.csv?month=2024-05 reason=null");
	}

	@Test
	void theChainStaysLinearUnderConcurrentWriters() throws Exception {
		long before = count("conc-13b");
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < 8; t++) {
				int thread = t;
				done.add(pool.submit((Callable<Void>) () -> {
					for (int i = 0; i < 25; i++) {
						this.audit.record(SecurityEvent.success("TEST_CONCURRENT", "T", thread + "-" + i),
								new Actor("conc-13b", null, null, "10.13.6.1"));
					}
					return null;
				}));
			}
			for (Future<?> f : done) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(count("conc-13b") - before).isEqualTo(200);
		// Every entry's link is its predecessor's hash: no two writers took the same one.
		assertThat(
				this.jdbc.queryForObject(
						"select count(*) from (select hash, lag(hash) over (order by id) prev, "
								+ "prev_hash from security_event) c where prev is not null and prev <> prev_hash",
						Long.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(distinct prev_hash) = count(*) from security_event",
				Boolean.class))
			.isTrue();
		ChainCheck check = this.audit.verify();
		assertThat(check.intact()).isTrue();
		assertThat(check.checked()).isGreaterThanOrEqualTo(200);
	}

	@Test
	void anEntryAlteredOrRemovedInTheDatabaseIsTheFirstBrokenLink() {
		for (int i = 0; i < 3; i++) {
			this.audit.record(SecurityEvent.success("TEST_ALTER", "T", i), new Actor("alter-13b", null, null, null));
		}
		List<Long> ids = this.jdbc
			.queryForList("select id from security_event where username = 'alter-13b' order by id", Long.class);
		assertThat(this.audit.verify().intact()).isTrue();
		TransactionTemplate tx = new TransactionTemplate(this.transactions);
		tx.executeWithoutResult((status) -> {
			// As a superuser could: bypass the trigger and change one entry's text.
			this.jdbc.execute("set local session_replication_role = replica");
			this.jdbc.update("update security_event set reason = 'edited' where id = ?", ids.get(1));
			ChainCheck check = this.audit.verify();
			assertThat(check.intact()).isFalse();
			assertThat(check.firstBrokenId()).isEqualTo(ids.get(1));
			status.setRollbackOnly();
		});
		tx.executeWithoutResult((status) -> {
			this.jdbc.execute("set local session_replication_role = replica");
			this.jdbc.update("delete from security_event where id = ?", ids.get(1));
			// A removed entry: the one after it no longer links to its predecessor.
			assertThat(this.audit.verify().firstBrokenId()).isEqualTo(ids.get(2));
			status.setRollbackOnly();
		});
		assertThat(this.audit.verify().intact()).isTrue();
	}

	@Test
	void theDatabaseRefusesUpdatesAndDeletes() {
		this.audit.record(SecurityEvent.success("TEST_TRIGGER", "T", 1), new Actor("trigger-13b", null, null, null));
		Long id = this.jdbc.queryForObject("select max(id) from security_event where username = 'trigger-13b'",
				Long.class);
		assertThatThrownBy(() -> this.jdbc.update("update security_event set reason = 'x' where id = ?", id))
			.isInstanceOf(DataAccessException.class)
			.hasStackTraceContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.update("delete from security_event where id = ?", id))
			.isInstanceOf(DataAccessException.class)
			.hasStackTraceContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.execute("truncate security_event")).isInstanceOf(DataAccessException.class)
			.hasStackTraceContaining("append-only");
		assertThat(this.jdbc.queryForObject("select reason from security_event where id = ?", String.class, id))
			.isNull();
	}

	@Test
	void onlyTheAuditorReachesTheTrail() throws Exception {
		for (String other : List.of("admin", "secadmin", "fgw", "leader", "zjj", "lunan")) {
			this.mvc.perform(get("/audit").with(user(other))).andExpect(status().isForbidden());
			this.mvc.perform(get("/audit/export.csv").with(user(other))).andExpect(status().isForbidden());
			this.mvc.perform(post("/audit/verify").with(user(other)).with(csrf())).andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/audit")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/audit").with(user("auditor")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("安全审计日志"), containsString("校验完整性"), containsString("保存不少于180天"))));
	}

	@Test
	void theAuditorFiltersByQueryParametersAndPages() throws Exception {
		Long lunan = this.data.unitId("lunan");
		for (int i = 0; i < 120; i++) {
			this.audit.record(
					i % 3 == 0 ? SecurityEvent.failure("TEST_FILTER", "REPORT", "r" + i, "bad " + i)
							: SecurityEvent.success("TEST_FILTER", "REPORT", "r" + i),
					new Actor("filter-13b", lunan, "路南区", "10.13.7.1"));
		}
		// 40 failures: one page of 50 holds them; the newest first.
		String failures = this.mvc.perform(get("/audit?username=filter-13b&result=FAILURE").with(user("auditor")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(rows(failures)).isEqualTo(40);
		assertThat(failures).contains(">r117<", ">bad 117<")
			.doesNotContain(">r118<")
			.doesNotContain("id=\"page-next\" href");
		assertThat(failures.indexOf(">r117<")).isLessThan(failures.indexOf(">r114<"));
		// All 120: pages of 50, 50 and 20, the filters kept in the pager's links.
		String first = this.mvc.perform(get("/audit?username=filter-13b").with(user("auditor")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(rows(first)).isEqualTo(50);
		assertThat(first).contains("href=\"/audit?username=filter-13b&amp;page=2\"");
		String third = this.mvc.perform(get("/audit?username=filter-13b&page=3").with(user("auditor")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(rows(third)).isEqualTo(20);
		assertThat(third).contains(">r19<", ">r0<").doesNotContain(">r20<");
		// Unit, type, object and time.
		this.mvc
			.perform(get("/audit").param("unit", lunan.toString())
				.param("type", "TEST_FILTER")
				.param("objectType", "REPORT")
				.param("objectId", "r7")
				.with(user("auditor")))
			.andExpect(content().string(allOf(containsString(">r7<"), not(containsString(">r8<")))));
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Asia/Shanghai"));
		this.mvc.perform(get("/audit?username=filter-13b&from=" + today.plusDays(1)).with(user("auditor")))
			.andExpect(content().string(containsString("没有符合条件的审计记录")));
		this.mvc.perform(get("/audit?username=filter-13b&to=" + today.minusDays(1)).with(user("auditor")))
			.andExpect(content().string(containsString("没有符合条件的审计记录")));
		this.mvc.perform(get("/audit?username=filter-13b&from=" + today + "&to=" + today).with(user("auditor")))
			.andExpect(content().string(containsString(">r119<")));
		// Malformed filters are messages, never an error page.
		this.mvc.perform(get("/audit?from=2024-13-45&unit=abc&result=MAYBE&page=-1").with(user("auditor")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("起始日期格式应为"), containsString("请选择列表中的单位"), containsString("结果只能是"))));
	}

	@Test
	void exportsHoldTheFilteredRowsAndNoFormula() throws Exception {
		this.audit.record(SecurityEvent.failure("TEST_EXPORT", "FILE", "=HYPERLINK(\"http://x\",\"y\")", "+1-2"),
				new Actor("export-13b", null, "@unit", "10.13.8.1"));
		this.audit.record(SecurityEvent.success("TEST_EXPORT", "FILE", "plain"),
				new Actor("export-13b", null, null, "10.13.8.1"));
		byte[] csv = this.mvc.perform(get("/audit/export.csv?username=export-13b&result=FAILURE").with(user("auditor")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF\"编号\",\"时间\"");
		assertThat(text).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", "\"'+1-2\"", "\"'@unit\"", "\"失败\"")
			.doesNotContain("plain");
		assertThat(text.split("\r\n")).hasSize(2);

		byte[] xlsx = this.mvc.perform(get("/audit/export.xlsx?username=export-13b").with(user("auditor")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(2);
			Row formula = book.getSheetAt(0).getRow(2);
			assertThat(formula.getCell(7).getCellType()).isEqualTo(CellType.STRING);
			assertThat(formula.getCell(7).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"y\")");
			assertThat(formula.getCell(3).getStringCellValue()).isEqualTo("@unit");
			assertThat(book.getSheetAt(0).getRow(1).getCell(7).getStringCellValue()).isEqualTo("plain");
		}
		// The auditor's own downloads are on the trail too.
		assertThat(this.jdbc.queryForObject(
				"select count(*) from security_event where username = 'auditor' and event_type = 'EXPORT' and object_id like '/audit/export.%username=export-13b%'",
				Integer.class))
			.isEqualTo(2);
	}

	@Test
	void theVerifyActionReportsAnIntactChainAndIsItselfRecorded() throws Exception {
		this.mvc.perform(post("/audit/verify").with(user("auditor")).with(csrf()).with(from("10.13.9.1")))
			.andExpect(redirectedUrl("/audit"))
			.andExpect(flash().attribute("message", "audit.verify.intact"));
		assertThat(entries("10.13.9.1")).hasSize(1);
		assertThat(entries("10.13.9.1").get(0)).startsWith("AUDIT_VERIFIED SUCCESS auditor");
	}

	@Test
	void retentionCanNeverBeShorterThan180Days() {
		var validator = Validation.buildDefaultValidatorFactory().getValidator();
		assertThat(validator.validate(new AuditProperties(90, 1000))).hasSize(1);
		assertThat(validator.validate(new AuditProperties(180, 1000))).isEmpty();
		assertThat(new AuditProperties(0, 0).retentionDays()).isEqualTo(180);
	}

	private static int rows(String html) {
		return html.split("<tr id=\"audit-").length - 1;
	}

	private long count(String username) {
		return this.jdbc.queryForObject("select count(*) from security_event where username = ?", Long.class, username);
	}

	private List<String> entries(String ip) {
		return this.jdbc.query("select * from security_event where client_ip = ? order by id",
				(rs, i) -> rs.getString("event_type") + " " + rs.getString("result") + " " + rs.getString("username")
						+ " unit=" + rs.getString("unit_name") + " obj=" + rs.getString("object_type") + ":"
						+ rs.getString("object_id") + " reason=" + rs.getString("reason"),
				ip);
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder login(String username,
			String password) {
		return post("/login").param("username", username).param("password", password).with(csrf());
	}

	private static RequestPostProcessor from(String ip) {
		return (request) -> {
			request.setRemoteAddr(ip);
			return request;
		};
	}

}
