package cn.tangshan.minsheng.audit;

import cn.tangshan.minsheng.plan.PlanYearStarted;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records a plan year's start (and the archiving of the year before) in the audit trail,
 * in the transaction that starts it.
 */
@Component
class PlanAudit {

	private final AuditLog log;

	PlanAudit(AuditLog log) {
		this.log = log;
	}

	@EventListener
	void on(PlanYearStarted started) {
		this.log.record(new AuditRecord("PLAN_STARTED", null, null, null, "plan " + started.year(),
				(started.previousYear() != null) ? "ACTIVE " + started.previousYear() : null,
				"ACTIVE " + started.year(), started.copyAllocations() ? "allocations copied" : null));
	}

}
