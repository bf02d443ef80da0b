package cn.tangshan.minsheng.bulletin;

import java.math.BigDecimal;
import java.util.List;

/**
 * The figures of a bulletin: the dashboard's for its month, taken live for a draft and
 * stored when it is issued. Texts that depend on the language (targets with their
 * qualifiers, unit names) are stored as they were written, so an issued bulletin reads
 * the same forever.
 *
 * @param month the month, {@code yyyy-MM}
 * @param expectedPercent 序时进度
 * @param overallPercent 总体完成率, {@code null} without any quantitative figure
 */
public record BulletinFigures(String month, BigDecimal expectedPercent, BigDecimal overallPercent, int completed,
		int ahead, int onSchedule, int lagging, int seriouslyLagging, int notApplicable, List<ProjectRow> projects,
		List<RankRow> ranking, List<String> unranked, List<ExperienceRow> experiences) {

	public BulletinFigures {
		projects = List.copyOf(projects);
		ranking = List.copyOf(ranking);
		unranked = List.copyOf(unranked);
		// Bulletins issued before typical experience existed have none.
		experiences = (experiences != null) ? List.copyOf(experiences) : List.of();
	}

	/** The same figures with the 典型经验 section's articles. */
	public BulletinFigures withExperiences(List<ExperienceRow> rows) {
		return new BulletinFigures(this.month, this.expectedPercent, this.overallPercent, this.completed, this.ahead,
				this.onSchedule, this.lagging, this.seriouslyLagging, this.notApplicable, this.projects, this.ranking,
				this.unranked, rows);
	}

	public int total() {
		return this.completed + this.ahead + this.onSchedule + this.lagging + this.seriouslyLagging
				+ this.notApplicable;
	}

	public int indicatorCount() {
		return this.projects.stream().mapToInt((p) -> p.indicators().size()).sum();
	}

	/**
	 * A project of the 进展情况表 with its light (a {@code progress.Status} name).
	 */
	public record ProjectRow(String code, String name, String leads, String status, List<IndicatorRow> indicators) {

		public ProjectRow {
			indicators = List.copyOf(indicators);
		}

	}

	/**
	 * One indicator: the target as written (约950000名), the approved cumulative, the rate
	 * and the gap to expected progress in points; rate and gap {@code null} when not
	 * applicable.
	 */
	public record IndicatorRow(String name, boolean quantitative, String target, BigDecimal approved,
			String measureUnit, BigDecimal ratePercent, BigDecimal gap, String status) {
	}

	/**
	 * A county of the 排名表; {@code mark} a {@code CountyRanking.Mark} name and
	 * {@code change} the places gained since last month, {@code null} if it was not
	 * ranked.
	 */
	/**
	 * A typical-experience article of the 典型经验 section, as it read when the bulletin was
	 * issued (live for a draft).
	 */
	public record ExperienceRow(Long id, String title, String unit, String project, String body) {
	}

	public record RankRow(int rank, String county, BigDecimal score, BigDecimal onTimePercent, String mark,
			Integer change) {
	}

}
