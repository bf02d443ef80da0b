package cn.tangshan.minsheng.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
		return of(unit, plan, shares(plan));
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
		Map<Long, IndicatorView> indicators = new HashMap<>();
		Map<Long, ProjectView> projects = new HashMap<>();
		plan.projects().forEach((p) -> {
			projects.put(p.id(), p);
			p.indicators().forEach((i) -> indicators.put(i.id(), i));
		});
		Map<ProjectView, List<Task>> result = new LinkedHashMap<>();
		for (ProgressFigures.Duty duty : ReportingDuties.of(plan, shares, Map.of(unit.id(), unit))) {
			if (duty.unitId().equals(unit.id())) {
				result.computeIfAbsent(projects.get(duty.projectId()), (k) -> new ArrayList<>())
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
