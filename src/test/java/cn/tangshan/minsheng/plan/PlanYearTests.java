package cn.tangshan.minsheng.plan;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import cn.tangshan.minsheng.PlanYearsPortalTest;
import cn.tangshan.minsheng.TestData;
import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.account.PortalUsers;
import cn.tangshan.minsheng.bulletin.BulletinView;
import cn.tangshan.minsheng.bulletin.Bulletins;
import cn.tangshan.minsheng.supervision.Supervisions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
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
 * Starting a year changes what every page shows, so these tests run in a Spring context
 * of their own (the distinct property gives it its own embedded PostgreSQL): the shared
 * context of the other tests keeps 2024 in force. Within this class each test imports a
 * 2025 draft and {@link #restore()} puts 2024 back in force and removes 2025.
 */
@PlanYearsPortalTest
class PlanYearTests {

	static final String PLAN_2025 = """
			plan:
			  year: 2025
			  title: 唐山市2025年民生工程实施方案
			  basicCompletionDue: 2025-10-31
			  fullCompletionDue: 2025-12-31
			  coordinator: fgw
			groups:
			  - no: 1
			    name: 省达民生工程
			    projects:
			      - no: 1
			        name: 棚户区改造工程（2025）
			        description: 建成棚改安置房16000套。
			        leads: [zjj]
			        indicators:
			          - { name: 建成棚改安置房, target: 16000, unit: 套 }
			          - { name: 新增测试指标, target: 50, unit: 处 }
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlanCatalog catalog;

	@Autowired
	PlanImporter importer;

	@Autowired
	PlanYears years;

	@Autowired
	TestData data;

	@Autowired
	Bulletins bulletins;

	@Autowired
	Supervisions supervisions;

	Long draftId;

	Long oldIndicator;

	@BeforeEach
	void draft2025() {
		PlanYearsPortalTest.FailingCopy.fail = false;
		this.importer.importPlan(new ByteArrayInputStream(PLAN_2025.getBytes(StandardCharsets.UTF_8)));
		this.draftId = this.catalog.plan(2025).orElseThrow().id();
		this.oldIndicator = this.data.project("1-1")
			.indicators()
			.stream()
			.filter((i) -> i.name().equals("建成棚改安置房"))
			.findFirst()
			.orElseThrow()
			.id();
		this.data.allocate(this.oldIndicator, "lunan", 1200);
		this.data.allocate(this.oldIndicator, "lubei", 800);
	}

	@AfterEach
	void restore() {
		// This context is this class's own: what the tests issued goes entirely.
		this.jdbc.update("delete from supervision_evidence");
		this.jdbc.update("delete from supervision_event");
		this.jdbc.update("delete from supervision_order");
		this.jdbc.update("delete from supervision_counter");
		this.jdbc.update("delete from bulletin");
		this.jdbc.update("delete from bulletin_counter");
		this.jdbc.update("delete from notification");
		this.jdbc.update("delete from problem");
		String ofPlan = "select i.id from indicator i join project p on i.project_id = p.id "
				+ "join project_group g on p.group_id = g.id join plan pl on g.plan_id = pl.id where pl.plan_year = 2025";
		this.jdbc.update("delete from allocation where indicator_id in (" + ofPlan + ")");
		this.jdbc.update("delete from allocation where indicator_id = ?", this.oldIndicator);
		this.jdbc.update("delete from report where project_id in (select p.id from project p join project_group g "
				+ "on p.group_id = g.id join plan pl on g.plan_id = pl.id where pl.plan_year = 2024)");
		this.jdbc.update("delete from indicator where id in (" + ofPlan + ")");
		this.jdbc
			.update("delete from project_lead where project_id in (select p.id from project p join project_group g "
					+ "on p.group_id = g.id join plan pl on g.plan_id = pl.id where pl.plan_year = 2025)");
		this.jdbc.update("delete from project where group_id in (select g.id from project_group g join plan pl "
				+ "on g.plan_id = pl.id where pl.plan_year = 2025)");
		this.jdbc.update("delete from project_group where plan_id in (select id from plan where plan_year = 2025)");
		this.jdbc.update("delete from progress_settings where plan_id in (select id from plan where plan_year = 2025)");
		this.jdbc.update("delete from audit_entry where action in ('PLAN_STARTED', 'ALLOCATION_CHANGED')");
		this.jdbc.update("delete from plan where plan_year = 2025");
		this.jdbc.update("update plan set status = 'ACTIVE' where plan_year = 2024");
	}

	@Test
	void startArchivesLastYearAndCopiesMatchingAllocations() throws Exception {
		this.mvc
			.perform(post("/admin/plans/{id}/start", this.draftId).param("copyAllocations", "true")
				.with(PortalUsers.user("fgw"))
				.with(csrf()))
			.andExpect(redirectedUrl("/projects"))
			.andExpect(flash().attribute("message", "planYear.started"));
		assertThat(planStatus(2025)).isEqualTo("ACTIVE");
		assertThat(planStatus(2024)).isEqualTo("ARCHIVED");
		assertThat(this.catalog.currentPlan().orElseThrow().year()).isEqualTo(2025);
		Long newIndicator = indicator2025("建成棚改安置房");
		assertThat(share(newIndicator, "lunan")).isEqualByComparingTo("1200");
		assertThat(share(newIndicator, "lubei")).isEqualByComparingTo("800");
		assertThat(count("select count(*) from allocation where indicator_id = ?", indicator2025("新增测试指标"))).isZero();
		// Last year's split is left as it was.
		assertThat(share(this.oldIndicator, "lunan")).isEqualByComparingTo("1200");
		assertThat(
				count("select count(*) from audit_entry where action = 'PLAN_STARTED' and new_value = 'ACTIVE 2025'"))
			.isEqualTo(1);
		assertThat(count("select count(*) from audit_entry where action = 'ALLOCATION_CHANGED' and indicator_id = ? "
				+ "and reason = 'copied from 2024'", newIndicator))
			.isEqualTo(2);
	}

	@Test
	void startWithoutCopyLeavesTheNewYearUnsplit() throws Exception {
		this.mvc.perform(post("/admin/plans/{id}/start", this.draftId).with(PortalUsers.user("admin")).with(csrf()))
			.andExpect(redirectedUrl("/projects"));
		assertThat(planStatus(2025)).isEqualTo("ACTIVE");
		assertThat(count("select count(*) from allocation where indicator_id = ?", indicator2025("建成棚改安置房"))).isZero();
	}

	@Test
	void aFailingCopyLeavesBothYearsAsTheyWere() {
		PlanYearsPortalTest.FailingCopy.fail = true;
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> this.years.start(this.draftId, true, null, "fgw"));
		assertThat(planStatus(2025)).isEqualTo("DRAFT");
		assertThat(planStatus(2024)).isEqualTo("ACTIVE");
		assertThat(count("select count(*) from allocation where indicator_id = ?", indicator2025("建成棚改安置房"))).isZero();
		assertThat(count("select count(*) from audit_entry where action = 'PLAN_STARTED'")).isZero();
		assertThat(this.catalog.currentPlan().orElseThrow().year()).isEqualTo(2024);
	}

	@Test
	void twoCoordinatorsStartingAtOnceOneSucceedsTheOtherIsTold() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<String>> outcomes = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			outcomes.add(pool.submit(() -> {
				go.await();
				try {
					this.years.start(this.draftId, true, null, "fgw");
					return "started";
				}
				catch (PlanStartConflictException ex) {
					return "told";
				}
			}));
		}
		go.countDown();
		List<String> results = new ArrayList<>();
		for (Future<String> outcome : outcomes) {
			results.add(outcome.get(30, TimeUnit.SECONDS));
		}
		pool.shutdown();
		assertThat(results).containsExactlyInAnyOrder("started", "told");
		assertThat(planStatus(2025)).isEqualTo("ACTIVE");
		assertThat(planStatus(2024)).isEqualTo("ARCHIVED");
		// Copied once, not twice.
		assertThat(count("select count(*) from allocation where indicator_id = ?", indicator2025("建成棚改安置房")))
			.isEqualTo(2);
	}

	@Test
	void theSecondStartOfTheSameDraftIsToldOnThePage() throws Exception {
		this.years.start(this.draftId, false, null, "fgw");
		this.mvc.perform(post("/admin/plans/{id}/start", this.draftId).with(PortalUsers.user("fgw")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("该计划已不是草稿（可能已由其他人启动），未作任何更改。")));
	}

	@Test
	void confirmationPageSaysWhatWillHappen() throws Exception {
		this.mvc.perform(get("/admin/plans/{id}/start", this.draftId).with(PortalUsers.user("fgw")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("启动2025年度"), containsString("唐山市2025年民生工程实施方案"),
					containsString("本年度计划共1个项目、2个量化指标。"), containsString("2024年度转为已归档"),
					containsString("复制2024年度相同牵头单位、相同指标名称的任务分解"), containsString("name=\"copyAllocations\""))));
	}

	@Test
	void onlyTheCoordinatorAndTheAdministratorStartAYear() throws Exception {
		for (String user : List.of("lunan", "zjj", "leader")) {
			this.mvc.perform(get("/admin/plans/{id}/start", this.draftId).with(PortalUsers.user(user)))
				.andExpect(status().isForbidden());
			this.mvc.perform(post("/admin/plans/{id}/start", this.draftId).with(PortalUsers.user(user)).with(csrf()))
				.andExpect(status().isForbidden());
		}
		assertThat(planStatus(2025)).isEqualTo("DRAFT");
	}

	@Test
	void theNewYearIsTheDefaultAndThePastYearStaysReadable() throws Exception {
		this.mvc.perform(get("/projects").with(PortalUsers.user("lunan")))
			.andExpect(content()
				.string(allOf(containsString("唐山市2024年民生工程实施方案"), not(containsString("唐山市2025年民生工程实施方案")))));
		// A draft is not shown on the year switch.
		this.mvc.perform(get("/projects").param("year", "2025").with(PortalUsers.user("lunan")))
			.andExpect(status().isNotFound());
		this.years.start(this.draftId, false, null, "fgw");
		this.mvc.perform(get("/projects").with(PortalUsers.user("lunan")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("唐山市2025年民生工程实施方案"), containsString("棚户区改造工程（2025）"),
					containsString("?year=2024"), not(containsString("已归档 · 只读")))));
		this.mvc.perform(get("/projects").param("year", "2024").with(PortalUsers.user("lunan")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("唐山市2024年民生工程实施方案"), containsString("15593套"),
					containsString("已归档 · 只读"), containsString("?year=2025"))));
		this.mvc.perform(get("/projects").param("year", "2023").with(PortalUsers.user("lunan")))
			.andExpect(status().isNotFound());
	}

	@Test
	void anArchivedYearRefusesEntryAllocationAndReview() throws Exception {
		Long project2024 = this.data.project("1-1").id();
		Long report = this.jdbc.queryForObject(
				"insert into report (unit_id, project_id, period, status, updated_at, submitted_at) "
						+ "values (?, ?, '2024-06-01', 'SUBMITTED', now(), now()) returning id",
				Long.class, this.data.unitId("lunan"), project2024);
		this.years.start(this.draftId, false, null, "fgw");
		this.mvc
			.perform(post("/allocations").param("a[" + this.oldIndicator + "_" + this.data.unitId("lunan") + "]", "5")
				.param("v[" + this.oldIndicator + "]", "x")
				.with(PortalUsers.user("zjj"))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("该年度已归档，只能查看")));
		assertThat(share(this.oldIndicator, "lunan")).isEqualByComparingTo("1200");
		this.mvc
			.perform(post("/reports/{id}", project2024).param("month", "2024-06")
				.param("v" + this.oldIndicator, "10")
				.param("version", "-1")
				.with(PortalUsers.user("lubei"))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("不能填报、审核、分解或修改")));
		assertThat(count("select count(*) from report where project_id = ? and unit_id = ?", project2024,
				this.data.unitId("lubei")))
			.isZero();
		this.mvc.perform(
				post("/reviews/{id}/approve", report).param("version", "0").with(PortalUsers.user("zjj")).with(csrf()))
			.andExpect(status().isConflict());
		assertThat(this.jdbc.queryForObject("select status from report where id = ?", String.class, report))
			.isEqualTo("SUBMITTED");
		// The archived year's reports stay readable, never editable.
		this.mvc.perform(get("/reports").param("month", "2024-06").with(PortalUsers.user("lunan")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("2024年6月"), containsString("已归档 · 只读"),
					containsString("棚户区改造工程"), not(containsString("value=\"submit\"")))));
		this.mvc.perform(get("/reports").param("year", "2024").with(PortalUsers.user("lunan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2024年12月")));
		this.mvc.perform(get("/reports").with(PortalUsers.user("lunan")))
			.andExpect(status().isOk())
			// Started without the copy: nothing is split to the county yet.
			.andExpect(content().string(allOf(containsString("路南区 · 2025年1月进展填报"), containsString("本单位本月没有需要填报的项目"))));
		this.mvc.perform(get("/reports").param("month", "2023-06").with(PortalUsers.user("lunan")))
			.andExpect(status().isNotFound());
	}

	@Test
	void anArchivedYearsProblemsAreReadOnly() throws Exception {
		Long problem = this.jdbc.queryForObject("""
				insert into problem (plan_year, number, project_id, kind_id, title, description, raised_by_unit_id,
				  wanted_by, status, created_at, updated_at)
				values (2024, 1, ?, (select min(id) from problem_kind), '用地指标不足', '需要协调用地指标', ?,
				  date '2024-08-01', 'PENDING', now(), now()) returning id""", Long.class,
				this.data.project("1-1").id(), this.data.unitId("lunan"));
		this.years.start(this.draftId, false, null, "fgw");
		this.mvc
			.perform(post("/problems/{id}/assign", problem).param("version", "0")
				.param("unitId", String.valueOf(this.data.unitId("zjj")))
				.param("deadline", "2024-08-01")
				.param("text", "请尽快办理")
				.with(PortalUsers.user("fgw"))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("该年度已归档，只能查看")));
		assertThat(this.jdbc.queryForObject("select status from problem where id = ?", String.class, problem))
			.isEqualTo("PENDING");
		assertThat(count("select count(*) from problem_event where problem_id = ?", problem)).isZero();
	}

	@Test
	void everyPageSwitchesYearsAndNumbersRunPerYear() throws Exception {
		CurrentUser fgw = this.data.user("fgw");
		Long lunan = this.data.unitId("lunan");
		// 2024, in force: a bulletin 第1期 and an order 唐民生督〔2024〕1号.
		Long bulletin2024 = this.bulletins.draft(fgw, YearMonth.of(2024, 6));
		BulletinView draft = this.bulletins.view(fgw, bulletin2024);
		assertThat(this.bulletins.issue(fgw, bulletin2024, draft.version(), draft.text()).number()).isEqualTo(1);
		assertThat(
				this.supervisions
					.issue(fgw,
							new Supervisions.NewOrder(lunan, this.oldIndicator, "进度滞后", "加快进度",
									LocalDate.of(2024, 7, 20)))
					.number()
					.toString())
			.isEqualTo("唐民生督〔2024〕1号");
		this.years.start(this.draftId, false, null, "fgw");
		// 2025, now in force: numbers start again at 1.
		Long indicator = indicator2025("建成棚改安置房");
		assertThat(this.supervisions
			.issue(fgw, new Supervisions.NewOrder(lunan, indicator, "进度滞后", "加快进度", LocalDate.of(2024, 7, 20)))
			.number()
			.toString()).isEqualTo("唐民生督〔2025〕1号");
		// A new order for an archived year's indicator is refused.
		assertThatExceptionOfType(PlanArchivedException.class).isThrownBy(() -> this.supervisions.issue(fgw,
				new Supervisions.NewOrder(lunan, this.oldIndicator, "进度滞后", "加快进度", LocalDate.of(2024, 7, 20))));
		// The dashboard: 2025 by default, 2024 on the switch (December, every month
		// closed).
		this.mvc.perform(get("/dashboard").with(PortalUsers.user("fgw")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("棚户区改造工程（2025）"), containsString("2025年1月"),
					containsString("/dashboard?year=2024"), not(containsString("棚户区改造工程</a>")))));
		this.mvc.perform(get("/dashboard").param("year", "2024").with(PortalUsers.user("fgw")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("精准助残服务工程"), containsString("2024年12月"), containsString("已归档 · 只读"),
						not(containsString("棚户区改造工程（2025）")), not(containsString("/dashboard/reminders")))));
		this.mvc.perform(get("/dashboard").param("month", "2024-05").with(PortalUsers.user("leader")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("2024年5月"), containsString("精准助残服务工程"))));
		this.mvc.perform(get("/dashboard").param("year", "2023").with(PortalUsers.user("fgw")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/dashboard/projects/{id}", projectOf(this.oldIndicator)).param("month", "2024-06")
				.with(PortalUsers.user("fgw")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("路南区")));
		// The ledger and its downloads.
		this.mvc.perform(get("/ledger").param("year", "2024").with(PortalUsers.user("leader")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("精准助残服务工程"), containsString("/ledger.xlsx?month=2024-12"),
					not(containsString("棚户区改造工程（2025）")))));
		this.mvc.perform(get("/ledger").with(PortalUsers.user("leader")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("棚户区改造工程（2025）"), containsString("/ledger.csv?month=2025-01"))));
		this.mvc.perform(get("/ledger.csv").param("year", "2024").with(PortalUsers.user("leader")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("精准助残服务工程")));
		// Bulletins: 2024's 第1期 on 2024's list only; no drafting for an archived year.
		this.mvc.perform(get("/bulletins").param("year", "2024").with(PortalUsers.user("fgw")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("/bulletins/" + bulletin2024 + "/print"),
					containsString("已归档 · 只读"), not(containsString("name=\"month\"")))));
		this.mvc.perform(get("/bulletins").with(PortalUsers.user("fgw")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("/bulletins/" + bulletin2024 + "/print")),
					containsString("name=\"month\""))));
		// The issued 2024 bulletin stays readable.
		this.mvc.perform(get("/bulletins/{id}/print", bulletin2024).with(PortalUsers.user("lunan")))
			.andExpect(status().isOk());
		// Supervision: each year's orders under its own number.
		this.mvc.perform(get("/supervision").param("year", "2024").with(PortalUsers.user("fgw")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("唐民生督〔2024〕1号"), not(containsString("唐民生督〔2025〕1号")),
					containsString("/supervision?state=OVERDUE&amp;year=2024"),
					not(containsString("href=\"/supervision/new\"")))));
		this.mvc.perform(get("/supervision").with(PortalUsers.user("fgw")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("唐民生督〔2025〕1号"), not(containsString("唐民生督〔2024〕1号")),
					containsString("href=\"/supervision/new\""))));
		this.mvc.perform(get("/supervision").param("year", "2023").with(PortalUsers.user("fgw")))
			.andExpect(status().isNotFound());
	}

	@Test
	void lastYearsCompletionAtTheSameMonthIsShownBesideThisYears() throws Exception {
		Long report = this.jdbc.queryForObject(
				"insert into report (unit_id, project_id, period, status, updated_at, submitted_at, first_submitted_at, "
						+ "reviewed_at) values (?, ?, '2024-01-01', 'APPROVED', now(), now(), now(), now()) returning id",
				Long.class, this.data.unitId("lunan"), this.data.project("1-1").id());
		this.jdbc.update("insert into report_value (report_id, indicator_id, cumulative) values (?, ?, 1559.3)", report,
				this.oldIndicator);
		// No previous year: the dashboard is as before.
		this.mvc.perform(get("/dashboard").param("month", "2024-01").with(PortalUsers.user("fgw")))
			.andExpect(content().string(not(containsString("去年同期"))));
		this.years.start(this.draftId, false, null, "fgw");
		Long matching = indicator2025("建成棚改安置房");
		Long unmatched = indicator2025("新增测试指标");
		this.mvc.perform(get("/dashboard").with(PortalUsers.user("fgw")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("去年同期 10.0%")));
		String page = this.mvc.perform(get("/dashboard").with(PortalUsers.user("fgw")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String matchingRow = page.substring(page.indexOf("id=\"indicator-" + matching + "\""));
		assertThat(matchingRow.substring(0, matchingRow.indexOf("</tr>"))).contains("去年同期 10.0%");
		String unmatchedRow = page.substring(page.indexOf("id=\"indicator-" + unmatched + "\""));
		assertThat(unmatchedRow.substring(0, unmatchedRow.indexOf("</tr>"))).doesNotContain("去年同期");
		this.mvc.perform(get("/dashboard/projects/{id}", projectOf(matching)).with(PortalUsers.user("fgw")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("去年同期完成率 10.0%")));
	}

	private Long projectOf(Long indicatorId) {
		return this.jdbc.queryForObject("select project_id from indicator where id = ?", Long.class, indicatorId);
	}

	private String planStatus(int year) {
		return this.jdbc.queryForObject("select status from plan where plan_year = ?", String.class, year);
	}

	private Long indicator2025(String name) {
		return this.catalog.overview(2025)
			.orElseThrow()
			.projects()
			.stream()
			.flatMap((p) -> p.indicators().stream())
			.filter((i) -> i.name().equals(name))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private BigDecimal share(Long indicator, String unit) {
		return this.jdbc.queryForObject("select amount from allocation where indicator_id = ? and unit_id = ?",
				BigDecimal.class, indicator, this.data.unitId(unit));
	}

	private int count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Integer.class, args);
	}

}
