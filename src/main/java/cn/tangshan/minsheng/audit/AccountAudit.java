package cn.tangshan.minsheng.audit;

import cn.tangshan.minsheng.account.AccountChanged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records account changes in the audit trail, in the transaction that made them.
 */
@Component
class AccountAudit {

	private final AuditLog log;

	AccountAudit(AuditLog log) {
		this.log = log;
	}

	@EventListener
	void on(AccountChanged change) {
		this.log.record(new AuditRecord("ACCOUNT_" + change.action(), null, null, change.unitId(), change.username(),
				change.oldValue(), change.newValue(), null));
	}

}
