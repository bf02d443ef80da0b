package cn.tangshan.minsheng.progress;

import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.tangshan.minsheng.progress.InvalidProgressSettingsException.Reason;

/**
 * A plan's progress settings and the rules that depend on them: expected progress (序时进度)
 * per month and the status thresholds.
 *
 * <p>
 * Status, with gap = rate − expected (negative means behind):
 * <ul>
 * <li>{@link Status#COMPLETED} when the target is reached;</li>
 * <li>{@link Status#NORMAL} when gap ≥ −green (exactly 10 points behind is still
 * green);</li>
 * <li>{@link Status#LAGGING} when −red ≤ gap &lt; −green (exactly 30 behind is
 * yellow);</li>
 * <li>{@link Status#SERIOUSLY_LAGGING} when gap &lt; −red;</li>
 * <li>{@link Status#NOT_APPLICABLE} when the rate is.</li>
 * </ul>
 * The gap is taken on the rate rounded to one decimal, the figure readers see.
 *
 * @param expectedByMonth expected cumulative percent at the end of months 1 to 12
 * @param greenGapPoints the most points behind that still count as 正常
 * @param redGapPoints the most points behind that still count as 滞后
 */
public record ProgressSettings(List<BigDecimal> expectedByMonth, BigDecimal greenGapPoints, BigDecimal redGapPoints) {

	private static final int MONTHS = 12;

	/**
	 * @throws InvalidProgressSettingsException unless the schedule has twelve values from
	 * 0 to 100 that never decrease and reach 100 in December, and 0 ≤ green &lt; red
	 */
	public ProgressSettings {
		expectedByMonth = List.copyOf(Objects.requireNonNull(expectedByMonth, "expectedByMonth"));
		Objects.requireNonNull(greenGapPoints, "greenGapPoints");
		Objects.requireNonNull(redGapPoints, "redGapPoints");
		validateSchedule(expectedByMonth);
		if (greenGapPoints.signum() < 0) {
			throw new InvalidProgressSettingsException(Reason.GREEN_GAP_NEGATIVE, 0,
					"Green gap must not be negative, was " + greenGapPoints);
		}
		if (greenGapPoints.compareTo(redGapPoints) >= 0) {
			throw new InvalidProgressSettingsException(Reason.GREEN_GAP_NOT_BELOW_RED, 0,
					"Green gap " + greenGapPoints + " must be below red gap " + redGapPoints);
		}
	}

	/**
	 * 10%, 20% … 100% for January to October (基本完成 by the end of October), 100% for
	 * November and December; green up to 10 points behind, yellow up to 30.
	 */
	public static ProgressSettings defaults() {
		List<BigDecimal> schedule = new ArrayList<>();
		for (int month = 1; month <= MONTHS; month++) {
			schedule.add(Percent.round(BigDecimal.valueOf(Math.min(month, 10) * 10)));
		}
		return new ProgressSettings(schedule, BigDecimal.TEN, BigDecimal.valueOf(30));
	}

	/**
	 * Expected cumulative percent at the end of a month of the plan year. Before the plan
	 * starts (month 0 or less) nothing is expected; after December everything is.
	 */
	public BigDecimal expectedPercent(int month) {
		if (month < 1) {
			return Percent.ZERO;
		}
		if (month > MONTHS) {
			return Percent.HUNDRED;
		}
		return this.expectedByMonth.get(month - 1);
	}

	/**
	 * Expected cumulative percent at the end of any month: 0 before the plan year, 100
	 * after it.
	 */
	public BigDecimal expectedPercent(Year planYear, YearMonth month) {
		if (month.getYear() < planYear.getValue()) {
			return Percent.ZERO;
		}
		if (month.getYear() > planYear.getValue()) {
			return Percent.HUNDRED;
		}
		return expectedPercent(month.getMonthValue());
	}

	public Status status(CompletionRate rate, BigDecimal expectedPercent) {
		if (!rate.isApplicable()) {
			return Status.NOT_APPLICABLE;
		}
		if (rate.isComplete()) {
			return Status.COMPLETED;
		}
		BigDecimal gap = rate.percent().orElseThrow().subtract(expectedPercent);
		if (gap.compareTo(this.greenGapPoints.negate()) >= 0) {
			return Status.NORMAL;
		}
		if (gap.compareTo(this.redGapPoints.negate()) >= 0) {
			return Status.LAGGING;
		}
		return Status.SERIOUSLY_LAGGING;
	}

	public Assessment assess(CompletionRate rate, BigDecimal expectedPercent) {
		return new Assessment(rate, expectedPercent, status(rate, expectedPercent));
	}

	/**
	 * The assessment at the end of a month of the plan year.
	 */
	public Assessment assess(CompletionRate rate, int month) {
		return assess(rate, expectedPercent(month));
	}

	private static void validateSchedule(List<BigDecimal> schedule) {
		if (schedule.size() != MONTHS) {
			throw new InvalidProgressSettingsException(Reason.SCHEDULE_NOT_TWELVE_MONTHS, 0,
					"Expected progress needs 12 months, got " + schedule.size());
		}
		for (int month = 1; month <= MONTHS; month++) {
			BigDecimal expected = schedule.get(month - 1);
			if (!Percent.isWithinZeroToHundred(expected)) {
				throw new InvalidProgressSettingsException(Reason.SCHEDULE_OUT_OF_RANGE, month,
						"Expected progress of month " + month + " must be 0 to 100, was " + expected);
			}
			if (month > 1 && expected.compareTo(schedule.get(month - 2)) < 0) {
				throw new InvalidProgressSettingsException(Reason.SCHEDULE_DECREASING, month,
						"Expected progress of month " + month + " is below the month before");
			}
		}
		if (schedule.get(MONTHS - 1).compareTo(Percent.HUNDRED) != 0) {
			throw new InvalidProgressSettingsException(Reason.SCHEDULE_INCOMPLETE_IN_DECEMBER, MONTHS,
					"Expected progress must reach 100 by December");
		}
	}

}
