package cn.tangshan.minsheng.dashboard;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import cn.tangshan.minsheng.MutableClock;
import cn.tangshan.minsheng.PortalTest;
import cn.tangshan.minsheng.TestData;
import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.account.PortalUsers;
import cn.tangshan.minsheng.bulletin.BulletinFigures;
import cn.tangshan.minsheng.bulletin.Bulletins;
import cn.tangshan.minsheng.ledger.WorkLedger;
import cn.tangshan.minsheng.ledger.WorkLedgers;
import cn.tangshan.minsheng.plan.ProjectView;
import cn.tangshan.minsheng.progress.Completeness;
import cn.tangshan.minsheng.reporting.Reviews;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.jsoup.Jsoup;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The figures are cached per data version ({@link FiguresCache}) and never stale: a
 * report approved, then reopened, shows at once on the dashboard (page and API), the
 * project's breakdown, the ledger and a draft bulletin; time passing a deadline changes
 * what is shown at once too. The data: 1-3 口袋公园 (市城管执法局), 遵化市 allocated 5, its May report
 * of 3 submitted.
 */
@PortalTest
class FiguresCacheTests {

	static final YearMonth MAY = YearMonth.of(2024, 5);

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	Dashboards dashboards;

	@Autowired
	WorkLedgers ledgers;

	@Autowired
	Bulletins bulletins;

	@Autowired
	Reviews reviews;

	@Autowired
	FiguresCache cache;

	@Autowired
	MutableClock clock;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	ProjectView parks;

	Long indicator;

	Long bulletin;

	@BeforeEach
	void buildDataset() {
		clean();
		this.parks = this.data.project("1-3");
		this.indicator = this.parks.indicators().get(0).id();
		this.data.allocate(this.indicator, "zunhua", 5);
	}

	@AfterEach
	void clean() {
		this.clock.reset();
		if (this.bulletin != null) {
			this.jdbc.update("delete from bulletin where id = ?", this.bulletin);
			this.bulletin = null;
		}
		Long project = this.data.project("1-3").id();
		this.jdbc.update("delete from report where project_id = ?", project);
		this.jdbc.update("delete from allocation where indicator_id in (select id from indicator where project_id = ?)",
				project);
	}

	@Test
	void anApprovalAndAReopeningShowAtOnceEverywhere() throws Exception {
		CurrentUser fgw = this.data.user("fgw");
		Long report = submit("zunhua", 3);
		this.bulletin = this.bulletins.draft(fgw, MAY);
		// Read (and cache) everything while the report waits: nothing approved yet.
		assertShown(fgw, null);
		assertShown(fgw, null);
		long before = this.cache.version();

		this.reviews.approve(this.data.user("cgj"), report, version(report));
		assertThat(this.cache.version()).isNotEqualTo(before);
		assertShown(fgw, new BigDecimal("3"));
		assertThat(approvedOnThePage()).isEqualTo("3");

		this.reviews.reopen(fgw, report, version(report), "数字有误");
		assertShown(fgw, null);
		assertThat(approvedOnThePage()).isEqualTo("0");
	}

	@Test
	void aSecondRequestIsServedFromTheCacheAndAChangeBySqlIsSeen() throws Exception {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		try {
			CurrentUser fgw = this.data.user("fgw");
			statistics.clear();
			Dashboard first = this.dashboards.view(fgw, MAY);
			long computed = statistics.getPrepareStatementCount();
			statistics.clear();
			Dashboard second = this.dashboards.view(fgw, MAY);
			// Only the version is read.
			assertThat(statistics.getPrepareStatementCount()).isEqualTo(1).isLessThan(computed);
			assertThat(second).isSameAs(first);
			// Another node (or any SQL) approving a report: the next view sees it.
			Long report = submit("zunhua", 4);
			this.jdbc.update("update report set status = 'APPROVED', reviewed_at = now() where id = ?", report);
			Dashboard after = this.dashboards.view(fgw, MAY);
			assertThat(after).isNotSameAs(first);
			assertThat(line(after).approved()).isEqualByComparingTo("4");
		}
		finally {
			statistics.setStatisticsEnabled(false);
		}
	}

	@Test
	void savingADraftLeavesTheVersionSubmittingMovesIt() {
		long before = this.cache.version();
		Long report = this.jdbc.queryForObject("""
				insert into report (unit_id, project_id, period, status, updated_at)
				values (?, ?, ?, 'DRAFT', now()) returning id""", Long.class, this.data.unitId("zunhua"),
				this.parks.id(), MAY.atDay(1));
		this.jdbc.update("insert into report_value (report_id, indicator_id, cumulative) values (?, ?, 2)", report,
				this.indicator);
		this.jdbc.update("update report_value set cumulative = 3 where report_id = ?", report);
		assertThat(this.cache.version()).isEqualTo(before);
		this.jdbc.update(
				"update report set status = 'SUBMITTED', first_submitted_at = now(), submitted_at = now() where id = ?",
				report);
		long submitted = this.cache.version();
		assertThat(submitted).isNotEqualTo(before);
		this.jdbc.update("update report_value set cumulative = 4 where report_id = ?", report);
		assertThat(this.cache.version()).isNotEqualTo(submitted);
		long settings = this.cache.version();
		this.jdbc.update("update unit set short_name = short_name where code = 'zunhua'");
		assertThat(this.cache.version()).isNotEqualTo(settings);
	}

