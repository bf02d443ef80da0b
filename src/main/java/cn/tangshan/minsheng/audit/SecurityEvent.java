package cn.tangshan.minsheng.audit;

/**
 * A security-relevant event as the module where it happened describes it; who, from which
 * unit and address, and when are added by {@link SecurityAudit}.
 *
 * @param type what happened, one of {@link SecurityEventTypes} or a module's own
 * upper-case name (e.g. {@code PLAN_IMPORTED}); shown through the message
 * {@code audit.event.<type>} when there is one
 * @param objectType the kind of object concerned (e.g. {@code USER}, {@code REPORT},
 * {@code URL}), or null
 * @param objectId the object's id, name or path, or null
 * @param success whether the action succeeded
 * @param reason why it failed, or a short note
 */
public record SecurityEvent(String type, String objectType, String objectId, boolean success, String reason) {

	public static SecurityEvent success(String type, String objectType, Object objectId) {
		return new SecurityEvent(type, objectType, (objectId != null) ? objectId.toString() : null, true, null);
	}

	public static SecurityEvent failure(String type, String objectType, Object objectId, String reason) {
		return new SecurityEvent(type, objectType, (objectId != null) ? objectId.toString() : null, false, reason);
	}

	public SecurityEvent withReason(String reason) {
		return new SecurityEvent(this.type, this.objectType, this.objectId, this.success, reason);
	}

}
