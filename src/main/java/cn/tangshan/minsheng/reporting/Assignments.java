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
	 * The projects a unit reports, each with its indicators and the unit's task.
	 */
	Map<ProjectView, List<Task>> of(UnitView unit, PlanOverview plan) {
		List<Long> indicatorIds = plan.projects()
			.stream()
			.flatMap((p) -> p.indicators().stream())
			.map(IndicatorView::id)
			.toList();
		Map<Long, Map<Long, BigDecimal>> split = new HashMap<>();
		for (Allocation allocation : this.allocations.findByIndicatorIdIn(indicatorIds)) {
			split.computeIfAbsent(allocation.getIndicatorId(), (k) -> new HashMap<>())
				.put(allocation.getUnitId(), allocation.getAmount());
		}
		Map<ProjectView, List<Task>> result = new LinkedHashMap<>();
		for (ProjectView project : plan.projects()) {
			boolean lead = project.leads().stream().anyMatch((u) -> u.id().equals(unit.id()));
			boolean firstLead = !project.leads().isEmpty() && project.leads().get(0).id().equals(unit.id());
			List<Task> tasks = new ArrayList<>();
			for (IndicatorView indicator : project.indicators()) {
				Map<Long, BigDecimal> shares = split.get(indicator.id());
				if (!indicator.isQuantitative()) {
					if (firstLead) {
						tasks.add(new Task(indicator, null));
					}
				}
				else if (shares == null || shares.isEmpty()) {
					if (firstLead) {
						tasks.add(new Task(indicator, indicator.target()));
					}
				}
				else {
					BigDecimal share = shares.get(unit.id());
					boolean mine = unit.isCounty() || lead;
					if (mine && share != null && share.signum() > 0) {
						tasks.add(new Task(indicator, share));
					}
				}
			}
			if (!tasks.isEmpty()) {
				result.put(project, tasks);
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
