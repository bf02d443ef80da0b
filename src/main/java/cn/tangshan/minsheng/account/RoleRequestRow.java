package cn.tangshan.minsheng.account;

import java.time.Instant;

/**
 * A role request as the security administrator's list shows it.
 */
public record RoleRequestRow(Long id, Long userId, String username, String displayName, String unitName, Role fromRole,
		Role toRole, boolean newAccount, String status, String requestedBy, Instant requestedAt, String decidedBy,
		Instant decidedAt, long version) {
}
