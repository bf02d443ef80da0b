package cn.tangshan.minsheng.reporting.web;

import cn.tangshan.minsheng.plan.PlanCatalog;
import cn.tangshan.minsheng.plan.ProjectView;
import org.jsoup.nodes.Element;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The fixture of the kept-markup tests ({@link ReportCardsTests},
 * {@link ReviewCardsTests}): project 1-4 (四好农村路) split to 玉田县 (40), 丰润区 (30) and the lead
 * department 市交通运输局 (430), set up exactly as ReportingWorkflowTests sets it up, with its
 * reports removed before and after each test.
 */
final class RuralRoads {

	final Long project;

	final Long indicator;

	private final JdbcTemplate jdbc;

	RuralRoads(PlanCatalog plans, JdbcTemplate jdbc) {
		ProjectView roads = plans.currentOverview()
			.orElseThrow()
			.groups()
			.stream()
			.flatMap((g) -> g.projects().stream())
			.filter((p) -> p.code().equals("1-4"))
			.findFirst()
			.orElseThrow();
		this.project = roads.id();
		this.indicator = roads.indicators().get(0).id();
		this.jdbc = jdbc;
	}

	/** No reports of the project, and its first indicator split three ways. */
	RuralRoads split() {
		clear();
		this.jdbc.update("delete from allocation where indicator_id = ?", this.indicator);
		allocate("yutian", "40");
		allocate("fengrun", "30");
		allocate("jtj", "430");
		return this;
	}

	void clear() {
		this.jdbc.update("delete from audit_entry where report_id in (select id from report where project_id = ?)",
				this.project);
		this.jdbc.update("delete from report where project_id = ?", this.project);
	}

	/** The unit's June 2024 report of the project. */
	Long reportId(String unit) {
		return this.jdbc.queryForObject(
				"select r.id from report r join unit u on u.id = r.unit_id where u.code = ? and r.project_id = ? and r.period = '2024-06-01'",
				Long.class, unit, this.project);
	}

	long version(String unit) {
		return this.jdbc.queryForObject("select version from report where id = ?", Long.class, reportId(unit));
	}

	/** A copy of kept markup with its CSRF tokens (one for each request) left out. */
	static Element withoutTokens(Element kept) {
		Element copy = kept.clone();
		copy.select("input[name=_csrf]").forEach((i) -> i.val(""));
		return copy;
	}

	private void allocate(String unit, String amount) {
		this.jdbc.update(
				"insert into allocation (indicator_id, unit_id, amount, updated_at) values (?, ?, ?::numeric, now())",
				this.indicator, this.jdbc.queryForObject("select id from unit where code = ?", Long.class, unit),
				amount);
	}

}
