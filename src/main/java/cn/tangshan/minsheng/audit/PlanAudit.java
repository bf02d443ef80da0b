package cn.tangshan.minsheng.audit;

import cn.tangshan.minsheng.plan.PlanChanged;
import cn.tangshan.minsheng.plan.PlanYearStarted;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records changes to plan years (import, draft replaced, draft edited, a year started and
 * the one before archived) in the audit trail, in the transaction that made them.
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

	@EventListener
	void on(PlanYearStarted started) {
		this.log.record(new AuditRecord("PLAN_STARTED", null, null, null, "plan:" + started.year(),
				(started.previousYear() != null) ? "ACTIVE " + started.previousYear() : null,
				"ACTIVE " + started.year(), started.copyAllocations() ? "allocations copied" : null));
	}

}
