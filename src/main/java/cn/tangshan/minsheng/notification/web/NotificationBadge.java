package cn.tangshan.minsheng.notification.web;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.notification.Notifications;

import org.springframework.stereotype.Component;

/**
 * The unread count in the navigation bar, as the layout asks for it:
 * {@code ${@notificationBadge.unread(#authentication.principal)}}. One count query, and
 * only on pages that render the layout (never on redirects or htmx fragments).
 */
@Component("notificationBadge")
class NotificationBadge {

	private final Notifications notifications;

	NotificationBadge(Notifications notifications) {
		this.notifications = notifications;
	}

	public long unread(Object principal) {
		return (principal instanceof CurrentUser user) ? this.notifications.unreadCount(user.unitId()) : 0;
	}

}
