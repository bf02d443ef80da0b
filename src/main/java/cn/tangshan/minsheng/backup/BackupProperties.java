package cn.tangshan.minsheng.backup;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portal.backup.dir} (default {@code ./data/backups}, {@code BACKUP_DIR}),
 * {@code portal.backup.cron} (nightly, 02:00 Asia/Shanghai; "-" turns it off) and
 * {@code portal.backup.retention-days} (30: older backups are removed, never the newest).
 */
@ConfigurationProperties("portal.backup")
record BackupProperties(String dir, String cron, int retentionDays) {

	BackupProperties {
		dir = (dir == null || dir.isBlank()) ? "./data/backups" : dir;
		retentionDays = (retentionDays > 0) ? retentionDays : 30;
	}

}
