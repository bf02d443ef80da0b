package cn.tangshan.minsheng.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.tangshan.minsheng.org.UnitView;
import cn.tangshan.minsheng.plan.IndicatorView;
import cn.tangshan.minsheng.plan.PlanOverview;
import cn.tangshan.minsheng.plan.ProjectView;

/**
 * Who reports what, for all units at once, from one list of shares: the rule of
 * {@link Assignments} applied to the whole plan (a county reports its shares; a lead
 * department reports its 市本级 share; the first lead alone reports what is not split and
 * the milestones). {@code ReportingDutiesTests} keeps the two in step.
 */
final class ReportingDuties {

	private ReportingDuties() {
	}

	static List<ProgressFigures.Duty> of(PlanOverview plan, List<ProgressFigures.Share> shares,
			Map<Long, UnitView> units) {
		Map<Long, Map<Long, BigDecimal>> split = new HashMap<>();
		for (ProgressFigures.Share share : shares) {
			split.computeIfAbsent(share.indicatorId(), (k) -> new HashMap<>()).put(share.unitId(), share.amount());
		}
		List<ProgressFigures.Duty> duties = new ArrayList<>();
		for (ProjectView project : plan.projects()) {
			Long firstLead = project.leads().isEmpty() ? null : project.leads().get(0).id();
			for (IndicatorView indicator : project.indicators()) {
				Map<Long, BigDecimal> indicatorShares = split.getOrDefault(indicator.id(), Map.of());
				if (!indicator.isQuantitative()) {
					if (firstLead != null) {
						duties.add(new ProgressFigures.Duty(firstLead, project.id(), indicator.id(), null));
					}
				}
				else if (indicatorShares.isEmpty()) {
					if (firstLead != null) {
						duties
							.add(new ProgressFigures.Duty(firstLead, project.id(), indicator.id(), indicator.target()));
					}
				}
				else {
					indicatorShares.forEach((unitId, amount) -> {
						UnitView unit = units.get(unitId);
						boolean lead = project.leads().stream().anyMatch((u) -> u.id().equals(unitId));
						boolean reports = unit != null && (unit.isCounty() || lead);
						if (reports && amount.signum() > 0) {
							duties.add(new ProgressFigures.Duty(unitId, project.id(), indicator.id(), amount));
						}
					});
				}
			}
		}
		return duties;
	}

}
