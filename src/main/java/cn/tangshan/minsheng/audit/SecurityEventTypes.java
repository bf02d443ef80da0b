package cn.tangshan.minsheng.audit;

import java.util.List;

/**
 * The event types the portal records. Other modules may record types of their own; these
 * are the ones the auditor's page offers in its filter.
 */
public final class SecurityEventTypes {

	public static final String LOGIN = "LOGIN";

	public static final String LOGOUT = "LOGOUT";

	public static final String SESSION_EXPIRED = "SESSION_EXPIRED";

	public static final String ACCESS_DENIED = "ACCESS_DENIED";

	public static final String EXPORT = "EXPORT";

	public static final String BULLETIN_ISSUED = "BULLETIN_ISSUED";

	public static final String AUDIT_VERIFIED = "AUDIT_VERIFIED";

	/**
	 * A TOTP code entered again after it logged in ({@code account.TotpRefused}).
	 */
	public static final String TOTP_REPLAY_REFUSED = "ACCOUNT_TOTP_REPLAY_REFUSED";

	/**
	 * Prefix of the account changes ({@code account.AccountChanged}): ACCOUNT_CREATED…
	 */
	public static final String ACCOUNT = "ACCOUNT_";

	public static final List<String> KNOWN = List.of(LOGIN, LOGOUT, SESSION_EXPIRED, "ACCOUNT_LOCKED",
			"ACCOUNT_UNLOCKED", "ACCOUNT_PASSWORD_CHANGED", "ACCOUNT_PASSWORD_RESET", "ACCOUNT_CREATED",
			"ACCOUNT_ASSIGNED", "ACCOUNT_ENABLED", "ACCOUNT_DISABLED", "ACCOUNT_CREATED_PENDING_APPROVAL",
			"ACCOUNT_ROLE_CHANGE_REQUESTED", "ACCOUNT_ROLE_CHANGE_APPROVED", "ACCOUNT_ROLE_CHANGE_REJECTED",
			"ACCOUNT_TOTP_ENROLLED", "ACCOUNT_TOTP_RESET", "ACCOUNT_TOTP_RECOVERY_CODE_USED",
			"ACCOUNT_TOTP_REPLAY_REFUSED", "ACCOUNT_POLICY_CHANGED", ACCESS_DENIED, BULLETIN_ISSUED, EXPORT,
			AUDIT_VERIFIED, "PLAN_IMPORTED", "PLAN_REPLACED", "PLAN_EDITED", "PLAN_STARTED", "UNIT_CREATED",
			"UNIT_RENAMED", "UNIT_MOVED", "UNIT_DEACTIVATED", "UNIT_ACTIVATED", "UNIT_TILE_PLACED", "BACKUP_TAKEN",
			"BACKUP_RESTORED");

	private SecurityEventTypes() {
	}

}
