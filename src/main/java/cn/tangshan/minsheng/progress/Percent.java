package cn.tangshan.minsheng.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Percent arithmetic shared by the rules: one decimal, rounded half-up.
 */
final class Percent {

	static final int SCALE = 1;

	static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100).setScale(SCALE);

	private Percent() {
	}

	/**
	 * {@code part} as a percent of {@code whole}; {@code whole} must be positive.
	 */
	static BigDecimal of(BigDecimal part, BigDecimal whole) {
		return part.multiply(HUNDRED).divide(whole, SCALE, RoundingMode.HALF_UP);
	}

	static BigDecimal round(BigDecimal percent) {
		return percent.setScale(SCALE, RoundingMode.HALF_UP);
	}

	static boolean isWithinZeroToHundred(BigDecimal percent) {
		return percent.signum() >= 0 && percent.compareTo(HUNDRED) <= 0;
	}

}
