package cn.tangshan.minsheng.progress;

/**
 * Where a monthly report stands in the workflow 草稿 → 已报送 → 已审核 or 已退回, as the
 * completeness rule needs to know it.
 */
public enum ReportState {

	/** 草稿: not submitted; also used when the unit has not started a report at all. */
	DRAFT,

	/** 已报送: submitted, awaiting review. */
	SUBMITTED,

	/** 已审核: approved and locked. */
	APPROVED,

	/** 已退回: returned with a reason, waiting for the unit to resubmit. */
	RETURNED

}
