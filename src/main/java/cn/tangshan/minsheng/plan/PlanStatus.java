package cn.tangshan.minsheng.plan;

/**
 * Where a plan year stands: a 草稿 the coordinator still edits, the year in force (at most
 * one), or an archived year that is read-only.
 */
public enum PlanStatus {

	/** 草稿: imported, not started; no entry or review. */
	DRAFT,
	/** 执行中: the year the portal works on. */
	ACTIVE,
	/** 已归档: a past year, readable and printable, never changed. */
	ARCHIVED;

	/** Message key of the state's name ({@code plan.status.DRAFT} …). */
	public String messageKey() {
		return "plan.status." + name();
	}

}
