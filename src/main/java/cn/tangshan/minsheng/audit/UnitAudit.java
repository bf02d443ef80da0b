package cn.tangshan.minsheng.audit;

import cn.tangshan.minsheng.org.UnitChanged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records the administrator's unit changes in the audit trail and the security audit
 * trail, in the transaction that made them.
 */
@Component
class UnitAudit {

	private final AuditLog log;

	private final SecurityAudit security;

	UnitAudit(AuditLog log, SecurityAudit security) {
		this.log = log;
		this.security = security;
	}

	@EventListener
	void on(UnitChanged change) {
		this.log.record(new AuditRecord("UNIT_" + change.action(), null, null, change.unitId(), change.code(),
				change.oldValue(), change.newValue(), null));
		this.security.record(SecurityEvent.success("UNIT_" + change.action(), "UNIT", change.code()));
	}

}
