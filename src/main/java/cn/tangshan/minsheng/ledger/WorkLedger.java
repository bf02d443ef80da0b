package cn.tangshan.minsheng.ledger;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import cn.tangshan.minsheng.dashboard.Breakdown;
import cn.tangshan.minsheng.dashboard.Dashboard;
import cn.tangshan.minsheng.plan.IndicatorView;
import cn.tangshan.minsheng.plan.PlanSummary;
import cn.tangshan.minsheng.plan.ProjectView;
import cn.tangshan.minsheng.progress.ProgressSettings;
import cn.tangshan.minsheng.progress.Status;

/**
 * The work ledger of a month as the signed-in user may see it: the dashboard's figures
 * laid out as the coordinator's ledger.
 *
 * @param months the months that may be looked at, newest first
 * @param county whether the viewer is a county (its ledger holds its own lines only)
 * @param scope the viewer's unit where the ledger is limited to it (a department's or a
 * county's), {@code null} for the whole plan
 * @param groups the ledger proper: one line per project indicator, by group
 * @param counties the breakdown by unit of each quantitative indicator
 * @param completeness reporting by unit and month, January to the ledger's month
 */
public record WorkLedger(PlanSummary plan, YearMonth month, List<YearMonth> months, ProgressSettings settings,
		BigDecimal expectedPercent, boolean county, String scope, List<Group> groups, List<CountyRow> counties,
		Dashboard.Matrix completeness) {

	public List<ProjectEntry> projects() {
		return this.groups.stream().flatMap((g) -> g.projects().stream()).toList();
	}

	public int indicatorCount() {
		return projects().stream().mapToInt((p) -> p.indicators().size()).sum();
	}

	/** A group of projects (省达19项民生工程 …). */
	public record Group(int number, String name, List<ProjectEntry> projects) {
	}

	/**
	 * A project with its light, lead departments, the latest approved texts (each unit's
	 * text on its own line, prefixed by the unit) and its indicators' lines.
	 */
	public record ProjectEntry(ProjectView project, Status status, String leads, String progress, String problems,
			List<Dashboard.IndicatorLine> indicators) {
	}

	/** One indicator's lines by unit. */
	public record CountyRow(ProjectView project, IndicatorView indicator, List<UnitEntry> units) {
	}

	/**
	 * A unit's figures (the dashboard's breakdown line) and the texts of its latest
	 * approved report on the project, empty where it wrote none.
	 */
	public record UnitEntry(Breakdown.UnitLine figures, String progress, String problems) {
	}

}
