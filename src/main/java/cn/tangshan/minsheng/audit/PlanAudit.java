package cn.tangshan.minsheng.audit;

import cn.tangshan.minsheng.plan.PlanChanged;
import cn.tangshan.minsheng.plan.PlanYearStarted;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records changes to plan years (import, draft replaced, draft edited, a year started and
 * the one before archived) in the audit trail and the security audit trail, in the
 * transaction that made them.
 */
@Component
class PlanAudit {

	private final AuditLog log;

	private final SecurityAudit security;

	PlanAudit(AuditLog log, SecurityAudit security) {
		this.log = log;
		this.security = security;
	}

	@EventListener
	void on(PlanChanged change) {
		this.log.record(new AuditRecord("PLAN_" + change.action(), null, null, null, "plan:" + change.year(),
				change.oldValue(), change.newValue(), null));
		this.security.record(SecurityEvent.success("PLAN_" + change.action(), "PLAN", change.year()));
	}

	@EventListener
	void on(PlanYearStarted started) {
		this.log.record(new AuditRecord("PLAN_STARTED", null, null, null, "plan:" + started.year(),
				(started.previousYear() != null) ? "ACTIVE " + started.previousYear() : null,
				"ACTIVE " + started.year(), started.copyAllocations() ? "allocations copied" : null));
		this.security.record(SecurityEvent.success("PLAN_STARTED", "PLAN", started.year())
			.withReason((started.previousYear() != null) ? "archived " + started.previousYear() : null));
	}

}
