package cn.tangshan.minsheng.progress;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CompletionRateTest {

	@Test
	void halfOfTheResettlementHousingIsFiftyPercent() {
		CompletionRate rate = CompletionRate.of(new BigDecimal("7796.5"), new BigDecimal("15593"));

		assertThat(rate.percent()).contains(new BigDecimal("50.0"));
		assertThat(rate.isApplicable()).isTrue();
		assertThat(rate.isComplete()).isFalse();
	}

	@Test
	void roundsHalfUpToOneDecimal() {
		assertThat(rate("1", "3")).isEqualTo("33.3");
		assertThat(rate("2", "3")).isEqualTo("66.7");
		assertThat(rate("1", "8")).isEqualTo("12.5");
		assertThat(rate("1", "2000")).isEqualTo("0.1");
		assertThat(rate("1", "2001")).isEqualTo("0.0");
		assertThat(rate("0", "500")).isEqualTo("0.0");
	}

	@Test
	void mayExceedOneHundredPercent() {
		CompletionRate rate = CompletionRate.of(new BigDecimal("19.5"), new BigDecimal("15"));

		assertThat(rate.percent()).contains(new BigDecimal("130.0"));
		assertThat(rate.cappedPercent()).contains(new BigDecimal("100.0"));
		assertThat(rate.isComplete()).isTrue();
	}

	@Test
	void reachingTheTargetExactlyIsComplete() {
		CompletionRate rate = CompletionRate.of(new BigDecimal("50"), new BigDecimal("50"));

		assertThat(rate.percent()).contains(new BigDecimal("100.0"));
		assertThat(rate.isComplete()).isTrue();
	}

	@Test
	void oneHouseShortShowsOneHundredButIsNotComplete() {
		CompletionRate rate = CompletionRate.of(new BigDecimal("15592"), new BigDecimal("15593"));

		assertThat(rate.percent()).contains(new BigDecimal("100.0"));
		assertThat(rate.isComplete()).isFalse();
	}

	@Test
	void belowOneHundredTheCappedPercentIsThePercent() {
		assertThat(CompletionRate.of(new BigDecimal("160"), new BigDecimal("230")).cappedPercent())
			.contains(new BigDecimal("69.6"));
	}

	@Test
	void zeroTargetIsNotApplicable() {
		CompletionRate rate = CompletionRate.of(new BigDecimal("3"), BigDecimal.ZERO);

		assertThat(rate.isApplicable()).isFalse();
		assertThat(rate.percent()).isEmpty();
		assertThat(rate.cappedPercent()).isEmpty();
		assertThat(rate.isComplete()).isFalse();
		assertThat(rate).isEqualTo(CompletionRate.notApplicable());
	}

	@Test
	void zeroTargetWithTrailingZerosIsNotApplicable() {
		assertThat(CompletionRate.of(BigDecimal.ONE, new BigDecimal("0.00")).isApplicable()).isFalse();
	}

	@Test
	void missingTargetIsNotApplicable() {
		assertThat(CompletionRate.of(BigDecimal.ONE, null).isApplicable()).isFalse();
		assertThat(CompletionRate.of(null, null).isApplicable()).isFalse();
	}

	@Test
	void nothingApprovedCountsAsZero() {
		CompletionRate rate = CompletionRate.of(null, new BigDecimal("500"));

		assertThat(rate.percent()).contains(new BigDecimal("0.0"));
		assertThat(rate.isComplete()).isFalse();
	}

	@Test
	void negativeFiguresAreRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> CompletionRate.of(new BigDecimal("-1"), BigDecimal.TEN));
		assertThatIllegalArgumentException().isThrownBy(() -> CompletionRate.of(BigDecimal.ONE, new BigDecimal("-10")));
	}

	@Test
	void milestonePercentIsTheRate() {
		CompletionRate rate = CompletionRate.milestone(new BigDecimal("45"));

		assertThat(rate.percent()).contains(new BigDecimal("45.0"));
		assertThat(rate.isComplete()).isFalse();
		assertThat(CompletionRate.milestone(new BigDecimal("45.25")).percent()).contains(new BigDecimal("45.3"));
	}

	@Test
	void milestoneAtOneHundredIsComplete() {
		CompletionRate rate = CompletionRate.milestone(new BigDecimal("100"));

		assertThat(rate.percent()).contains(new BigDecimal("100.0"));
		assertThat(rate.isComplete()).isTrue();
	}

	@Test
	void milestoneNotReportedCountsAsZero() {
		assertThat(CompletionRate.milestone(null).percent()).contains(new BigDecimal("0.0"));
	}

	@Test
	void milestoneOutsideZeroToHundredIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> CompletionRate.milestone(new BigDecimal("100.01")));
		assertThatIllegalArgumentException().isThrownBy(() -> CompletionRate.milestone(new BigDecimal("-1")));
	}

	@Test
	void ratesWithTheSameFiguresAreEqual() {
		assertThat(CompletionRate.of(new BigDecimal("7796.5"), new BigDecimal("15593")))
			.isEqualTo(CompletionRate.milestone(new BigDecimal("50")))
			.hasSameHashCodeAs(CompletionRate.milestone(new BigDecimal("50")));
		assertThat(CompletionRate.of(new BigDecimal("15592"), new BigDecimal("15593")))
			.isNotEqualTo(CompletionRate.milestone(new BigDecimal("100")));
	}

	private static String rate(String value, String target) {
		return CompletionRate.of(new BigDecimal(value), new BigDecimal(target)).percent().orElseThrow().toPlainString();
	}

}
