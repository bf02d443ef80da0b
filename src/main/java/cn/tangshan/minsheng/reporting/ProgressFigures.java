package cn.tangshan.minsheng.reporting;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.tangshan.minsheng.org.UnitView;
import cn.tangshan.minsheng.plan.IndicatorView;
import cn.tangshan.minsheng.plan.PlanOverview;
import cn.tangshan.minsheng.plan.ProjectView;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's read API for dashboards, bulletins and exports: the reported figures of a
 * plan year in four aggregate queries, whatever the number of projects, units and months
 * (no query per row). Only approved values are figures; submitted-but-unreviewed ones
 * come apart, as {@link Figures#pending()}.
 */
@Service
@Transactional(readOnly = true)
public class ProgressFigures {

	/*
	 * Periods come as yyyymm integers and instants as epoch microseconds (exact: the
	 * server keeps microseconds): reading thousands of dates and timestamps through the
	 * JDBC time zone's calendar was a hot spot of the dashboard.
	 */

	private static final String PERIOD = "cast(extract(year from r.period) * 100 + extract(month from r.period) as integer)";

	private static final String APPROVED = """
			select r.unit_id, v.indicator_id, %s, v.cumulative, v.percent_complete
			from report r join report_value v on v.report_id = r.id
			where r.status = 'APPROVED' and r.project_id in (:projects) and r.period between :first and :last
			and (v.cumulative is not null or v.percent_complete is not null)
			order by r.period""".formatted(PERIOD);

	private static final String SHARES = """
			select a.indicator_id, a.unit_id, a.amount from allocation a where a.indicator_id in (:indicators)""";

	private static final String REPORTS = """
			select r.unit_id, r.project_id, %s, r.status,
				cast(extract(epoch from r.first_submitted_at) * 1000000 as bigint), r.late
			from report r where r.project_id in (:projects) and r.period between :first and :last""".formatted(PERIOD);

	private static final String PENDING = """
			select r.unit_id, v.indicator_id, v.cumulative, v.percent_complete
			from report r join report_value v on v.report_id = r.id
			where r.status = 'SUBMITTED' and r.project_id in (:projects) and r.period = :month""";

	private static final String NARRATIVES = """
			select distinct on (r.unit_id, r.project_id) r.unit_id, r.project_id, r.period, r.progress_text,
				r.problems_text
			from report r
			where r.status = 'APPROVED' and r.project_id in (:projects) and r.period between :first and :month
			order by r.unit_id, r.project_id, r.period desc""";

	private static final String CITY_SUMS = """
			select latest.indicator_id, sum(latest.cumulative) from (
				select distinct on (r.unit_id, v.indicator_id) v.indicator_id, v.cumulative
				from report r join report_value v on v.report_id = r.id
				where r.status = 'APPROVED' and v.indicator_id in (:indicators) and r.period between :first and :month
				and v.cumulative is not null
				order by r.unit_id, v.indicator_id, r.period desc) latest
			group by latest.indicator_id""";

	private final EntityManager entityManager;

	ProgressFigures(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * Everything reported for a plan from January up to {@code upTo}, and the submitted
	 * values of {@code month} awaiting review.
	 * @param plan the plan, its projects and indicators
	 * @param units every unit the plan's reporters may belong to, by id (to tell counties
	 * from departments)
	 * @param month the month looked at
	 * @param upTo the last month of the history (at least {@code month})
	 */
	public Figures of(PlanOverview plan, Map<Long, UnitView> units, YearMonth month, YearMonth upTo) {
		List<Long> projects = plan.projects().stream().map(ProjectView::id).toList();
		List<Long> indicators = plan.projects()
			.stream()
			.flatMap((p) -> p.indicators().stream())
			.map(IndicatorView::id)
			.toList();
		if (projects.isEmpty() || indicators.isEmpty()) {
			return new Figures(month, List.of(), List.of(), List.of(), List.of(), List.of());
		}
		LocalDate first = YearMonth.of(plan.plan().year(), 1).atDay(1);
		LocalDate last = (upTo.isBefore(month) ? month : upTo).atDay(1);
		List<Approved> approved = rows(APPROVED, Map.of("projects", projects, "first", first, "last", last)).stream()
			.map((r) -> new Approved(id(r[0]), id(r[1]), month(r[2]), (BigDecimal) r[3], (BigDecimal) r[4]))
			.toList();
		List<Share> shares = rows(SHARES, Map.of("indicators", indicators)).stream()
			.map((r) -> new Share(id(r[0]), id(r[1]), (BigDecimal) r[2]))
			.toList();
		List<ReportRow> reports = rows(REPORTS, Map.of("projects", projects, "first", first, "last", last)).stream()
			.map((r) -> new ReportRow(id(r[0]), id(r[1]), month(r[2]), ReportStatus.valueOf((String) r[3]),
					micros(r[4]), (Boolean) r[5]))
			.toList();
		List<Pending> pending = rows(PENDING, Map.of("projects", projects, "month", month.atDay(1))).stream()
			.map((r) -> new Pending(id(r[0]), id(r[1]), (r[2] != null) ? (BigDecimal) r[2] : (BigDecimal) r[3]))
			.toList();
		return new Figures(month, approved, shares, ReportingDuties.of(plan, shares, units), reports, pending);
	}

	/**
	 * The city's approved cumulative per quantitative indicator as of the end of a month
	 * (each unit's latest approved figure of that year up to the month, summed), in one
	 * aggregate query: last year's completion beside this year's.
	 */
	public Map<Long, BigDecimal> citySums(Collection<Long> indicatorIds, YearMonth month) {
		if (indicatorIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, BigDecimal> sums = new HashMap<>();
		rows(CITY_SUMS, Map.of("indicators", indicatorIds, "first", YearMonth.of(month.getYear(), 1).atDay(1), "month",
				month.atDay(1)))
			.forEach((r) -> sums.put(id(r[0]), (BigDecimal) r[1]));
		return sums;
	}

	/**
	 * The texts (进展情况, 存在问题) of each unit's latest approved report per project up to
	 * {@code month}, in one query: what a ledger cites as the latest progress.
	 */
	public List<Narrative> narratives(PlanOverview plan, YearMonth month) {
		List<Long> projects = plan.projects().stream().map(ProjectView::id).toList();
		if (projects.isEmpty()) {
			return List.of();
		}
		LocalDate first = YearMonth.of(plan.plan().year(), 1).atDay(1);
		return rows(NARRATIVES, Map.of("projects", projects, "first", first, "month", month.atDay(1))).stream()
			.map((r) -> new Narrative(id(r[0]), id(r[1]), month(r[2]), (String) r[3], (String) r[4]))
			.toList();
	}

	@SuppressWarnings("unchecked")
	private List<Object[]> rows(String sql, Map<String, Object> parameters) {
		var query = this.entityManager.createNativeQuery(sql);
		parameters.forEach(query::setParameter);
		return query.getResultList();
	}

	private static Long id(Object value) {
		return ((Number) value).longValue();
	}

	private static Instant micros(Object value) {
		if (value == null) {
			return null;
		}
		long micros = ((Number) value).longValue();
		return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
	}

	private static YearMonth month(Object value) {
		if (value instanceof Number yyyymm) {
			int period = yyyymm.intValue();
			return YearMonth.of(period / 100, period % 100);
		}
		LocalDate date = (value instanceof Date sql) ? sql.toLocalDate() : (LocalDate) value;
		return YearMonth.from(date);
	}

	/**
	 * An approved figure: a unit's cumulative value (quantitative) or self-assessed
	 * percent (milestone) for an indicator at the end of a month.
	 */
	public record Approved(Long unitId, Long indicatorId, YearMonth month, BigDecimal cumulative,
			BigDecimal percentComplete) {

		public BigDecimal figure() {
			return (this.cumulative != null) ? this.cumulative : this.percentComplete;
		}

	}

	/** A unit's share of an indicator's target (任务分解). */
	public record Share(Long indicatorId, Long unitId, BigDecimal amount) {
	}

	/**
	 * One indicator a unit reports, with its share of the target ({@code null} for a
	 * milestone; the city target for an indicator that is not split).
	 */
	public record Duty(Long unitId, Long projectId, Long indicatorId, BigDecimal allocation) {
	}

	/** Where a (unit, project, month) report stands. */
	public record ReportRow(Long unitId, Long projectId, YearMonth month, ReportStatus status, Instant firstSubmittedAt,
			boolean late) {
	}

	/** A submitted value awaiting review: shown as pending, never counted. */
	public record Pending(Long unitId, Long indicatorId, BigDecimal figure) {
	}

	/**
	 * The figures of a plan year.
	 *
	 * @param month the month looked at
	 * @param approved every approved figure up to the last month asked for, oldest first
	 * @param shares the allocations
	 * @param duties who reports which indicator
	 * @param reports every report's state up to the last month asked for
	 * @param pending submitted values of {@code month} awaiting review
	 */
	public record Figures(YearMonth month, List<Approved> approved, List<Share> shares, List<Duty> duties,
			List<ReportRow> reports, List<Pending> pending) {

		/**
		 * Each unit's approved figure per indicator as of the end of a month: from the
		 * latest approved report with a period up to that month, by unit id then
		 * indicator id.
		 */
		public Map<Long, Map<Long, BigDecimal>> approvedAsOf(YearMonth asOf) {
			Map<Long, Map<Long, BigDecimal>> result = new HashMap<>();
			for (Approved figure : this.approved) { // oldest first: later months
													// overwrite
				if (!figure.month().isAfter(asOf)) {
					result.computeIfAbsent(figure.unitId(), (k) -> new HashMap<>())
						.put(figure.indicatorId(), figure.figure());
				}
			}
			return result;
		}

		/**
		 * Reports by (unit, project, month).
		 */
		public Map<ReportKey, ReportRow> reportsByKey() {
			return this.reports.stream()
				.collect(Collectors.toMap((r) -> new ReportKey(r.unitId(), r.projectId(), r.month()),
						Function.identity()));
		}

		/**
		 * Pending values by unit id then indicator id.
		 */
		public Map<Long, Map<Long, BigDecimal>> pendingByUnit() {
			Map<Long, Map<Long, BigDecimal>> result = new HashMap<>();
			this.pending.forEach(
					(p) -> result.computeIfAbsent(p.unitId(), (k) -> new HashMap<>()).put(p.indicatorId(), p.figure()));
			return result;
		}

		public long submittedCount(Collection<Long> unitIds, Collection<Long> projectIds) {
			return this.reports.stream()
				.filter((r) -> r.status() == ReportStatus.SUBMITTED && unitIds.contains(r.unitId())
						&& projectIds.contains(r.projectId()))
				.count();
		}

	}

	/**
	 * The texts of a unit's latest approved report on a project.
	 *
	 * @param month the report's month, which may be before the month asked for
	 */
	public record Narrative(Long unitId, Long projectId, YearMonth month, String progress, String problems) {
	}

	/** A report's identity. */
	public record ReportKey(Long unitId, Long projectId, YearMonth month) {
	}

}
