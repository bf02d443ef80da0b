package cn.tangshan.minsheng.account;

import java.time.Instant;

/**
 * A user as the administrator's list shows it.
 */
public record UserRow(Long id, String username, String displayName, Role role, Long unitId, String unitName,
		boolean enabled, boolean locked, Instant lockedUntil, boolean mustChangePassword, boolean demo, long version) {
}
