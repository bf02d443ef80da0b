package cn.tangshan.minsheng.dashboard;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import cn.tangshan.minsheng.MutableClock;
import cn.tangshan.minsheng.PortalTest;
import cn.tangshan.minsheng.TestData;
import cn.tangshan.minsheng.account.PortalUsers;
import cn.tangshan.minsheng.plan.ProjectView;
import cn.tangshan.minsheng.progress.Completeness;
import cn.tangshan.minsheng.progress.CountyRanking.Mark;
import cn.tangshan.minsheng.progress.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
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
 * The dashboard on a known dataset, figures checked to the decimal. The dashboard reads
 * the whole plan, so each test starts from no shares and no reports at all (the other
 * test classes build theirs in {@code @BeforeEach}) and leaves none behind. The data
 * touches only 1-10 适老化改造 (市民政局, 2120户) and 2-4 充电站 (市能源集团, 80座):
 *
 * <pre>
 *            1-10 share  Apr   May            2-4 share  Apr        May
 * 路南区        1000       400   900              40        -          4
 * 路北区        1000       -     300              20        5          15 submitted, not reviewed
 * 古冶区        -                                 20        10 (late)  none
 * 市民政局       120        -     120 (late)
 * </pre>
 *
 * At the clock (2024-07-03 09:00) June is open, so the dashboard opens on May, whose
 * expected progress is 50%.
 */
@PortalTest
class DashboardTests {

	@Autowired
	TestData data;

	static final YearMonth APRIL = YearMonth.of(2024, 4);

	static final YearMonth MAY = YearMonth.of(2024, 5);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Dashboards dashboards;

	@Autowired
	MutableClock clock;

	ProjectView eldercare;

	ProjectView charging;

	@BeforeEach
	void buildDataset() {
		clean();
		this.eldercare = this.data.project("1-10");
		this.charging = this.data.project("2-4");
		Long homes = this.eldercare.indicators().get(0).id();
		Long stations = this.charging.indicators().get(0).id();
		this.data.allocate(homes, "lunan", 1000);
		this.data.allocate(homes, "lubei", 1000);
		this.data.allocate(homes, "mzj", 120);
		this.data.allocate(stations, "lunan", 40);
		this.data.allocate(stations, "lubei", 20);
		this.data.allocate(stations, "guye", 20);
		report("lunan", this.eldercare, APRIL, "APPROVED", "2024-05-04T10:00", homes, 400);
		report("lunan", this.eldercare, MAY, "APPROVED", "2024-06-03T10:00", homes, 900);
		report("lubei", this.eldercare, MAY, "APPROVED", "2024-06-05T23:59", homes, 300);
		report("mzj", this.eldercare, MAY, "APPROVED", "2024-06-07T09:00", homes, 120);
		report("lunan", this.charging, MAY, "APPROVED", "2024-06-04T10:00", stations, 4);
		report("lubei", this.charging, APRIL, "APPROVED", "2024-05-02T10:00", stations, 5);
		report("lubei", this.charging, MAY, "SUBMITTED", "2024-06-05T11:00", stations, 15);
		report("guye", this.charging, APRIL, "APPROVED", "2024-05-08T10:00", stations, 10);
	}

	@AfterEach
	void clean() {
		this.clock.reset();
		this.jdbc.update("delete from notification");
		this.jdbc.update("delete from progress_settings");
		this.jdbc.update("delete from report");
		this.jdbc.update("delete from allocation");
	}

	@Test
	void opensOnTheLatestClosedMonthWithTheHeadline() {
		Dashboard d = this.dashboards.view(this.data.user("fgw"), null);
		assertThat(d.month()).isEqualTo(MAY);
		assertThat(d.months()).first().isEqualTo(YearMonth.of(2024, 6));
		assertThat(d.expectedPercent()).isEqualByComparingTo("50.0");
		assertThat(d.headline().total()).isEqualTo(25);
		assertThat(d.headline().count(Status.COMPLETED)).isZero();
		assertThat(d.headline().count(Status.NORMAL)).isEqualTo(1);
		assertThat(d.headline().count(Status.LAGGING)).isEqualTo(1);
		assertThat(d.headline().count(Status.SERIOUSLY_LAGGING)).isEqualTo(23);
		// (62.3 + 23.8) / 31 quantitative indicators
		assertThat(d.overallPercent()).isEqualByComparingTo("2.8");
		// 29 (unit, project) duties: 6 in the dataset, 23 unsplit projects of their lead
		assertThat(d.reports()).containsExactlyInAnyOrderEntriesOf(Map.of(Completeness.ON_TIME, 3, Completeness.LATE, 1,
				Completeness.PENDING, 1, Completeness.MISSING, 24));
	}

