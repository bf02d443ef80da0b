package cn.tangshan.minsheng.notification;

/**
 * What a notification is about; the message key is {@code notification.kind.<KIND>}.
 */
public enum NotificationKind {

	/** 催报: the month's report has not been submitted. */
	REPORT_REMINDER,

	/** 通报: the coordinator issued a progress bulletin for the month. */
	BULLETIN_ISSUED,

	/** 督办: the coordinator issued a supervision order to the unit. */
	SUPERVISION_ORDER,

	/** 督办逾期: a supervision order to the unit is past its deadline without an answer. */
	SUPERVISION_OVERDUE,

	/** A reviewer returned one of the unit's reports for correction. */
	REPORT_RETURNED,

	/**
	 * The month's deadline is within three days and the unit has not submitted
	 * everything.
	 */
	DEADLINE_SOON,

	/** 问题交办: the coordinator assigned a problem to the unit. */
	PROBLEM_ASSIGNED,

	/** 问题答复: the responsible unit answered a problem the unit raised. */
	PROBLEM_ANSWERED,

	/** 问题未解决: the raising unit says a problem the unit answered is not solved. */
	PROBLEM_NOT_SOLVED,

	/** 问题逾期: a problem the unit raised or must answer is past its 办理时限. */
	PROBLEM_OVERDUE,

	/**
	 * 典型经验发布: the coordinator published one of the unit's typical-experience articles.
	 */
	EXPERIENCE_PUBLISHED,

	/** 典型经验退回: the coordinator returned one of the unit's articles with a reason. */
	EXPERIENCE_RETURNED;

	public String messageKey() {
		return "notification.kind." + name();
	}

}
