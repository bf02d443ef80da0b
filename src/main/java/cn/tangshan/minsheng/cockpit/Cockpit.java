package cn.tangshan.minsheng.cockpit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.tangshan.minsheng.bulletin.BulletinSummary;
import cn.tangshan.minsheng.dashboard.Dashboard;
import cn.tangshan.minsheng.experience.PublishedExperience;
import cn.tangshan.minsheng.org.UnitView;
import cn.tangshan.minsheng.plan.ProjectView;
import cn.tangshan.minsheng.problem.Problems;
import cn.tangshan.minsheng.supervision.SupervisionView;

/**
 * The cockpit of a month: every figure is the dashboard's of the same month and scope
 * ({@link #dashboard}), arranged for a leader to read in ten seconds.
 *
 * @param red the 严重滞后 projects in plan order
 * @param yellow the 滞后 projects in plan order
 * @param top the first three of the county ranking
 * @param bottom the last three (never one of {@code top}), the last ranked last
 * @param notReported the units that have not submitted the month's report for at least
 * one of their projects, as the dashboard's reminder reaches them; empty for an archived
 * year ({@code archived})
 * @param openOrders supervision orders of the plan year not yet closed
 * @param overdueOrders those of them past their deadline without an answer, the oldest
 * deadline first
 * @param latestBulletin the plan year's latest issued bulletin, or null
 * @param problems the 问题清单 in figures
 * @param trend the overall completion by month against 序时进度
 * @param map the county map (by ranking score, or by the chosen project's completion)
 * @param mapProjects the projects the map may be coloured by
 * @param mapProject the project chosen, or null for the ranking score
 * @param experiences the plan year's latest published typical experience (典型经验)
 */
public record Cockpit(Dashboard dashboard, List<Dashboard.ProjectLine> red, List<Dashboard.ProjectLine> yellow,
		List<Dashboard.RankLine> top, List<Dashboard.RankLine> bottom, List<UnitView> notReported, boolean archived,
		long openOrders, List<SupervisionView> overdueOrders, BulletinSummary latestBulletin, Problems.Summary problems,
		Trend trend, TileMap map, List<ProjectView> mapProjects, Long mapProject,
		List<PublishedExperience> experiences) {

	/** How many published articles the cockpit shows. */
	public static final int EXPERIENCES = 3;

	/** How many of the units that have not reported the cockpit names. */
	public static final int NAMED_UNITS = 8;

	/** The red projects, then the yellow ones. */
	public List<Dashboard.ProjectLine> lagging() {
		List<Dashboard.ProjectLine> all = new ArrayList<>(this.red);
		all.addAll(this.yellow);
		return all;
	}

	/** The names of the first units that have not reported. */
	public String notReportedNames() {
		return String.join("、", this.notReported.stream().limit(NAMED_UNITS).map((u) -> shortName(u)).toList());
	}

	/** How many units that have not reported are not named. */
	public int notReportedUnnamed() {
		return Math.max(0, this.notReported.size() - NAMED_UNITS);
	}

	private static String shortName(UnitView unit) {
		return (unit.shortName() != null && !unit.shortName().isBlank()) ? unit.shortName() : unit.name();
	}

	/** Open problems: waiting to be assigned, or being dealt with. */
	public long openProblems() {
		return this.problems.pending() + this.problems.underWay();
	}

	/**
	 * The overall completion by month as a small server-drawn chart: polyline points in a
	 * {@code width × height} box (0% at the bottom, 100% at the top).
	 *
	 * @param overallPoints the overall completion, month by month
	 * @param expectedPoints 序时进度, month by month
	 * @param lastX where the month looked at lies
	 * @param lastY the overall completion's point of that month
	 * @param first the first month's overall completion
	 * @param change the change since the month before, null in January
	 */
	public record Trend(int width, int height, String overallPoints, String expectedPoints, int lastX, int lastY,
			BigDecimal first, BigDecimal change) {

		public String viewBox() {
			return "0 0 " + this.width + " " + this.height;
		}

		/** The change since the month before, for {@code dashFmt.gap}. */
		public Optional<BigDecimal> changeSinceLastMonth() {
			return Optional.ofNullable(this.change);
		}

	}

}
