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
	DEADLINE_SOON;

	public String messageKey() {
		return "notification.kind." + name();
	}

}
