package cn.tangshan.minsheng.bulletin;

import java.time.Instant;
import java.time.YearMonth;

/**
 * A line of the bulletin list and of the home page's card.
 */
public record BulletinSummary(Long id, YearMonth month, BulletinStatus status, Integer number, String title,
		Instant issuedAt, Instant updatedAt, boolean demo) {
}
