package cn.tangshan.minsheng.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.tangshan.minsheng.plan.IndicatorMatches;
import cn.tangshan.minsheng.plan.IndicatorView;
import cn.tangshan.minsheng.plan.PlanCatalog;
import cn.tangshan.minsheng.plan.PlanOverview;
import cn.tangshan.minsheng.plan.PlanStatus;
import cn.tangshan.minsheng.plan.ProjectView;
import cn.tangshan.minsheng.progress.CompletionRate;
import cn.tangshan.minsheng.reporting.ProgressFigures;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Last year's completion at the same month, beside this year's, for the quantitative
 * indicators that match (same first lead department, same name): last year's plan once
 * and one aggregate query for all indicators, never one per row.
 */
@Service
@Transactional(readOnly = true)
public class YearOverYear {

	private final PlanCatalog plans;

	private final ProgressFigures figures;

	private final FiguresCache cache;

	YearOverYear(PlanCatalog plans, ProgressFigures figures, FiguresCache cache) {
		this.plans = plans;
		this.figures = figures;
		this.cache = cache;
	}

	/**
	 * @param projects the year's projects shown
	 * @param month the month shown (of the year shown)
	 * @return per indicator id of this year, last year's city completion rate at the same
	 * month; empty without a previous (started) year
	 */
	public Map<Long, CompletionRate> sameMonthLastYear(List<ProjectView> projects, YearMonth month) {
		// Of the figures version: last year's figures change only with the data.
		List<Object> key = List.of("lastYear", month, projects.stream().map(ProjectView::id).toList());
		return this.cache.get(key, Instant.EPOCH,
				() -> new FiguresCache.Cached<>(compute(projects, month), null, null, 64L * projects.size() + 256));
	}

	private Map<Long, CompletionRate> compute(List<ProjectView> projects, YearMonth month) {
		// The month belongs to the plan year shown.
		PlanOverview previous = this.plans.plan(month.getYear() - 1)
			.filter((p) -> p.status() != PlanStatus.DRAFT)
			.flatMap((p) -> this.plans.overview(p.year()))
			.orElse(null);
		if (previous == null) {
			return Map.of();
		}
		Map<Long, IndicatorView> matches = IndicatorMatches.of(previous, projects);
		Map<Long, BigDecimal> sums = this.figures.citySums(matches.values().stream().map(IndicatorView::id).toList(),
				month.minusYears(1));
		Map<Long, CompletionRate> rates = new HashMap<>();
		matches.forEach((id, old) -> rates.put(id,
				CompletionRate.of(sums.getOrDefault(old.id(), BigDecimal.ZERO), old.target())));
		return rates;
	}

}
