package cn.tangshan.minsheng.dashboard;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import cn.tangshan.minsheng.org.UnitView;

/**
 * The dashboard of a month with what exports print beyond it (the work ledger): every
 * visible project's breakdown by unit and the texts of the latest approved reports, all
 * from one calculation and in the dashboard's scope.
 *
 * @param breakdowns the visible projects' breakdowns, in plan order
 * @param narratives by project id: the latest approved texts of the units whose details
 * the viewer sees (a county only its own), lead departments first
 */
public record DashboardDetails(Dashboard dashboard, List<Breakdown> breakdowns, Map<Long, List<Narrative>> narratives) {

	public List<Narrative> narratives(Long projectId) {
		return this.narratives.getOrDefault(projectId, List.of());
	}

	/**
	 * A unit's texts of its latest approved report on a project.
	 *
	 * @param month the report's month, up to the month looked at
	 */
	public record Narrative(UnitView unit, YearMonth month, String progress, String problems) {
	}

}
