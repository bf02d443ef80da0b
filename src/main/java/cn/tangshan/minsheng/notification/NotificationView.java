package cn.tangshan.minsheng.notification;

import java.time.Instant;
import java.time.YearMonth;

/**
 * A notification as a unit's home page shows it.
 */
public record NotificationView(Long id, NotificationKind kind, YearMonth month, Instant createdAt) {
}
