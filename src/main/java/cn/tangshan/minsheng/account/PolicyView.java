package cn.tangshan.minsheng.account;

import java.time.Instant;

/**
 * The password and session policy as the security administrator's page shows it.
 *
 * @param minPasswordLength at least 8
 * @param passwordMaxAgeDays a password older than this must be changed at the next login
 * @param passwordHistory how many of the last passwords may not be used again
 * @param maxSessions how many sessions one account may have at once; a new login ends the
 * oldest
 */
public record PolicyView(int minPasswordLength, int passwordMaxAgeDays, int passwordHistory, int maxSessions,
		Instant updatedAt, String updatedBy, long version) {

	String describe() {
		return "min " + this.minPasswordLength + " / maxAge " + this.passwordMaxAgeDays + "d / history "
				+ this.passwordHistory + " / sessions " + this.maxSessions;
	}

}
