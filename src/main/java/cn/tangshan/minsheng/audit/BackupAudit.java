package cn.tangshan.minsheng.audit;

import cn.tangshan.minsheng.backup.BackupRestored;
import cn.tangshan.minsheng.backup.BackupTaken;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every backup and restore in the audit trail and the security audit trail (who,
 * when, which file).
 */
@Component
class BackupAudit {

	private final AuditLog log;

	private final SecurityAudit security;

	BackupAudit(AuditLog log, SecurityAudit security) {
		this.log = log;
		this.security = security;
	}

	@EventListener
	@Transactional
	void on(BackupTaken backup) {
		this.log.record(new AuditRecord("BACKUP_TAKEN", null, null, null, "backup", null,
				backup.file() + " (" + backup.bytes() + " bytes, " + backup.method() + ")", backup.trigger()));
		this.security
			.record(SecurityEvent.success("BACKUP_TAKEN", "BACKUP", backup.file()).withReason(backup.trigger()));
	}

	@EventListener
	@Transactional
	void on(BackupRestored restore) {
		this.log.record(new AuditRecord("BACKUP_RESTORED", null, null, null, "backup", restore.previous(),
				restore.file(), null));
		this.security.record(SecurityEvent.success("BACKUP_RESTORED", "BACKUP", restore.file()));
	}

}
