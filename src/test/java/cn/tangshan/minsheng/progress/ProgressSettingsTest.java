package cn.tangshan.minsheng.progress;

import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import cn.tangshan.minsheng.progress.InvalidProgressSettingsException.Reason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ProgressSettingsTest {

	private static final Year PLAN_YEAR = Year.of(2024);

	private final ProgressSettings settings = ProgressSettings.defaults();

	@Test
	void defaultScheduleIsTenPercentAMonthUntilOctober() {
		List<String> expected = IntStream.rangeClosed(1, 12)
			.mapToObj((month) -> this.settings.expectedPercent(month).toPlainString())
			.toList();

		assertThat(expected).containsExactly("10.0", "20.0", "30.0", "40.0", "50.0", "60.0", "70.0", "80.0", "90.0",
				"100.0", "100.0", "100.0");
		assertThat(this.settings.greenGapPoints()).isEqualByComparingTo("10");
		assertThat(this.settings.redGapPoints()).isEqualByComparingTo("30");
	}

	@Test
	void nothingIsExpectedBeforeThePlanStarts() {
		assertThat(this.settings.expectedPercent(0)).isEqualByComparingTo("0");
		assertThat(this.settings.expectedPercent(-3)).isEqualByComparingTo("0");
	}

	@Test
	void everythingIsExpectedAfterDecember() {
		assertThat(this.settings.expectedPercent(13)).isEqualByComparingTo("100");
	}

	@Test
	void expectedProgressOfAMonthRelativeToThePlanYear() {
		assertThat(this.settings.expectedPercent(PLAN_YEAR, YearMonth.of(2023, 12))).isEqualByComparingTo("0");
		assertThat(this.settings.expectedPercent(PLAN_YEAR, YearMonth.of(2024, 1))).isEqualByComparingTo("10");
		assertThat(this.settings.expectedPercent(PLAN_YEAR, YearMonth.of(2024, 6))).isEqualByComparingTo("60");
		assertThat(this.settings.expectedPercent(PLAN_YEAR, YearMonth.of(2024, 11))).isEqualByComparingTo("100");
		assertThat(this.settings.expectedPercent(PLAN_YEAR, YearMonth.of(2025, 1))).isEqualByComparingTo("100");
	}

	@Test
	void customScheduleIsUsedAsGiven() {
		List<BigDecimal> schedule = schedule("0", "0", "5", "15", "25", "40", "55", "70", "85", "100", "100", "100");
		ProgressSettings custom = new ProgressSettings(schedule, new BigDecimal("5"), new BigDecimal("20"));

		assertThat(custom.expectedPercent(6)).isEqualByComparingTo("40");
		assertThat(custom.assess(CompletionRate.milestone(new BigDecimal("34")), 6).status()).isEqualTo(Status.LAGGING);
		assertThat(custom.assess(CompletionRate.milestone(new BigDecimal("35")), 6).status()).isEqualTo(Status.NORMAL);
		assertThat(custom.assess(CompletionRate.milestone(new BigDecimal("19.9")), 6).status())
			.isEqualTo(Status.SERIOUSLY_LAGGING);
	}

	@Test
	void scheduleIsCopied() {
		List<BigDecimal> schedule = defaultSchedule();
		ProgressSettings copy = new ProgressSettings(schedule, BigDecimal.TEN, BigDecimal.valueOf(30));
		schedule.set(0, BigDecimal.ZERO);

		assertThat(copy.expectedPercent(1)).isEqualByComparingTo("10");
	}

	@Test
	void scheduleNeedsTwelveMonths() {
		assertInvalid(defaultSchedule().subList(0, 11), "10", "30", Reason.SCHEDULE_NOT_TWELVE_MONTHS, 0);
	}

	@Test
	void scheduleStaysWithinZeroToHundred() {
		List<BigDecimal> schedule = defaultSchedule();
		schedule.set(0, new BigDecimal("-1"));
		assertInvalid(schedule, "10", "30", Reason.SCHEDULE_OUT_OF_RANGE, 1);

		schedule = defaultSchedule();
		schedule.set(10, new BigDecimal("100.1"));
		assertInvalid(schedule, "10", "30", Reason.SCHEDULE_OUT_OF_RANGE, 11);
	}

	@Test
	void scheduleNeverDecreases() {
		List<BigDecimal> schedule = defaultSchedule();
		schedule.set(4, new BigDecimal("39.9"));

		assertInvalid(schedule, "10", "30", Reason.SCHEDULE_DECREASING, 5);
	}

	@Test
	void scheduleReachesOneHundredInDecember() {
		List<BigDecimal> schedule = schedule("5", "10", "15", "20", "25", "30", "35", "40", "45", "50", "60", "90");

		assertInvalid(schedule, "10", "30", Reason.SCHEDULE_INCOMPLETE_IN_DECEMBER, 12);
	}

	@Test
	void greenThresholdIsNotNegative() {
		assertInvalid(defaultSchedule(), "-1", "30", Reason.GREEN_GAP_NEGATIVE, 0);
	}

	@Test
	void greenThresholdIsBelowRed() {
		assertInvalid(defaultSchedule(), "30", "30", Reason.GREEN_GAP_NOT_BELOW_RED, 0);
		assertInvalid(defaultSchedule(), "31", "30", Reason.GREEN_GAP_NOT_BELOW_RED, 0);
	}

	@Test
	void invalidSettingsNameTheirMessageKey() {
		assertThatExceptionOfType(InvalidProgressSettingsException.class)
			.isThrownBy(() -> new ProgressSettings(defaultSchedule(), BigDecimal.TEN, BigDecimal.ONE))
			.satisfies(
					(ex) -> assertThat(ex.messageKey()).isEqualTo("progress.settings.invalid.GREEN_GAP_NOT_BELOW_RED"));
	}

	private static void assertInvalid(List<BigDecimal> schedule, String green, String red, Reason reason, int month) {
		assertThatExceptionOfType(InvalidProgressSettingsException.class)
			.isThrownBy(() -> new ProgressSettings(schedule, new BigDecimal(green), new BigDecimal(red)))
			.satisfies((ex) -> {
				assertThat(ex.reason()).isEqualTo(reason);
				assertThat(ex.month()).isEqualTo(month);
			});
	}

	private static List<BigDecimal> defaultSchedule() {
		return new ArrayList<>(ProgressSettings.defaults().expectedByMonth());
	}

	private static List<BigDecimal> schedule(String... percents) {
		return Arrays.stream(percents).map(BigDecimal::new).collect(Collectors.toCollection(ArrayList::new));
	}

}
