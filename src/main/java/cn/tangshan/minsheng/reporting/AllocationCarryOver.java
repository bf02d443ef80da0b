package cn.tangshan.minsheng.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.tangshan.minsheng.audit.AuditLog;
import cn.tangshan.minsheng.audit.AuditRecord;
import cn.tangshan.minsheng.org.UnitView;
import cn.tangshan.minsheng.org.Units;
import cn.tangshan.minsheng.plan.IndicatorMatches;
import cn.tangshan.minsheng.plan.PlanCatalog;
import cn.tangshan.minsheng.plan.PlanOverview;
import cn.tangshan.minsheng.plan.PlanYearStarted;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * When a year is started with "copy last year's allocations", each quantitative indicator
 * of the new year that matches one of the archived year (same first lead department, same
 * indicator name) gets last year's shares as a starting split, for the departments to
 * adjust. Runs inside the start's transaction: a failure undoes the start. Shares of
 * deactivated units are not copied.
 */
@Component
class AllocationCarryOver {

	private final PlanCatalog plans;

	private final Units units;

	private final AllocationRepository allocations;

	private final AuditLog audit;

	private final Clock clock;

	AllocationCarryOver(PlanCatalog plans, Units units, AllocationRepository allocations, AuditLog audit, Clock clock) {
		this.plans = plans;
		this.units = units;
		this.allocations = allocations;
		this.audit = audit;
		this.clock = clock;
	}

	@EventListener
	@Order(0)
	void on(PlanYearStarted started) {
		if (!started.copyAllocations() || started.previousYear() == null) {
			return;
		}
		PlanOverview previous = this.plans.overview(started.previousYear()).orElseThrow();
		PlanOverview next = this.plans.overview(started.year()).orElseThrow();
		Map<Long, Long> matches = new HashMap<>();
		IndicatorMatches.of(previous, next.projects()).forEach((newId, old) -> matches.put(old.id(), newId));
		if (matches.isEmpty()) {
			return;
		}
		Map<Long, List<Allocation>> old = this.allocations.findByIndicatorIdIn(matches.keySet())
			.stream()
			.collect(Collectors.groupingBy(Allocation::getIndicatorId));
		Set<Long> unitIds = old.values()
			.stream()
			.flatMap(List::stream)
			.map(Allocation::getUnitId)
			.collect(Collectors.toSet());
		Map<Long, UnitView> unitViews = this.units.byIds(unitIds);
		Map<Long, Set<Long>> present = this.allocations.findByIndicatorIdIn(matches.values())
			.stream()
			.collect(Collectors.groupingBy(Allocation::getIndicatorId,
					Collectors.mapping(Allocation::getUnitId, Collectors.toSet())));
		Instant now = this.clock.instant();
		String reason = "copied from " + started.previousYear();
		matches.forEach((oldId, newId) -> {
			for (Allocation share : old.getOrDefault(oldId, List.of())) {
				UnitView unit = unitViews.get(share.getUnitId());
				if (unit == null || !unit.active()
						|| present.getOrDefault(newId, Set.of()).contains(share.getUnitId())) {
					continue;
				}
				BigDecimal amount = share.getAmount();
				this.allocations.save(new Allocation(newId, share.getUnitId(), amount, started.userId(), now));
				this.audit.record(new AuditRecord("ALLOCATION_CHANGED", null, newId, share.getUnitId(), "amount", null,
						Reporting.plain(amount), reason));
			}
		});
		this.allocations.flush();
	}

}
