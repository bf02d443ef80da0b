package cn.tangshan.minsheng.dashboard;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

import cn.tangshan.minsheng.MutableClock;
import cn.tangshan.minsheng.PortalTest;
import cn.tangshan.minsheng.account.PortalUsers;
import cn.tangshan.minsheng.plan.IndicatorView;
import cn.tangshan.minsheng.plan.PlanCatalog;
import cn.tangshan.minsheng.plan.ProjectView;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
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
 * The dashboard is a handful of aggregate queries whatever the data: the number of SQL
 * statements of a page (counted by Hibernate, which runs every query of the request) is
 * the same with no data as with every county reporting every indicator for five months.
 */
@PortalTest
class DashboardStatementCountTests {

	/** Plan, units, settings, the four figure queries, the user: a handful. */
	static final long AT_MOST = 20;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlanCatalog plans;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	Statistics statistics;

	@BeforeEach
	void enableStatistics() {
		clean();
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.statistics.setStatisticsEnabled(true);
	}

	@AfterEach
	void clean() {
		if (this.statistics != null) {
			this.statistics.setStatisticsEnabled(false);
		}
		this.jdbc.update("delete from report");
		this.jdbc.update("delete from allocation");
	}

	@Test
	void statementsDoNotGrowWithTheData() throws Exception {
		long empty = statements("/dashboard?month=2024-05", "fgw");
		long emptyBreakdown = statements("/dashboard/projects/" + firstProject().id() + "?month=2024-05", "fgw");
		int reports = fillEveryCountyForFiveMonths();
		assertThat(reports).isGreaterThan(1000);
		long full = statements("/dashboard?month=2024-05", "fgw");
		long fullJanuary = statements("/dashboard?month=2024-01", "fgw");
		long fullBreakdown = statements("/dashboard/projects/" + firstProject().id() + "?month=2024-05", "fgw");
		long county = statements("/dashboard?month=2024-05", "lunan");
		assertThat(full).isEqualTo(empty).isEqualTo(fullJanuary).isLessThanOrEqualTo(AT_MOST);
		assertThat(fullBreakdown).isEqualTo(emptyBreakdown).isLessThanOrEqualTo(AT_MOST);
		assertThat(county).isLessThanOrEqualTo(AT_MOST);
	}

	private long statements(String url, String user) throws Exception {
		this.statistics.clear();
		this.mvc.perform(get(url).with(PortalUsers.user(user))).andExpect(status().isOk());
		return this.statistics.getPrepareStatementCount();
	}

	private ProjectView firstProject() {
		return this.plans.currentOverview().orElseThrow().projects().get(0);
	}

	/**
	 * Every quantitative indicator split over the 18 counties; every county reports every
	 * project, January to May, approved.
	 */
	private int fillEveryCountyForFiveMonths() {
		List<Long> counties = this.jdbc.queryForList("select id from unit where type = 'COUNTY'", Long.class);
		OffsetDateTime at = LocalDateTime.of(2024, 6, 1, 9, 0).atZone(MutableClock.ZONE).toOffsetDateTime();
		int count = 0;
		for (ProjectView project : this.plans.currentOverview().orElseThrow().projects()) {
			List<IndicatorView> quantitative = project.indicators()
				.stream()
				.filter(IndicatorView::isQuantitative)
				.toList();
			if (quantitative.isEmpty()) {
				continue;
			}
			for (IndicatorView indicator : quantitative) {
				for (Long county : counties) {
					this.jdbc.update(
							"insert into allocation (indicator_id, unit_id, amount, updated_at) values (?, ?, 100, now())",
							indicator.id(), county);
				}
			}
			for (Long county : counties) {
				for (int month = 1; month <= 5; month++) {
					Long report = this.jdbc.queryForObject("""
							insert into report (unit_id, project_id, period, status, first_submitted_at, submitted_at,
								reviewed_at, updated_at)
							values (?, ?, make_date(2024, ?, 1), 'APPROVED', ?, ?, ?, ?) returning id""", Long.class,
							county, project.id(), month, at, at, at, at);
					for (IndicatorView indicator : quantitative) {
						this.jdbc.update(
								"insert into report_value (report_id, indicator_id, cumulative) values (?, ?, ?)",
								report, indicator.id(), month * 10);
					}
					count++;
				}
			}
		}
		return count;
	}

}
