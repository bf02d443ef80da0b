package cn.tangshan.minsheng.notification;

/**
 * What a notification is about; the message key is {@code notification.kind.<KIND>}.
 */
public enum NotificationKind {

	/** 催报: the month's report has not been submitted. */
	REPORT_REMINDER,

	/** 通报: the coordinator issued a progress bulletin for the month. */
	BULLETIN_ISSUED;

	public String messageKey() {
		return "notification.kind." + name();
	}

}
