package cn.tangshan.minsheng.backup;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night at 02:00 Asia/Shanghai ({@code portal.backup.cron}; "-" turns it off), on
 * one node of the cluster.
 */
@Component
class NightlyBackup {

	private static final Logger log = LoggerFactory.getLogger(NightlyBackup.class);

	private final Backups backups;

	NightlyBackup(Backups backups) {
		this.backups = backups;
	}

	@Scheduled(cron = "${portal.backup.cron:0 0 2 * * *}", zone = "${portal.time-zone}")
	@SchedulerLock(name = "nightly-backup", lockAtLeastFor = "PT5M")
	void run() {
		try {
			this.backups.backupNow("NIGHTLY");
		}
		catch (BackupException ex) {
			log.error("夜间备份未完成 / Nightly backup not taken: {}", ex.getMessage());
		}
	}

}
