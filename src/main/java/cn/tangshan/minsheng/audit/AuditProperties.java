package cn.tangshan.minsheng.audit;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Security audit settings.
 *
 * @param retentionDays how long entries are kept at least (等保 level 3: six months). The
 * portal never deletes an entry (no purge exists, and the trigger refuses deletes); a
 * value below 180 is refused at start-up, so the documented minimum cannot be lowered
 * @param exportLimit the most rows one export holds
 */
@Validated
@ConfigurationProperties("portal.audit")
public record AuditProperties(@Min(180) int retentionDays, @Min(1) int exportLimit) {

	public AuditProperties {
		retentionDays = (retentionDays == 0) ? 180 : retentionDays;
		exportLimit = (exportLimit == 0) ? 100_000 : exportLimit;
	}

}
