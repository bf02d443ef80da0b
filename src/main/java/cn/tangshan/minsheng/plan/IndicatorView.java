package cn.tangshan.minsheng.plan;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An indicator as pages and other modules see it.
 */
public record IndicatorView(Long id, Long projectId, int position, String name, IndicatorKind kind, BigDecimal target,
		String measureUnit, Qualifier qualifier) {

	public boolean isQuantitative() {
		return this.kind == IndicatorKind.QUANTITATIVE;
	}

	/**
	 * The target without trailing zeros, as the plan writes it (15593, not 15593.00).
	 */
	public String targetText() {
		return (this.target != null) ? this.target.stripTrailingZeros().toPlainString() : "";
	}

	/**
	 * Message key for the target with its qualifier: {@code indicator.target.AT_LEAST}
	 * etc.
	 */
	public String targetMessageKey() {
		return "indicator.target." + ((this.qualifier != null) ? this.qualifier.name() : "EXACT");
	}

	/**
	 * By id alone (issue #14), as {@link ProjectView#hashCode()}: equal views have equal
	 * ids, so this agrees with {@link #equals}.
	 */
	@Override
	public int hashCode() {
		return Objects.hashCode(this.id);
	}

}
