package cn.tangshan.minsheng.plan;

import java.util.List;

/**
 * The whole plan at a glance: its header and its groups of projects.
 */
public record PlanOverview(PlanSummary plan, List<GroupView> groups) {

	public List<ProjectView> projects() {
		return this.groups.stream().flatMap((g) -> g.projects().stream()).toList();
	}

	public long indicatorCount(IndicatorKind kind) {
		return projects().stream().flatMap((p) -> p.indicators().stream()).filter((i) -> i.kind() == kind).count();
	}

}
