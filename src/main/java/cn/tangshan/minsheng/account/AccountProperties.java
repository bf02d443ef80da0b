package cn.tangshan.minsheng.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login protection and first-start settings.
 *
 * @param maxFailedLogins failed logins in a row that lock an account
 * @param lockDuration how long a locked account stays locked
 * @param initialAdminPassword the first administrator's password in production
 * ({@code ADMIN_PASSWORD})
 * @param demoEnabled whether the demo accounts exist (dev default only)
 */
@ConfigurationProperties("portal")
record AccountProperties(Security security, Admin admin, Demo demo) {

	AccountProperties {
		security = (security != null) ? security : new Security(5, Duration.ofMinutes(15), false);
		admin = (admin != null) ? admin : new Admin(null);
		demo = (demo != null) ? demo : new Demo(false);
	}

	/**
	 * @param admin2fa whether the three administrative roles must use a TOTP second
	 * factor ({@code portal.security.admin-2fa}; on in the {@code prod} profile)
	 */
	record Security(int maxFailedLogins, Duration lockDuration, boolean admin2fa) {
	}

	record Admin(String initialPassword) {
	}

	record Demo(boolean enabled) {
	}

}
