package cn.tangshan.minsheng.reporting;

import java.math.BigDecimal;

import cn.tangshan.minsheng.plan.IndicatorView;
import cn.tangshan.minsheng.progress.CompletionRate;

/**
 * One indicator on a report form: the unit's task, last month's approved figure and this
 * month's figure as stored or as typed.
 *
 * @param allocation the unit's share of the target (the city target when unsplit); null
 * for a milestone
 * @param value the figure as text, exactly as the user typed it when a form comes back
 * @param monthly this month's progress: the difference to last month's approved figure
 * @param rate completion rate against the allocation
 */
public record IndicatorRow(IndicatorView indicator, BigDecimal allocation, BigDecimal lastApproved, String value,
		String reason, boolean confirmed, BigDecimal monthly, CompletionRate rate) {

	public String key() {
		return String.valueOf(this.indicator.id());
	}

	public String allocationText() {
		return (this.allocation != null) ? this.allocation.stripTrailingZeros().toPlainString() : "";
	}

	/** The last approved figure as the plan writes it; null for none (pages show —). */
	public String lastApprovedText() {
		return (this.lastApproved != null) ? this.lastApproved.stripTrailingZeros().toPlainString() : null;
	}

	/** This month's progress; null for none (pages show —). */
	public String monthlyText() {
		return (this.monthly != null) ? this.monthly.stripTrailingZeros().toPlainString() : null;
	}

	/** The completion rate; null for none (pages show —). */
	public String rateText() {
		return this.rate.percent().map((p) -> p.toPlainString() + "%").orElse(null);
	}

}
