package cn.tangshan.minsheng.audit;

import java.time.Instant;

/**
 * An audit entry as history pages show it.
 */
public record AuditView(Long id, Instant at, String username, Long unitId, String ip, String action, Long reportId,
		Long indicatorId, Long targetUnitId, String field, String oldValue, String newValue, String reason) {
}
