package cn.tangshan.minsheng.disclosure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import cn.tangshan.minsheng.experience.PublishedExperience;

/**
 * What the public page shows of a plan year: the plan's header and, from the latest
 * issued bulletin's frozen snapshot only, its month, number, date and figures; and the
 * published typical experience. Nothing else is read.
 *
 * @param bulletinNumber 第N期 of the bulletin the figures come from, null when none was
 * issued yet
 */
public record PublicSnapshot(int planYear, String planTitle, String documentNumber, String issuer,
		Integer bulletinNumber, YearMonth month, LocalDate issuedOn, BigDecimal expectedPercent,
		BigDecimal overallPercent, int completed, int ahead, int onSchedule, int lagging, int seriouslyLagging,
		List<Project> projects, List<PublishedExperience> experiences, List<County> ranking) {

	public boolean hasBulletin() {
		return this.bulletinNumber != null;
	}

	/** Projects of one group (1: 省达, 2: 市人大票决), in the plan's order. */
	public List<Project> group(int number) {
		return this.projects.stream().filter((p) -> p.groupNumber() == number).toList();
	}

	public List<Integer> groupNumbers() {
		return this.projects.stream().map(Project::groupNumber).distinct().sorted().toList();
	}

	/**
	 * A project as the bulletin had it, with the plan's own id, group and description.
	 */
	public record Project(Long id, String code, int groupNumber, String groupName, String name, String leads,
			String status, String description, List<Indicator> indicators) {
	}

	/**
	 * An indicator: the target as written, the approved cumulative and the rate of the
	 * bulletin; {@code bar} the rate capped at 100 for the progress bar.
	 */
	public record Indicator(String name, boolean quantitative, String target, BigDecimal approved, String measureUnit,
			BigDecimal ratePercent, String status) {

		public BigDecimal bar() {
			if (this.ratePercent == null) {
				return BigDecimal.ZERO;
			}
			return this.ratePercent.min(BigDecimal.valueOf(100)).max(BigDecimal.ZERO).setScale(1, RoundingMode.HALF_UP);
		}

		public String approvedText() {
			if (this.approved == null) {
				return "0";
			}
			BigDecimal stripped = this.approved.stripTrailingZeros();
			return (stripped.scale() < 0) ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
		}

		public String rateText() {
			return (this.ratePercent != null) ? this.ratePercent.setScale(1, RoundingMode.HALF_UP).toPlainString()
					: null;
		}

	}

	/** A county of the bulletin's ranking: name and score (for the map). */
	public record County(int rank, String name, BigDecimal score) {
	}

}
