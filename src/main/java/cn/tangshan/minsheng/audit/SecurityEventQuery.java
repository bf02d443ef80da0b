package cn.tangshan.minsheng.audit;

import java.time.Instant;

/**
 * The auditor's filters; every one is optional.
 *
 * @param from entries at or after this instant
 * @param until entries before this instant
 * @param username exactly this user (or the username tried, for failed logins)
 * @param unitId the user's unit
 * @param type the event type
 * @param objectType the kind of object
 * @param objectId the object's id, name or path
 * @param success {@code true} for successes, {@code false} for failures, null for both
 */
public record SecurityEventQuery(Instant from, Instant until, String username, Long unitId, String type,
		String objectType, String objectId, Boolean success) {

	public static SecurityEventQuery all() {
		return new SecurityEventQuery(null, null, null, null, null, null, null, null);
	}

}