	@Test
	void projectsTableCountsOnlyApprovedValues() {
		Dashboard d = this.dashboards.view(this.data.user("fgw"), MAY);
		Dashboard.ProjectLine homes = line(d, "1-10");
		assertThat(homes.status()).isEqualTo(Status.NORMAL);
		Dashboard.IndicatorLine homesLine = homes.indicators().get(0);
		assertThat(homesLine.approved()).isEqualByComparingTo("1320");
		assertThat(homesLine.assessment().rate().percent()).contains(new BigDecimal("62.3"));
		assertThat(homesLine.assessment().gap()).contains(new BigDecimal("12.3"));
		assertThat(homes.leadNames()).isEqualTo("市民政局");

		Dashboard.ProjectLine stations = line(d, "2-4");
		Dashboard.IndicatorLine stationsLine = stations.indicators().get(0);
		// 4 + 5 + 10: 路北区's submitted 15 is pending, 古冶区's April figure carries on
		assertThat(stationsLine.approved()).isEqualByComparingTo("19");
		assertThat(stationsLine.assessment().rate().percent()).contains(new BigDecimal("23.8"));
		assertThat(stationsLine.assessment().gap()).contains(new BigDecimal("-26.2"));
		assertThat(stationsLine.assessment().status()).isEqualTo(Status.LAGGING);
		assertThat(stations.pendingReports()).isEqualTo(1);

		Dashboard.ProjectLine housing = line(d, "1-1");
		assertThat(housing.status()).isEqualTo(Status.SERIOUSLY_LAGGING);
		assertThat(housing.indicators().get(0).approved()).isEqualByComparingTo("0");
	}

	@Test
	void countyRankingWithTieBreakAndChangeSinceLastMonth() {
		Dashboard d = this.dashboards.view(this.data.user("fgw"), MAY);
		// 路南区 (90.0 + 10.0) / 2 = 50.0, on time 3 of 10; 古冶区 50.0 (April's 10 of 20), on
		// time 0 of 5; 路北区 (30.0 + 25.0) / 2 = 27.5. April: 古冶区 50.0, 路南区 20.0, 路北区 12.5.
		assertThat(d.ranking().ranked())
			.extracting((r) -> r.unit().code(), (r) -> r.row().rank(), (r) -> r.row().score(),
					(r) -> r.row().onTimePercent(), (r) -> r.row().mark(), (r) -> r.row().rankChange().orElse(null))
			.containsExactly(tuple("lunan", 1, new BigDecimal("50.0"), new BigDecimal("30.0"), Mark.TOP, 1),
					tuple("guye", 2, new BigDecimal("50.0"), new BigDecimal("0.0"), Mark.NONE, -1),
					tuple("lubei", 3, new BigDecimal("27.5"), new BigDecimal("30.0"), Mark.BOTTOM, 0));
		assertThat(d.ranking().unranked()).hasSize(15);
	}

	@Test
	void breakdownShowsEachUnitAndPendingAsPending() {
		Breakdown b = this.dashboards.breakdown(this.data.user("fgw"), this.charging.id(), MAY);
		assertThat(b.indicators().get(0).units())
			.extracting((l) -> l.unit().code(), (l) -> l.allocation(), (l) -> l.approved(),
					(l) -> l.assessment().rate().percent().orElseThrow(), (l) -> l.assessment().status(),
					Breakdown.UnitLine::state, Breakdown.UnitLine::pending)
			.usingRecursiveFieldByFieldElementComparator(
					org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
						.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
						.build())
			.containsExactly(
					tuple("lunan", new BigDecimal("40"), new BigDecimal("4"), new BigDecimal("10.0"),
							Status.SERIOUSLY_LAGGING, Completeness.ON_TIME, null),
					tuple("lubei", new BigDecimal("20"), new BigDecimal("5"), new BigDecimal("25.0"), Status.LAGGING,
							Completeness.PENDING, new BigDecimal("15")),
					tuple("guye", new BigDecimal("20"), new BigDecimal("10"), new BigDecimal("50.0"), Status.NORMAL,
							Completeness.MISSING, null));
	}

