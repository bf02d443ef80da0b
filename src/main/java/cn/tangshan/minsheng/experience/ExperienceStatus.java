package cn.tangshan.minsheng.experience;

/**
 * Where an article stands: 草稿 → 已报送 → 已发布, or 已退回 (the unit edits and submits again). The
 * coordinator may also take a published article back (已退回, with a reason).
 */
public enum ExperienceStatus {

	DRAFT, SUBMITTED, RETURNED, PUBLISHED;

	/** The unit may still change the article. */
	public boolean isEditable() {
		return this == DRAFT || this == RETURNED;
	}

	public String messageKey() {
		return "experience.status." + name();
	}

}
