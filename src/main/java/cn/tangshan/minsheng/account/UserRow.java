package cn.tangshan.minsheng.account;

import java.time.Instant;

/**
 * A user as the administrators' lists show it.
 *
 * @param totpEnrolled whether the user has a TOTP authenticator
 * @param pendingRole the role a pending request asks for, if any
 */
public record UserRow(Long id, String username, String displayName, Role role, Long unitId, String unitName,
		boolean enabled, boolean locked, Instant lockedUntil, boolean mustChangePassword, boolean demo, long version,
		boolean totpEnrolled, Role pendingRole) {
}