	@Test
	void aDeadlinePassingMovesAReportFromNotDueToMissingAtOnce() {
		CurrentUser fgw = this.data.user("fgw");
		// 5 June 23:00: May's reports are due by the end of 5 June.
		this.clock.set(LocalDateTime.of(2024, 6, 5, 23, 0));
		Dashboard before = this.dashboards.view(fgw, MAY);
		assertThat(this.dashboards.view(fgw, MAY)).isSameAs(before);
		assertThat(before.reportCount(Completeness.NOT_DUE)).isPositive();
		int notDue = before.reportCount(Completeness.NOT_DUE);
		int missing = before.reportCount(Completeness.MISSING);
		this.clock.set(LocalDateTime.of(2024, 6, 6, 0, 30));
		Dashboard after = this.dashboards.view(fgw, MAY);
		assertThat(after.reportCount(Completeness.NOT_DUE)).isZero();
		assertThat(after.reportCount(Completeness.MISSING)).isEqualTo(missing + notDue);
		// And back: a clock set back is not served the later figures.
		this.clock.set(LocalDateTime.of(2024, 6, 5, 23, 0));
		assertThat(this.dashboards.view(fgw, MAY).reportCount(Completeness.NOT_DUE)).isEqualTo(notDue);
	}

	/**
	 * The dashboard, the breakdown, the ledger and the draft bulletin all show
	 * {@code approved} for 1-3 (null: nothing approved, the city's sum 0).
	 */
	private void assertShown(CurrentUser fgw, BigDecimal approved) {
		BigDecimal city = (approved != null) ? approved : BigDecimal.ZERO;
		assertThat(line(this.dashboards.view(fgw, MAY)).approved()).as("dashboard").isEqualByComparingTo(city);
		Breakdown breakdown = this.dashboards.breakdown(fgw, this.parks.id(), MAY);
		Breakdown.UnitLine zunhua = breakdown.indicators()
			.get(0)
			.units()
			.stream()
			.filter((u) -> u.unit().code().equals("zunhua"))
			.findFirst()
			.orElseThrow();
		if (approved == null) {
			assertThat(zunhua.approved()).as("breakdown").isNull();
		}
		else {
			assertThat(zunhua.approved()).as("breakdown").isEqualByComparingTo(approved);
		}
		WorkLedger.ProjectEntry entry = this.ledgers.of(fgw, MAY)
			.projects()
			.stream()
			.filter((p) -> p.project().code().equals("1-3"))
			.findFirst()
			.orElseThrow();
		assertThat(entry.indicators().get(0).approved()).as("ledger").isEqualByComparingTo(city);
		BulletinFigures.ProjectRow row = this.bulletins.view(fgw, this.bulletin)
			.figures()
			.projects()
			.stream()
			.filter((p) -> p.code().equals("1-3"))
			.findFirst()
			.orElseThrow();
		assertThat(row.indicators().get(0).approved()).as("bulletin").isEqualByComparingTo(city);
	}

	private String approvedOnThePage() throws Exception {
		String html = this.mvc.perform(get("/dashboard?month=2024-05").with(PortalUsers.user("fgw")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html).selectFirst("#indicator-" + this.indicator + " .approved").text();
	}

	private Dashboard.IndicatorLine line(Dashboard dashboard) {
		return dashboard.projects()
			.stream()
			.filter((p) -> p.project().code().equals("1-3"))
			.findFirst()
			.orElseThrow()
			.indicators()
			.get(0);
	}

	private Long submit(String unit, int cumulative) {
		OffsetDateTime at = LocalDateTime.of(2024, 6, 3, 10, 0).atZone(MutableClock.ZONE).toOffsetDateTime();
		Long id = this.jdbc.queryForObject("""
				insert into report (unit_id, project_id, period, status, first_submitted_at, submitted_at, updated_at)
				values (?, ?, ?, 'SUBMITTED', ?, ?, ?) returning id""", Long.class, this.data.unitId(unit),
				this.parks.id(), MAY.atDay(1), at, at, at);
		this.jdbc.update("insert into report_value (report_id, indicator_id, cumulative) values (?, ?, ?)", id,
				this.indicator, cumulative);
		return id;
	}

	private long version(Long report) {
		return this.jdbc.queryForObject("select version from report where id = ?", Long.class, report);
	}

}
