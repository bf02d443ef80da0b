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
	 * Prefix of the account changes ({@code account.AccountChanged}): ACCOUNT_CREATED…
	 */
	public static final String ACCOUNT = "ACCOUNT_";

	public static final List<String> KNOWN = List.of(LOGIN, LOGOUT, SESSION_EXPIRED, "ACCOUNT_LOCKED",
			"ACCOUNT_UNLOCKED", "ACCOUNT_PASSWORD_CHANGED", "ACCOUNT_PASSWORD_RESET", "ACCOUNT_CREATED",
			"ACCOUNT_ASSIGNED", "ACCOUNT_ENABLED", "ACCOUNT_DISABLED", ACCESS_DENIED, BULLETIN_ISSUED, EXPORT,
			AUDIT_VERIFIED);

	private SecurityEventTypes() {
	}

}
