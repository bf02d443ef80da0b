package cn.tangshan.minsheng.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over the previous entry's hash and every field of an entry. Each field is
 * written with its length (null as -1), so no two different entries serialise alike.
 */
final class EventHash {

	static final String GENESIS = "0".repeat(64);

	private EventHash() {
	}

	static String of(String prevHash, long id, long occurredAtMicros, String username, Long unitId, String unitName,
			String clientIp, String type, String objectType, String objectId, boolean success, String reason) {
		StringBuilder text = new StringBuilder(256);
		for (Object field : new Object[] { prevHash, id, occurredAtMicros, username, unitId, unitName, clientIp, type,
				objectType, objectId, success ? "SUCCESS" : "FAILURE", reason }) {
			if (field == null) {
				text.append("-1:");
			}
			else {
				String value = field.toString();
				text.append(value.length()).append(':').append(value);
			}
			text.append('|');
		}
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String of(SecurityEventView e, long occurredAtMicros) {
		return of(e.prevHash(), e.id(), occurredAtMicros, e.username(), e.unitId(), e.unitName(), e.clientIp(),
				e.type(), e.objectType(), e.objectId(), e.success(), e.reason());
	}

}
