package cn.tangshan.minsheng.progress;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * 完成率 of one indicator: approved cumulative ÷ target, as a percent with one decimal
 * (half-up). It may exceed 100%. For the city the cumulative is the sum of the units'
 * approved values and the target the city target; for a county, its own value and its
 * allocation.
 *
 * <p>
 * A rate is <em>not applicable</em> when there is no positive target (a county allocated
 * nothing of an indicator): there is nothing to divide by and nothing to judge.
 *
 * <p>
 * Not a record: a not-applicable rate has no percent, and {@link #isComplete()} is
 * decided on the exact figures, not on the rounded percent.
 */
public final class CompletionRate {

	private static final CompletionRate NOT_APPLICABLE = new CompletionRate(null, false);

	private final BigDecimal percent;

	private final boolean complete;

	private CompletionRate(BigDecimal percent, boolean complete) {
		this.percent = percent;
		this.complete = complete;
	}

	/**
	 * The rate of a quantitative indicator.
	 * @param approvedCumulative the approved cumulative value since 1 January;
	 * {@code null} when nothing has been approved, which counts as 0 because only
	 * approved values count (whether the unit reported is a matter of
	 * {@link Completeness}, not of the rate)
	 * @param target the target or allocation; {@code null} or 0 makes the rate not
	 * applicable
	 * @throws IllegalArgumentException if either figure is negative
	 */
	public static CompletionRate of(BigDecimal approvedCumulative, BigDecimal target) {
		BigDecimal value = (approvedCumulative != null) ? approvedCumulative : BigDecimal.ZERO;
		requireNotNegative(value, "approved cumulative");
		if (target == null || target.signum() == 0) {
			return NOT_APPLICABLE;
		}
		requireNotNegative(target, "target");
		return new CompletionRate(Percent.of(value, target), value.compareTo(target) >= 0);
	}

	/**
	 * The rate of a milestone indicator: the reporter's self-assessed percent complete is
	 * the rate itself.
	 * @param selfAssessedPercent 0 to 100; {@code null} (nothing approved) counts as 0
	 * @throws IllegalArgumentException if the percent is outside 0 to 100
	 */
	public static CompletionRate milestone(BigDecimal selfAssessedPercent) {
		BigDecimal value = (selfAssessedPercent != null) ? selfAssessedPercent : BigDecimal.ZERO;
		if (!Percent.isWithinZeroToHundred(value)) {
			throw new IllegalArgumentException("Self-assessed percent must be 0 to 100, was " + value);
		}
		return new CompletionRate(Percent.round(value), value.compareTo(Percent.HUNDRED) == 0);
	}

	public static CompletionRate notApplicable() {
		return NOT_APPLICABLE;
	}

	public boolean isApplicable() {
		return this.percent != null;
	}

	/**
	 * The percent with one decimal, e.g. 50.0; empty when not applicable.
	 */
	public Optional<BigDecimal> percent() {
		return Optional.ofNullable(this.percent);
	}

	/**
	 * min(rate, 100%), the share the county ranking counts: overshooting one indicator
	 * must not hide lagging on another.
	 */
	public Optional<BigDecimal> cappedPercent() {
		return percent().map((p) -> p.min(Percent.HUNDRED));
	}

	/**
	 * Whether the target is reached, on the exact figures: 15592 of 15593 shows as 100.0%
	 * but is not complete.
	 */
	public boolean isComplete() {
		return this.complete;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof CompletionRate that) && Objects.equals(this.percent, that.percent)
				&& this.complete == that.complete;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.percent, this.complete);
	}

	@Override
	public String toString() {
		return (this.percent != null) ? this.percent + "%" + (this.complete ? " (complete)" : "") : "n/a";
	}

	private static void requireNotNegative(BigDecimal value, String what) {
		if (value.signum() < 0) {
			throw new IllegalArgumentException("The " + what + " must not be negative, was " + value);
		}
	}

}
