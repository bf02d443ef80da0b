package cn.tangshan.minsheng.audit;

import java.time.Instant;

/**
 * One entry of the security audit trail as the auditor's page and exports show it.
 */
public record SecurityEventView(long id, Instant occurredAt, String username, Long unitId, String unitName,
		String clientIp, String type, String objectType, String objectId, boolean success, String reason,
		String prevHash, String hash) {

	public String result() {
		return this.success ? "SUCCESS" : "FAILURE";
	}

}
