package cn.tangshan.minsheng.reporting;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tangshan.minsheng.org.UnitType;
import cn.tangshan.minsheng.org.UnitView;
import cn.tangshan.minsheng.org.Units;
import cn.tangshan.minsheng.plan.IndicatorView;
import cn.tangshan.minsheng.plan.PlanCatalog;
import cn.tangshan.minsheng.plan.PlanOverview;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who still owes reports for a month: every unit with at least one project it reports (by
 * {@link ReportingDuties}) whose report of the month is not submitted or approved (no
 * report, a draft, or a returned one). Two queries whatever the number of units.
 */
@Service
@Transactional(readOnly = true)
public class OutstandingReports {

	private static final String SHARES = """
			select a.indicator_id, a.unit_id, a.amount from allocation a where a.indicator_id in (:indicators)""";

	private static final String DONE = """
			select r.unit_id, r.project_id from report r
			where r.period = :month and r.status in ('SUBMITTED', 'APPROVED')""";

	private final PlanCatalog plans;

	private final Units units;

	private final EntityManager entityManager;

	OutstandingReports(PlanCatalog plans, Units units, EntityManager entityManager) {
		this.plans = plans;
		this.units = units;
		this.entityManager = entityManager;
	}

	/**
	 * The ids of the units that have not submitted all their reports of a month, in unit
	 * order (counties, then departments).
	 */
	@SuppressWarnings("unchecked")
	public Set<Long> unitsYetToSubmit(YearMonth month) {
		PlanOverview plan = this.plans.currentOverview().orElse(null);
		if (plan == null || plan.plan().year() != month.getYear()) {
			return Set.of();
		}
		List<Long> indicators = plan.projects()
			.stream()
			.flatMap((p) -> p.indicators().stream())
			.map(IndicatorView::id)
			.toList();
		if (indicators.isEmpty()) {
			return Set.of();
		}
		Map<Long, UnitView> reporters = new LinkedHashMap<>();
		// A deactivated unit is not reminded of deadlines.
		this.units.ofType(UnitType.COUNTY).stream().filter(UnitView::active).forEach((u) -> reporters.put(u.id(), u));
		this.units.ofType(UnitType.DEPARTMENT)
			.stream()
			.filter(UnitView::active)
			.forEach((u) -> reporters.put(u.id(), u));
		List<ProgressFigures.Share> shares = ((List<Object[]>) this.entityManager.createNativeQuery(SHARES)
			.setParameter("indicators", indicators)
			.getResultList()).stream()
			.map((r) -> new ProgressFigures.Share(id(r[0]), id(r[1]), (BigDecimal) r[2]))
			.toList();
		Set<List<Long>> done = new HashSet<>();
		((List<Object[]>) this.entityManager.createNativeQuery(DONE)
			.setParameter("month", month.atDay(1))
			.getResultList()).forEach((r) -> done.add(List.of(id(r[0]), id(r[1]))));
		Set<Long> owing = new HashSet<>();
		for (ProgressFigures.Duty duty : ReportingDuties.of(plan, shares, reporters)) {
			if (!done.contains(List.of(duty.unitId(), duty.projectId()))) {
				owing.add(duty.unitId());
			}
		}
		Set<Long> ordered = new LinkedHashSet<>();
		reporters.keySet().stream().filter(owing::contains).forEach(ordered::add);
		return ordered;
	}

	private static Long id(Object value) {
		return ((Number) value).longValue();
	}

}
