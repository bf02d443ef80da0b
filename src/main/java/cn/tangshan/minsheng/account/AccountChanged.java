package cn.tangshan.minsheng.account;

/**
 * An administrator's (or the user's own) change to an account, published in the
 * transaction that makes it so that the audit trail records it alongside. Only changes
 * that took effect are published; a refused attempt rolls back and publishes nothing (a
 * refused second login step is its own event, {@link TotpRefused}).
 *
 * @param action what happened: {@code CREATED}, {@code CREATED_PENDING_APPROVAL} (an
 * administrative account that waits for the security administrator), {@code ASSIGNED}
 * (name or unit), {@code ROLE_CHANGE_REQUESTED}, {@code ROLE_CHANGE_APPROVED},
 * {@code ROLE_CHANGE_REJECTED}, {@code ENABLED}, {@code DISABLED}, {@code UNLOCKED},
 * {@code PASSWORD_RESET}, {@code PASSWORD_CHANGED}, {@code TOTP_ENROLLED},
 * {@code TOTP_RESET}, {@code TOTP_RECOVERY_CODE_USED}, {@code POLICY_CHANGED} (the
 * password and session policy; {@code username} is then null) or {@code LOCKED} (too many
 * failed logins; published with the user's name, the actor is anonymous)
 * @param username the account changed (the target)
 * @param unitId the account's unit after the change
 * @param oldValue what it was (name, role and unit; or the policy), if anything changed
 * @param newValue what it is now; never a password, a secret or a recovery code
 * @param actor the user who made the change (null for the system itself)
 */
public record AccountChanged(String action, String username, Long unitId, String oldValue, String newValue,
		String actor) {

	public AccountChanged(String action, String username, Long unitId, String oldValue, String newValue) {
		this(action, username, unitId, oldValue, newValue, null);
	}

}
