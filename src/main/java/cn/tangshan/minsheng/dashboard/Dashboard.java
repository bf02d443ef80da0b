package cn.tangshan.minsheng.dashboard;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import cn.tangshan.minsheng.org.UnitView;
import cn.tangshan.minsheng.plan.IndicatorView;
import cn.tangshan.minsheng.plan.PlanSummary;
import cn.tangshan.minsheng.plan.ProjectView;
import cn.tangshan.minsheng.progress.Assessment;
import cn.tangshan.minsheng.progress.Completeness;
import cn.tangshan.minsheng.progress.CountyRanking;
import cn.tangshan.minsheng.progress.Headline;
import cn.tangshan.minsheng.progress.ProgressSettings;
import cn.tangshan.minsheng.progress.Status;

/**
 * The dashboard of one month as the signed-in user may see it. Sections a role does not
 * get are empty (a county has no department view).
 *
 * @param month the month looked at
 * @param months the months that may be looked at, newest first
 * @param expectedPercent 序时进度 of the month
 * @param overallPercent 总体完成率: mean over the visible quantitative indicators of min(rate,
 * 100%), the ranking's formula applied to the city
 * @param reports the month's reports in scope by completeness
 * @param notReported the units a reminder would reach (for the coordinator only)
 */
public record Dashboard(PlanSummary plan, YearMonth month, List<YearMonth> months, ProgressSettings settings,
		BigDecimal expectedPercent, Headline headline, BigDecimal overallPercent, Map<Completeness, Integer> reports,
		List<ProjectLine> projects, Ranking ranking, List<DepartmentLine> departments, Matrix matrix, Chart chart,
		HeatMap heatMap, Viewer viewer, List<UnitView> notReported) {

	public int reportCount(Completeness completeness) {
		return this.reports.getOrDefault(completeness, 0);
	}

	/** What the viewer may do and see beyond the figures. */
	public record Viewer(boolean mayRemind, boolean mayChangeSettings, boolean seesDepartments, boolean county) {
	}

	/** A project with its indicators and its light. */
	public record ProjectLine(ProjectView project, Status status, List<IndicatorLine> indicators, long pendingReports) {

		public String leadNames() {
			return String.join("、", this.project.leads().stream().map(UnitView::shortName).toList());
		}

	}

	/**
	 * An indicator of the city: target, approved cumulative (sum over units), rate,
	 * expected progress, gap and light.
	 */
	public record IndicatorLine(IndicatorView indicator, BigDecimal approved, Assessment assessment) {

		/** The rate as a sort key for the table, empty when not applicable. */
		public String rateKey() {
			return this.assessment.rate().percent().map(BigDecimal::toPlainString).orElse("");
		}

		public String gapKey() {
			return this.assessment.gap().map(BigDecimal::toPlainString).orElse("");
		}

	}

	/**
	 * The county ranking of the month.
	 */
	public record Ranking(List<RankLine> ranked, List<UnitView> unranked) {
	}

	public record RankLine(UnitView unit, CountyRanking.Row row) {
	}

	/**
	 * A department's projects with their lights, and the reports waiting for its review.
	 */
	public record DepartmentLine(UnitView department, List<ProjectLight> projects, long pendingReviews) {
	}

	public record ProjectLight(ProjectView project, Status status) {
	}

	/** Units × months: each cell the unit's reporting of that month. */
	public record Matrix(List<YearMonth> months, List<MatrixRow> rows) {
	}

	public record MatrixRow(UnitView unit, List<MatrixCell> cells) {
	}

	/**
	 * One unit's month: the state that needs attention first among its reports, and how
	 * many of them were submitted.
	 */
	public record MatrixCell(YearMonth month, Completeness state, int submitted, int due) {
	}

	/** Overall completion by month against the expected line, January to the month. */
	public record Chart(List<YearMonth> months, List<BigDecimal> overall, List<BigDecimal> expected) {
	}

	/** Counties × projects: each county's score on the project, with its light. */
	public record HeatMap(List<ProjectView> projects, List<HeatRow> rows) {
	}

	public record HeatRow(UnitView unit, List<HeatCell> cells) {
	}

	/** {@code score} is null where the county has no share of the project. */
	public record HeatCell(BigDecimal score, Status status) {
	}

}
