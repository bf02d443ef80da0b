package cn.tangshan.minsheng.progress;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatusTest {

	private static final int JUNE = 6;

	private static final BigDecimal RESETTLEMENT_HOUSING = new BigDecimal("15593");

	private final ProgressSettings settings = ProgressSettings.defaults();

	@Test
	void onScheduleIsNormal() {
		Assessment june = this.settings.assess(housing("9355.8"), JUNE);

		assertThat(june.rate().percent()).contains(new BigDecimal("60.0"));
		assertThat(june.expectedPercent()).isEqualByComparingTo("60");
		assertThat(june.gap()).hasValueSatisfying((gap) -> assertThat(gap).isEqualByComparingTo("0"));
		assertThat(june.status()).isEqualTo(Status.NORMAL);
	}

	@Test
	void aheadOfScheduleIsNormal() {
		Assessment june = this.settings.assess(housing("12474.4"), JUNE);

		assertThat(june.gap()).hasValueSatisfying((gap) -> assertThat(gap).isEqualByComparingTo("20.0"));
		assertThat(june.status()).isEqualTo(Status.NORMAL);
	}

	@Test
	void exactlyTenPointsBehindIsStillNormal() {
		Assessment june = this.settings.assess(housing("7796.5"), JUNE);

		assertThat(june.rate().percent()).contains(new BigDecimal("50.0"));
		assertThat(june.gap()).hasValueSatisfying((gap) -> assertThat(gap).isEqualByComparingTo("-10.0"));
		assertThat(june.status()).isEqualTo(Status.NORMAL);
	}

	@Test
	void moreThanTenPointsBehindIsLagging() {
		assertThat(statusInJune("49.9")).isEqualTo(Status.LAGGING);
	}

	@Test
	void theBoundaryIsTakenOnTheRoundedRate() {
		// 7788 of 15593 is 49.945…%, shown as 49.9%: 10.1 points behind
		Assessment june = this.settings.assess(housing("7788"), JUNE);
		assertThat(june.rate().percent()).contains(new BigDecimal("49.9"));
		assertThat(june.status()).isEqualTo(Status.LAGGING);

		// 7789 of 15593 is 49.952…%, shown as 50.0%: exactly 10 points behind
		assertThat(this.settings.assess(housing("7789"), JUNE).status()).isEqualTo(Status.NORMAL);
	}

	@Test
	void exactlyThirtyPointsBehindIsLagging() {
		assertThat(statusInJune("30")).isEqualTo(Status.LAGGING);
	}

	@Test
	void moreThanThirtyPointsBehindIsSeriouslyLagging() {
		assertThat(statusInJune("29.9")).isEqualTo(Status.SERIOUSLY_LAGGING);
		assertThat(statusInJune("0")).isEqualTo(Status.SERIOUSLY_LAGGING);
	}

	@Test
	void milestoneFifteenPointsBehindInJuneIsLagging() {
		Assessment june = this.settings.assess(CompletionRate.milestone(new BigDecimal("45")), JUNE);

		assertThat(june.expectedPercent()).isEqualByComparingTo("60");
		assertThat(june.gap()).hasValueSatisfying((gap) -> assertThat(gap).isEqualByComparingTo("-15.0"));
		assertThat(june.status()).isEqualTo(Status.LAGGING);
	}

	@Test
	void aboveTargetIsCompleted() {
		Assessment june = this.settings.assess(CompletionRate.of(new BigDecimal("19.5"), new BigDecimal("15")), JUNE);

		assertThat(june.rate().percent()).contains(new BigDecimal("130.0"));
		assertThat(june.gap()).hasValueSatisfying((gap) -> assertThat(gap).isEqualByComparingTo("70.0"));
		assertThat(june.status()).isEqualTo(Status.COMPLETED);
	}

	@Test
	void completedIsCompletedAfterOctoberToo() {
		assertThat(this.settings.assess(housing("15593"), 12).status()).isEqualTo(Status.COMPLETED);
	}

	@Test
	void oneShortOfTheTargetInDecemberIsNormalNotCompleted() {
		Assessment december = this.settings.assess(housing("15592"), 12);

		assertThat(december.rate().percent()).contains(new BigDecimal("100.0"));
		assertThat(december.status()).isEqualTo(Status.NORMAL);
	}

	@Test
	void inNovemberEverythingIsExpected() {
		assertThat(this.settings.assess(CompletionRate.milestone(new BigDecimal("90")), 11).status())
			.isEqualTo(Status.NORMAL);
		assertThat(this.settings.assess(CompletionRate.milestone(new BigDecimal("89.9")), 11).status())
			.isEqualTo(Status.LAGGING);
		assertThat(this.settings.assess(CompletionRate.milestone(new BigDecimal("69.9")), 11).status())
			.isEqualTo(Status.SERIOUSLY_LAGGING);
	}

	@Test
	void noTargetIsNotApplicable() {
		Assessment june = this.settings.assess(CompletionRate.of(new BigDecimal("3"), BigDecimal.ZERO), JUNE);

		assertThat(june.status()).isEqualTo(Status.NOT_APPLICABLE);
		assertThat(june.gap()).isEmpty();
	}

	@Test
	void beforeThePlanStartsNothingIsLate() {
		Assessment monthZero = this.settings.assess(housing("0"), 0);

		assertThat(monthZero.expectedPercent()).isEqualByComparingTo("0");
		assertThat(monthZero.gap()).hasValueSatisfying((gap) -> assertThat(gap).isEqualByComparingTo("0"));
		assertThat(monthZero.status()).isEqualTo(Status.NORMAL);
	}

	@Test
	void januaryWithNothingDoneIsStillNormal() {
		assertThat(this.settings.assess(housing("0"), 1).status()).isEqualTo(Status.NORMAL);
		assertThat(this.settings.assess(housing("0"), 2).status()).isEqualTo(Status.LAGGING);
		assertThat(this.settings.assess(housing("0"), 4).status()).isEqualTo(Status.SERIOUSLY_LAGGING);
	}

	@Test
	void worstStatusSkipsNotApplicable() {
		assertThat(Status.worst(List.of(Status.COMPLETED, Status.NORMAL))).isEqualTo(Status.NORMAL);
		assertThat(Status.worst(List.of(Status.LAGGING, Status.NOT_APPLICABLE, Status.COMPLETED)))
			.isEqualTo(Status.LAGGING);
		assertThat(Status.worst(List.of(Status.SERIOUSLY_LAGGING, Status.LAGGING, Status.NORMAL)))
			.isEqualTo(Status.SERIOUSLY_LAGGING);
		assertThat(Status.worst(List.of(Status.NOT_APPLICABLE))).isEqualTo(Status.NOT_APPLICABLE);
		assertThat(Status.worst(List.of())).isEqualTo(Status.NOT_APPLICABLE);
	}

	@Test
	void statusesNameTheirMessageKeys() {
		assertThat(Status.SERIOUSLY_LAGGING.messageKey()).isEqualTo("progress.status.SERIOUSLY_LAGGING");
	}

	private Status statusInJune(String milestonePercent) {
		return this.settings.assess(CompletionRate.milestone(new BigDecimal(milestonePercent)), JUNE).status();
	}

	private static CompletionRate housing(String approved) {
		return CompletionRate.of(new BigDecimal(approved), RESETTLEMENT_HOUSING);
	}

}
