package cn.tangshan.minsheng.notification;

/**
 * What a notification is about; the message key is {@code notification.kind.<KIND>}.
 */
public enum NotificationKind {

	/** 催报: the month's report has not been submitted. */
	REPORT_REMINDER,

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
