package cn.tangshan.minsheng.progress;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * An indicator's standing at the end of a month: its rate, the expected progress and the
 * resulting status. Made by {@link ProgressSettings#assess}.
 */
public record Assessment(CompletionRate rate, BigDecimal expectedPercent, Status status) {

	/**
	 * Rate − expected in points, negative when behind; empty when the rate is not
	 * applicable.
	 */
	public Optional<BigDecimal> gap() {
		return this.rate.percent().map((percent) -> percent.subtract(this.expectedPercent));
	}

}
