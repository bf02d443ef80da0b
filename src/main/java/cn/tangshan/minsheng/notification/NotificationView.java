package cn.tangshan.minsheng.notification;

import java.time.Instant;
import java.time.YearMonth;

/**
 * A notification as a unit's pages show it.
 *
 * @param readAt when someone of the unit opened it, {@code null} while unread
 * @param link the path it leads to, {@code null} for none
 */
public record NotificationView(Long id, NotificationKind kind, YearMonth month, Instant createdAt, Instant readAt,
		String link) {

	public boolean unread() {
		return this.readAt == null;
	}

}
