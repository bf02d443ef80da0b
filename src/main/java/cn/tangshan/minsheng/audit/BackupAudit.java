package cn.tangshan.minsheng.audit;

import cn.tangshan.minsheng.backup.BackupRestored;
import cn.tangshan.minsheng.backup.BackupTaken;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every backup and restore in the audit trail (who, when, which file).
 */
@Component
class BackupAudit {

	private final AuditLog log;

	BackupAudit(AuditLog log) {
		this.log = log;
	}

	@EventListener
	@Transactional
	void on(BackupTaken backup) {
		this.log.record(new AuditRecord("BACKUP_TAKEN", null, null, null, "backup", null,
				backup.file() + " (" + backup.bytes() + " bytes, " + backup.method() + ")", backup.trigger()));
	}

	@EventListener
	@Transactional
	void on(BackupRestored restore) {
		this.log.record(new AuditRecord("BACKUP_RESTORED", null, null, null, "backup", restore.previous(),
				restore.file(), null));
	}

}
