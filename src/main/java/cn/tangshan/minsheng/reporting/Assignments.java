package cn.tangshan.minsheng.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tangshan.minsheng.org.UnitView;
import cn.tangshan.minsheng.plan.IndicatorView;
import cn.tangshan.minsheng.plan.PlanOverview;
import cn.tangshan.minsheng.plan.ProjectView;

import org.springframework.stereotype.Component;

/**
 * Who reports what. A county reports the indicators allocated to it. A lead department
 * reports its own 市本级 share, and alone reports the indicators that are not split and the
 * milestones (the first lead named in the plan, when a project has several).
 */
@Component
class Assignments {

	private final AllocationRepository allocations;

	Assignments(AllocationRepository allocations) {
		this.allocations = allocations;
	}

	/**
	 * The projects a unit reports, each with its indicators and the unit's task. The rule
	 * itself lives in {@link ReportingDuties}, shared with the dashboard's figures.
	 */
	Map<ProjectView, List<Task>> of(UnitView unit, PlanOverview plan) {
		return of(unit, plan, sharesFor(List.of(unit), plan));
	}

	/**
	 * The allocations that decide these units' tasks, not the whole plan's: each unit's
	 * own shares, and every share of the indicators of the projects a unit leads first
	 * (whether such an indicator is split at all decides whether its first lead reports
	 * it). {@link #of(UnitView, PlanOverview, List)} gives the same tasks for these units
	 * as with {@link #shares} (a unit's duties depend on nothing else), reading a few
	 * dozen rows instead of every unit's (about 8,000 at 200 units).
	 */
	List<ProgressFigures.Share> sharesFor(Collection<UnitView> units, PlanOverview plan) {
		Set<Long> unitIds = new HashSet<>();
		units.forEach((u) -> unitIds.add(u.id()));
		List<Long> indicatorIds = new ArrayList<>();
		List<Long> ledFirst = new ArrayList<>();
		for (ProjectView project : plan.projects()) {
			boolean first = !project.leads().isEmpty() && unitIds.contains(project.leads().get(0).id());
			for (IndicatorView indicator : project.indicators()) {
				indicatorIds.add(indicator.id());
				if (first) {
					ledFirst.add(indicator.id());
				}
			}
		}
		if (indicatorIds.isEmpty() || unitIds.isEmpty()) {
			return List.of();
		}
		Map<String, Allocation> found = new LinkedHashMap<>();
		this.allocations.findByUnitIdInAndIndicatorIdIn(unitIds, indicatorIds)
			.forEach((a) -> found.put(a.getIndicatorId() + ":" + a.getUnitId(), a));
		if (!ledFirst.isEmpty()) {
			this.allocations.findByIndicatorIdIn(ledFirst)
				.forEach((a) -> found.put(a.getIndicatorId() + ":" + a.getUnitId(), a));
		}
		return found.values()
			.stream()
			.map((a) -> new ProgressFigures.Share(a.getIndicatorId(), a.getUnitId(), a.getAmount()))
			.toList();
	}

	/** The plan's allocations, read once for the tasks of many units. */
	List<ProgressFigures.Share> shares(PlanOverview plan) {
		List<Long> indicatorIds = plan.projects()
			.stream()
			.flatMap((p) -> p.indicators().stream())
			.map(IndicatorView::id)
			.toList();
		return this.allocations.findByIndicatorIdIn(indicatorIds)
			.stream()
			.map((a) -> new ProgressFigures.Share(a.getIndicatorId(), a.getUnitId(), a.getAmount()))
			.toList();
	}

	/** The unit's tasks given the plan's allocations ({@link #shares}). */
	Map<ProjectView, List<Task>> of(UnitView unit, PlanOverview plan, List<ProgressFigures.Share> shares) {
		return of(List.of(unit), plan, shares).getOrDefault(unit.id(), Map.of());
	}

	/**
	 * Several units' tasks by unit id, the rule applied once for all of them (the review
	 * queue shows up to a page of units), given allocations that decide them
	 * ({@link #sharesFor}).
	 */
	Map<Long, Map<ProjectView, List<Task>>> of(Collection<UnitView> units, PlanOverview plan,
			List<ProgressFigures.Share> shares) {
		Map<Long, IndicatorView> indicators = new HashMap<>();
		Map<Long, ProjectView> projects = new HashMap<>();
		plan.projects().forEach((p) -> {
			projects.put(p.id(), p);
			p.indicators().forEach((i) -> indicators.put(i.id(), i));
		});
		Map<Long, UnitView> byId = new LinkedHashMap<>();
		units.forEach((u) -> byId.put(u.id(), u));
		Map<Long, Map<ProjectView, List<Task>>> result = new HashMap<>();
		for (ProgressFigures.Duty duty : ReportingDuties.of(plan, shares, byId)) {
			if (byId.containsKey(duty.unitId())) {
				result.computeIfAbsent(duty.unitId(), (k) -> new LinkedHashMap<>())
					.computeIfAbsent(projects.get(duty.projectId()), (k) -> new ArrayList<>())
					.add(new Task(indicators.get(duty.indicatorId()), duty.allocation()));
			}
		}
		return result;
	}

	/**
	 * One indicator a unit reports, with its share of the target (null for a milestone).
	 */
	record Task(IndicatorView indicator, BigDecimal allocation) {
	}

}
