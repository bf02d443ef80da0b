package cn.tangshan.minsheng.reporting;

import java.util.Set;

import cn.tangshan.minsheng.progress.ReportState;

/**
 * Where a monthly report is in its workflow: 草稿 → 已报送 → 已审核 (locked) or 已退回 (with a
 * reason) → 已报送 … The allowed transitions live here, so an illegal one cannot happen
 * whatever a page offers.
 */
public enum ReportStatus {

	DRAFT, SUBMITTED, APPROVED, RETURNED;

	/**
	 * Whether the reporting unit may change the figures and texts.
	 */
	public boolean isEditable() {
		return this == DRAFT || this == RETURNED;
	}

	boolean canBecome(ReportStatus next) {
		return switch (this) {
			case DRAFT, RETURNED -> Set.of(SUBMITTED).contains(next);
			case SUBMITTED -> Set.of(APPROVED, RETURNED).contains(next);
			// Only a coordinator's reopening leaves an approved report, back to the unit.
			case APPROVED -> next == RETURNED;
		};
	}

	public ReportState toProgressState() {
		return ReportState.valueOf(name());
	}

}