	@Test
	void aCountyNeverSeesAnotherCountysUnreviewedData() throws Exception {
		Breakdown b = this.dashboards.breakdown(this.data.user("lunan"), this.charging.id(), MAY);
		Breakdown.UnitLine lubei = b.indicators().get(0).units().get(1);
		assertThat(lubei.unit().code()).isEqualTo("lubei");
		assertThat(lubei.approved()).isEqualByComparingTo("5");
		assertThat(lubei.state()).isNull();
		assertThat(lubei.pending()).isNull();
		assertThat(b.indicators().get(0).units().get(0).state()).isEqualTo(Completeness.ON_TIME);

		this.mvc
			.perform(get("/dashboard/projects/{id}?month=2024-05", this.charging.id()).with(PortalUsers.user("lunan"))
				.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("路北区"), containsString("25.0%"),
					not(containsString(">15<")), not(containsString("state-PENDING")), not(containsString("<html")))));
		this.mvc
			.perform(get("/dashboard/projects/{id}?month=2024-05", this.charging.id()).with(PortalUsers.user("fgw")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(">15<"), containsString("state-PENDING"),
					containsString("状态灯图例"), containsString("<html"))));
		this.mvc.perform(get("/dashboard/projects/{id}", this.data.project("1-1").id()).with(PortalUsers.user("lunan")))
			.andExpect(status().isForbidden());

		Dashboard d = this.dashboards.view(this.data.user("lunan"), MAY);
		assertThat(d.projects()).extracting((p) -> p.project().code()).containsExactly("1-10", "2-4");
		assertThat(d.matrix().rows()).extracting((r) -> r.unit().code()).containsExactly("lunan");
		assertThat(d.departments()).isEmpty();
		assertThat(line(d, "2-4").pendingReports()).isZero();
		assertThat(d.ranking().ranked()).hasSize(3);
		assertThat(d.heatMap().rows()).extracting((r) -> r.unit().code()).containsExactly("lunan");
	}

	@Test
	void departmentsSeeTheirOwnProjects() throws Exception {
		Dashboard d = this.dashboards.view(this.data.user("nyjt"), MAY);
		assertThat(d.projects()).extracting((p) -> p.project().code()).containsExactly("2-4");
		assertThat(d.departments()).extracting((l) -> l.department().code(), Dashboard.DepartmentLine::pendingReviews)
			.containsExactly(tuple("nyjt", 1L));
		assertThat(d.matrix().rows()).extracting((r) -> r.unit().code()).containsExactly("lunan", "lubei", "guye");
		this.mvc
			.perform(get("/dashboard/projects/{id}?month=2024-05", this.charging.id()).with(PortalUsers.user("nyjt")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">15<")));
		this.mvc.perform(get("/dashboard/projects/{id}", this.eldercare.id()).with(PortalUsers.user("nyjt")))
			.andExpect(status().isForbidden());
	}

	@Test
	void pageShowsFiguresLightsLegendAndFormula() throws Exception {
		this.mvc.perform(get("/dashboard").with(PortalUsers.user("leader")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("调度总览 · 2024年5月"), containsString("状态灯图例"),
					containsString("落后不超过10个百分点为正常"), containsString("居家适老化改造"), containsString("1320"),
					containsString("62.3%"), containsString("+12.3"), containsString("−26.2"),
					containsString("light-LAGGING"), containsString("得分＝本县（市、区）各项分解指标完成率"), containsString("上升1位"),
					containsString("下降1位"), containsString("data-overall="), containsString("/dist/chart.umd.js"),
					not(containsString("一键催报")), not(containsString("<script>")))));
		this.mvc.perform(get("/dashboard?month=2024-08").with(PortalUsers.user("fgw")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/dashboard?month=2023-12").with(PortalUsers.user("fgw")))
			.andExpect(status().isNotFound());
	}

	@Test
	void rolesOutsideTheDashboardAndReadOnlyLeaders() throws Exception {
		this.mvc.perform(get("/dashboard").with(PortalUsers.user("admin"))).andExpect(status().isForbidden());
		this.mvc.perform(
				post("/dashboard/reminders").with(PortalUsers.user("leader")).with(csrf()).param("month", "2024-05"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/dashboard/reminders").with(PortalUsers.user("nyjt")).with(csrf()).param("month", "2024-05"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/dashboard/settings").with(PortalUsers.user("leader"))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/dashboard/settings").with(PortalUsers.user("lunan"))
				.with(csrf())
				.param("green", "5")
				.param("red", "20"))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select count(*) from notification", Integer.class)).isZero();
	}

	@Test
	void oneClickRemindsEveryUnitThatHasNotReported() throws Exception {
		this.mvc
			.perform(post("/dashboard/reminders").with(PortalUsers.user("fgw")).with(csrf()).param("month", "2024-05"))
			.andExpect(redirectedUrl("/dashboard?month=2024-05#matrix"))
			.andExpect(flash().attribute("message", "dashboard.reminded"));
		List<String> reminded = this.jdbc.queryForList(
				"select u.code from notification n join unit u on u.id = n.unit_id where n.period = date '2024-05-01'",
				String.class);
		assertThat(reminded).contains("guye", "zjj", "wjw").doesNotContain("lunan", "lubei", "nyjt");
		assertThat(reminded).doesNotHaveDuplicates();
		this.mvc.perform(get("/").with(PortalUsers.user("guye")))
			.andExpect(content().string(allOf(containsString("2024年5月的月度进展尚未报送，请尽快报送。"),
					containsString("href=\"/notifications/" + reminder("guye") + "\""))));
		this.mvc.perform(get("/").with(PortalUsers.user("lunan")))
			.andExpect(content().string(not(containsString("尚未报送"))));
		this.mvc.perform(get("/notifications/{id}", reminder("guye")).with(PortalUsers.user("guye")))
			.andExpect(redirectedUrl("/reports?month=2024-05"));
	}

	@Test
	void aSecondReminderDoesNotRepeatAnUnreadOne() throws Exception {
		this.mvc.perform(get("/dashboard?month=2024-05").with(PortalUsers.user("fgw")))
			.andExpect(content().string(containsString("同一单位同一月份的催报通知在该单位阅读之前不会重复发送，再次催报只刷新通知时间。")));
		this.mvc
			.perform(post("/dashboard/reminders").with(PortalUsers.user("fgw")).with(csrf()).param("month", "2024-05"))
			.andExpect(flash().attribute("message", "dashboard.reminded"));
		int units = this.jdbc.queryForObject("select count(*) from notification", Integer.class);
		Long guye = reminder("guye");
		this.mvc.perform(get("/notifications/{id}", reminder("zjj")).with(PortalUsers.user("zjj")));
		this.clock.set(LocalDateTime.of(2024, 7, 3, 15, 0));
		this.mvc
			.perform(post("/dashboard/reminders").with(PortalUsers.user("fgw")).with(csrf()).param("month", "2024-05"))
			.andExpect(flash().attribute("messageArg", units));
		// one more row: 市住建局 had read its reminder; 古冶区's unread one is refreshed
		assertThat(this.jdbc.queryForObject("select count(*) from notification", Integer.class)).isEqualTo(units + 1);
		assertThat(reminder("guye")).isEqualTo(guye);
		assertThat(
				this.jdbc.queryForObject("select created_at from notification where id = ?", OffsetDateTime.class, guye)
					.toInstant())
			.isEqualTo(LocalDateTime.of(2024, 7, 3, 15, 0).atZone(MutableClock.ZONE).toInstant());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from notification n join unit u on u.id = n.unit_id where u.code = 'zjj'",
				Integer.class))
			.isEqualTo(2);
	}

	@Test
	void projectChartShowsEachIndicatorByMonthAgainstTheExpectedLine() throws Exception {
		Breakdown b = this.dashboards.breakdown(this.data.user("fgw"), this.charging.id(), MAY);
		assertThat(b.chart().months()).containsExactly(YearMonth.of(2024, 1), YearMonth.of(2024, 2),
				YearMonth.of(2024, 3), APRIL, MAY);
		assertThat(b.chart().expected()).extracting(BigDecimal::toPlainString)
			.containsExactly("10.0", "20.0", "30.0", "40.0", "50.0");
		// April: 路北区 5 + 古冶区 10 of 80; May: 路南区 4 joins, 路北区's 15 is still pending
		assertThat(b.chart().series()).singleElement().satisfies((s) -> {
			assertThat(s.indicator().name()).isEqualTo("新开工充电站");
			assertThat(s.rates()).extracting(BigDecimal::toPlainString)
				.containsExactly("0.0", "0.0", "0.0", "18.8", "23.8");
		});
		this.mvc
			.perform(get("/dashboard/projects/{id}?month=2024-05", this.eldercare.id()).with(PortalUsers.user("fgw")))
			.andExpect(content().string(allOf(containsString("class=\"project-chart\""),
					containsString("data-labels=\"2024年1月|2024年2月|2024年3月|2024年4月|2024年5月\""),
					containsString("data-expected=\"10.0,20.0,30.0,40.0,50.0\""),
					containsString("data-label=\"居家适老化改造\" data-values=\"0.0,0.0,0.0,18.9,62.3\""),
					containsString("/js/dashboard.js"), containsString("/dist/chart.umd.js"),
					containsString("href=\"/dashboard/projects/" + this.eldercare.id() + "/print?month=2024-05\""),
					not(containsString("<script>")))));
	}

	@Test
	void projectBreakdownPrintsInTheOfficialLayout() throws Exception {
		this.mvc
			.perform(get("/dashboard/projects/{id}/print?month=2024-05", this.charging.id())
				.with(PortalUsers.user("fgw")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("/css/print.css"), containsString("class=\"doc-title\""),
					containsString("2-4 公共场所及小区充电基础设施建设工程分县（市、区）进展情况表"),
					containsString("截至2024年5月（已审核数据）　　序时进度：50.0%　　牵头单位：唐山市能源集团"), containsString("一、新开工充电站"),
					containsString("<td>路南区</td>"), containsString("10.0%"), containsString("−40.0"),
					containsString("<td>严重滞后</td>"), containsString("制表日期：2024年7月3日"), containsString("制表单位："),
					not(containsString("navbar")))));
		this.mvc
			.perform(get("/dashboard/projects/{id}/print", this.data.project("1-1").id())
				.with(PortalUsers.user("lunan")))
			.andExpect(status().isForbidden());
		// The unit's own monthly report print has the head's signature line.
		this.mvc.perform(get("/reports/print?month=2024-05").with(PortalUsers.user("lunan")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("负责人签字：__________"), containsString("填报人："))));
	}

	@Test
	void aStaleSettingsFormIsRefusedWithTheInputKept() throws Exception {
		this.mvc.perform(get("/dashboard/settings").with(PortalUsers.user("fgw")))
			.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
		// Two coordinators opened the defaults; the first saves.
		this.mvc
			.perform(post("/dashboard/settings").with(PortalUsers.user("fgw"))
				.with(csrf())
				.param("expected", "10", "20", "30", "45", "60", "70", "80", "90", "95", "100", "100", "100")
				.param("green", "5")
				.param("red", "30")
				.param("version", "0"))
			.andExpect(redirectedUrl("/dashboard/settings"));
		// The second still holds version 0.
		this.mvc
			.perform(post("/dashboard/settings").with(PortalUsers.user("fgw"))
				.with(csrf())
				.param("expected", "5", "15", "25", "35", "45", "55", "65", "75", "85", "100", "100", "100")
				.param("green", "8")
				.param("red", "25")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("进度设置在您打开本页后已被他人修改"), containsString("value=\"8\""),
					containsString("value=\"85\""),
					containsString("1—12月序时进度 10、20、30、45、60、70、80、90、95、100、100、100（%）；“正常”最多落后5个百分点"),
					containsString("name=\"version\" value=\"1\""))));
		assertThat(this.jdbc.queryForMap("select green_gap_points, red_gap_points, version from progress_settings"))
			.containsEntry("green_gap_points", new BigDecimal("5.0"))
			.containsEntry("version", 1L);
		// Saving again, having seen the current settings, replaces them.
		this.mvc
			.perform(post("/dashboard/settings").with(PortalUsers.user("fgw"))
				.with(csrf())
				.param("expected", "5", "15", "25", "35", "45", "55", "65", "75", "85", "100", "100", "100")
				.param("green", "8")
				.param("red", "25")
				.param("version", "1"))
			.andExpect(redirectedUrl("/dashboard/settings"));
		assertThat(this.dashboards.view(this.data.user("fgw"), MAY).expectedPercent()).isEqualByComparingTo("45.0");
		assertThat(this.jdbc.queryForObject("select version from progress_settings", Long.class)).isEqualTo(2);
	}

	/**
	 * Static files are mapped under their own paths (system.WebConfiguration) so that the
	 * dashboard's links are not looked up on the class path; WebJars still resolve.
	 */
	@Test
	void staticFilesAndWebJarsAreServedUnderTheirOwnPaths() throws Exception {
		String page = this.mvc.perform(get("/dashboard").with(PortalUsers.user("fgw")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String chart = page.replaceAll("(?s).*src=\"(/webjars/chart\\.js/[^\"]+)\".*", "$1");
		assertThat(chart).matches("/webjars/chart\\.js/\\d+\\.\\d+\\.\\d+/dist/chart\\.umd\\.js");
		this.mvc.perform(get(chart)).andExpect(status().isOk());
		this.mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
		this.mvc.perform(get("/css/portal.css")).andExpect(status().isOk());
		this.mvc.perform(get("/js/dashboard.js")).andExpect(status().isOk());
		this.mvc.perform(get("/images/favicon.svg")).andExpect(status().isOk());
		assertThat(page).contains("href=\"/dashboard/projects/" + this.eldercare.id() + "?month=2024-05\"");
	}

	private Long reminder(String unit) {
		return this.jdbc.queryForObject("""
				select max(n.id) from notification n join unit u on u.id = n.unit_id
				where u.code = ? and n.kind = 'REPORT_REMINDER'""", Long.class, unit);
	}

	@Test
	void coordinatorChangesTheSettingsWithMessagesNextToTheFields() throws Exception {
		this.mvc
			.perform(post("/dashboard/settings").with(PortalUsers.user("fgw"))
				.with(csrf())
				.param("expected", "10", "20", "15", "40", "50", "60", "70", "80", "90", "100", "100", "100")
				.param("green", "abc")
				.param("red", "30"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("请输入0到100之间的数字，最多1位小数"), containsString("value=\"abc\""))));
		this.mvc
			.perform(post("/dashboard/settings").with(PortalUsers.user("fgw"))
				.with(csrf())
				.param("expected", "10", "20", "15", "40", "50", "60", "70", "80", "90", "100", "100", "100")
				.param("green", "10")
				.param("red", "30"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("序时进度不能低于上个月"), containsString("id=\"expected2-error\""))));
		assertThat(this.jdbc.queryForObject("select count(*) from progress_settings", Integer.class)).isZero();

		// May expects 60%: 1-10 (62.3%) stays green; 2-4 (23.8%) is 36.2 behind: red.
		this.mvc
			.perform(post("/dashboard/settings").with(PortalUsers.user("fgw"))
				.with(csrf())
				.param("expected", "10", "20", "30", "45", "60", "70", "80", "90", "95", "100", "100", "100")
				.param("green", "5")
				.param("red", "30"))
			.andExpect(redirectedUrl("/dashboard/settings"))
			.andExpect(flash().attribute("message", "dashboard.settings.saved"));
		Dashboard d = this.dashboards.view(this.data.user("fgw"), MAY);
		assertThat(d.expectedPercent()).isEqualByComparingTo("60.0");
		assertThat(line(d, "1-10").status()).isEqualTo(Status.NORMAL);
		assertThat(line(d, "2-4").status()).isEqualTo(Status.SERIOUSLY_LAGGING);
		this.mvc.perform(get("/dashboard").with(PortalUsers.user("fgw")))
			.andExpect(content().string(containsString("落后不超过5个百分点为正常")));
	}

	@Test
	void openMonthWaitsForTheDeadlineThenDefaultsToIt() {
		Dashboard june = this.dashboards.view(this.data.user("fgw"), YearMonth.of(2024, 6));
		assertThat(june.reportCount(Completeness.NOT_DUE)).isEqualTo(29);
		this.clock.set(LocalDateTime.of(2024, 7, 6, 0, 0, 1));
		Dashboard after = this.dashboards.view(this.data.user("fgw"), null);
		assertThat(after.month()).isEqualTo(YearMonth.of(2024, 6));
		assertThat(after.reportCount(Completeness.MISSING)).isEqualTo(29);
	}

	private Dashboard.ProjectLine line(Dashboard d, String code) {
		return d.projects().stream().filter((p) -> p.project().code().equals(code)).findFirst().orElseThrow();
	}

	private void report(String unit, ProjectView project, YearMonth month, String status, String submittedAt,
			Long indicator, int cumulative) {
		OffsetDateTime at = LocalDateTime.parse(submittedAt).atZone(MutableClock.ZONE).toOffsetDateTime();
		Long id = this.jdbc.queryForObject("""
				insert into report (unit_id, project_id, period, status, first_submitted_at, submitted_at, late,
					reviewed_at, updated_at)
				values (?, ?, ?, ?, ?, ?, false, ?, ?) returning id""", Long.class, this.data.unitId(unit),
				project.id(), month.atDay(1), status, at, at, "APPROVED".equals(status) ? at : null, at);
		this.jdbc.update("insert into report_value (report_id, indicator_id, cumulative) values (?, ?, ?)", id,
				indicator, cumulative);
	}

}
