package cn.tangshan.minsheng.audit;

import cn.tangshan.minsheng.org.UnitChanged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records the administrator's unit changes in the audit trail, in the transaction that
 * made them.
 */
@Component
class UnitAudit {

	private final AuditLog log;

	UnitAudit(AuditLog log) {
		this.log = log;
	}

	@EventListener
	void on(UnitChanged change) {
		this.log.record(new AuditRecord("UNIT_" + change.action(), null, null, change.unitId(), change.code(),
				change.oldValue(), change.newValue(), null));
	}

}
