package cn.tangshan.minsheng.audit;

import cn.tangshan.minsheng.plan.PlanChanged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records changes to plan years (import, draft replaced, draft edited) in the audit
 * trail, in the transaction that made them.
 */
@Component
class PlanAudit {

	private final AuditLog log;

	PlanAudit(AuditLog log) {
		this.log = log;
	}

	@EventListener
	void on(PlanChanged change) {
		this.log.record(new AuditRecord("PLAN_" + change.action(), null, null, null, "plan:" + change.year(),
				change.oldValue(), change.newValue(), null));
	}

}
