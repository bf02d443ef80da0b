package cn.tangshan.minsheng.e2e;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a browser test needs to know about the demo data to type sensible figures and to
 * check what was stored: ids behind project codes, a county's task and last month's
 * approved figure, the state of its June report.
 */
final class DemoFacts {

	private final JdbcTemplate jdbc;

	DemoFacts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A project's id by its code in the plan, e.g. {@code 1-4}. */
	long project(String code) {
		String[] parts = code.split("-");
		return this.jdbc.queryForObject("""
				select p.id from project p join project_group g on g.id = p.group_id
				where g.group_no = ? and p.project_no = ?""", Long.class, Integer.parseInt(parts[0]),
				Integer.parseInt(parts[1]));
	}

	/** The indicators of a project that a unit has a task for, in plan order. */
	List<Long> indicators(String unit, String projectCode) {
		return this.jdbc.queryForList("""
				select i.id from indicator i
				join allocation a on a.indicator_id = i.id join unit u on u.id = a.unit_id
				where i.project_id = ? and u.code = ? and a.amount > 0 order by i.id""", Long.class,
				project(projectCode), unit);
	}

	BigDecimal approvedMay(String unit, long indicator) {
		return this.jdbc.queryForObject("""
				select v.cumulative from report_value v join report r on r.id = v.report_id
				join unit u on u.id = r.unit_id
				where u.code = ? and v.indicator_id = ? and r.period = date '2024-05-01' and r.status = 'APPROVED'""",
				BigDecimal.class, unit, indicator);
	}

	/** The unit's June report of a project, or null before it is first saved. */
	Long juneReport(String unit, String projectCode) {
		return this.jdbc.query("""
				select r.id from report r join unit u on u.id = r.unit_id
				where u.code = ? and r.project_id = ? and r.period = date '2024-06-01'""",
				(rs) -> rs.next() ? rs.getLong(1) : null, unit, project(projectCode));
	}

	String juneStatus(String unit, String projectCode) {
		Long report = juneReport(unit, projectCode);
		return (report != null)
				? this.jdbc.queryForObject("select status from report where id = ?", String.class, report) : null;
	}

	/**
	 * Removes the unit's June report of a project (its figures, files and audit trail),
	 * so that a journey starts from an empty form however often it runs.
	 */
	void forgetJune(String unit, String projectCode) {
		Long report = juneReport(unit, projectCode);
		if (report != null) {
			this.jdbc.update("delete from audit_entry where report_id = ?", report);
			this.jdbc.update("delete from report where id = ?", report);
		}
	}

}
