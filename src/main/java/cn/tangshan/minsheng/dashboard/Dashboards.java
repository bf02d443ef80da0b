package cn.tangshan.minsheng.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.account.Role;
import cn.tangshan.minsheng.notification.NotificationKind;
import cn.tangshan.minsheng.notification.Notifications;
import cn.tangshan.minsheng.org.UnitType;
import cn.tangshan.minsheng.org.UnitView;
import cn.tangshan.minsheng.org.Units;
import cn.tangshan.minsheng.plan.IndicatorView;
import cn.tangshan.minsheng.plan.PlanCatalog;
import cn.tangshan.minsheng.plan.PlanArchivedException;
import cn.tangshan.minsheng.plan.PlanOverview;
import cn.tangshan.minsheng.plan.PlanSummary;
import cn.tangshan.minsheng.plan.ProjectView;
import cn.tangshan.minsheng.progress.Assessment;
import cn.tangshan.minsheng.progress.Completeness;
import cn.tangshan.minsheng.progress.CompletionRate;
import cn.tangshan.minsheng.progress.CountyRanking;
import cn.tangshan.minsheng.progress.Headline;
import cn.tangshan.minsheng.progress.ProgressSettings;
import cn.tangshan.minsheng.progress.ReportState;
import cn.tangshan.minsheng.progress.ReportingDeadline;
import cn.tangshan.minsheng.progress.Status;
import cn.tangshan.minsheng.reporting.ProgressFigures;
import cn.tangshan.minsheng.reporting.ProgressFigures.Duty;
import cn.tangshan.minsheng.reporting.ProgressFigures.Figures;
import cn.tangshan.minsheng.reporting.ProgressFigures.ReportKey;
import cn.tangshan.minsheng.reporting.ProgressFigures.ReportRow;
import cn.tangshan.minsheng.reporting.ReportStatus;
import cn.tangshan.minsheng.reporting.ReportingCalendar;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's API: the dashboard of a month, a project's breakdown by unit, and the
 * coordinator's reminder. Each call is a fixed handful of queries (plan, units, settings
 * and the four of {@link ProgressFigures}); everything else is computed here with the
 * {@code progress} rules.
 */
@Service
@Transactional(readOnly = true)
public class Dashboards {

	/**
	 * A unit's month in the matrix shows the state that needs attention first among its
	 * reports.
	 */
	private static final List<Completeness> ATTENTION_FIRST = List.of(Completeness.MISSING, Completeness.RETURNED,
			Completeness.NOT_DUE, Completeness.PENDING, Completeness.LATE, Completeness.ON_TIME);

	private final PlanCatalog plans;

	private final Units units;

	private final ProgressFigures figures;

	private final PlanProgressSettings settings;

	private final ReportingCalendar calendar;

	private final Notifications notifications;

	private final FiguresCache cache;

	Dashboards(PlanCatalog plans, Units units, ProgressFigures figures, PlanProgressSettings settings,
			ReportingCalendar calendar, Notifications notifications, FiguresCache cache) {
		this.notifications = notifications;
		this.cache = cache;
		this.plans = plans;
		this.units = units;
		this.figures = figures;
		this.settings = settings;
		this.calendar = calendar;
	}

	/**
	 * @param requested the month asked for, {@code null} for the latest closed month
	 * @throws DashboardNotFoundException when the month is outside January to the month
	 * being reported
	 */
	public Dashboard view(CurrentUser user, YearMonth requested) {
		return view(user, null, requested);
	}

	/**
	 * @param year the plan year asked for ({@code ?year=}), {@code null} for the year of
	 * the month asked for or the year in force
	 */
	public Dashboard view(CurrentUser user, Integer year, YearMonth requested) {
		Scope.requireViewer(user);
		return cached("view", user, year, requested, null, () -> {
			Context context = context(year, requested);
			Scope scope = Scope.of(user, context.plan(), context.figures().duties());
			return result(new Calculation(context, scope).dashboard(), context);
		});
	}

	/**
	 * One project's figures by unit.
	 * @throws org.springframework.security.access.AccessDeniedException when the project
	 * is outside the user's scope
	 */
	public Breakdown breakdown(CurrentUser user, Long projectId, YearMonth requested) {
		Scope.requireViewer(user);
		return cached("breakdown", user, null, requested, projectId,
				() -> computeBreakdown(user, projectId, requested));
	}

	private FiguresCache.Cached<Breakdown> computeBreakdown(CurrentUser user, Long projectId, YearMonth requested) {
		Context context = context(null, requested);
		ProjectView project = find(context, projectId);
		if (project == null && requested == null) {
			// A project of a past year: its breakdown is of that year.
			Integer year = this.plans.planOfProject(projectId).map(PlanSummary::year).orElse(null);
			if (year != null) {
				context = context(year, null);
				project = find(context, projectId);
			}
		}
		if (project == null) {
			throw new DashboardNotFoundException("Project " + projectId);
		}
		Scope scope = Scope.of(user, context.plan(), context.figures().duties());
		if (!scope.seesProject(projectId)) {
			throw new AccessDeniedException("Project " + projectId);
		}
		return result(new Calculation(context, scope).breakdown(project), context);
	}

	/**
	 * The dashboard with every visible project's breakdown and the latest approved report
	 * texts, for exports: one calculation, the same rules and scope as the dashboard.
	 */
	public DashboardDetails details(CurrentUser user, YearMonth requested) {
		return details(user, null, requested);
	}

	/**
	 * {@link #details(CurrentUser, YearMonth)} of a plan year ({@code null}: as
	 * {@link #view(CurrentUser, Integer, YearMonth)}).
	 */
	public DashboardDetails details(CurrentUser user, Integer year, YearMonth requested) {
		Scope.requireViewer(user);
		return cached("details", user, year, requested, null, () -> computeDetails(user, year, requested));
	}

	private FiguresCache.Cached<DashboardDetails> computeDetails(CurrentUser user, Integer year, YearMonth requested) {
		Context context = context(year, requested);
		Scope scope = Scope.of(user, context.plan(), context.figures().duties());
		Calculation calculation = new Calculation(context, scope);
		List<Breakdown> breakdowns = calculation.visibleProjects().stream().map(calculation::breakdown).toList();
		Map<Long, ProjectView> projects = new HashMap<>();
		context.plan().projects().forEach((p) -> projects.put(p.id(), p));
		Map<Long, Integer> unitOrder = new HashMap<>();
		for (Long unitId : context.units().keySet()) {
			unitOrder.put(unitId, unitOrder.size());
		}
		Map<Long, List<DashboardDetails.Narrative>> narratives = new LinkedHashMap<>();
		this.figures.narratives(context.plan(), context.month())
			.stream()
			.filter((n) -> scope.seesProject(n.projectId()) && scope.seesUnitDetails(n.unitId())
					&& context.units().containsKey(n.unitId()))
			.sorted(Comparator
				.comparing((ProgressFigures.Narrative n) -> projects.get(n.projectId())
					.leads()
					.stream()
					.noneMatch((u) -> u.id().equals(n.unitId())))
				.thenComparingInt((n) -> unitOrder.getOrDefault(n.unitId(), -1)))
			.forEach((n) -> narratives.computeIfAbsent(n.projectId(), (k) -> new ArrayList<>())
				.add(new DashboardDetails.Narrative(context.units().get(n.unitId()), n.month(), n.progress(),
						n.problems())));
		return result(new DashboardDetails(calculation.dashboard(), breakdowns, narratives), context);
	}

	/**
	 * The units that have not submitted the month's report for at least one of their
	 * projects (never submitted: 未报送, or not yet due), as the coordinator's reminder
	 * reaches them.
	 */
	public List<UnitView> notReported(CurrentUser user, YearMonth month) {
		Scope.requireViewer(user);
		return cached("notReported", user, null, month, null, () -> computeNotReported(user, month));
	}

	private FiguresCache.Cached<List<UnitView>> computeNotReported(CurrentUser user, YearMonth month) {
		Context context = context(null, month);
		if (!context.plan().plan().active()) {
			// Nobody is reminded to report an archived year.
			throw new PlanArchivedException(context.plan().plan().year());
		}
		Scope scope = Scope.of(user, context.plan(), context.figures().duties());
		return result(new Calculation(context, scope).notReported(), context);
	}

	/**
	 * The coordinator's reminder: an in-app notification to every unit that has not
	 * submitted the month's report for at least one of its projects, leading to its form.
	 * A second reminder of the same month to a unit that has not read the first refreshes
	 * the first instead of adding another.
	 * @return the units reminded
	 */
	@Transactional
	public List<UnitView> remind(CurrentUser user, YearMonth month) {
		if (!user.is(Role.COORDINATOR)) {
			throw new AccessDeniedException("Only the coordinator sends reminders");
		}
		// A deactivated unit is never reminded.
		List<UnitView> units = notReported(user, month).stream().filter(UnitView::active).toList();
		// A unit that has not read the last reminder of the month gets that one
		// refreshed.
		this.notifications.send(units.stream().map(UnitView::id).toList(), NotificationKind.REPORT_REMINDER, month,
				user.id(), "/reports?month=" + month);
		return units;
	}

	/**
	 * A result of the current figures version ({@link FiguresCache}): computed once per
	 * version, viewer, parameters and current month, while no deadline passes.
	 */
	private <T> T cached(String kind, CurrentUser user, Integer year, YearMonth requested, Long projectId,
			java.util.function.Supplier<FiguresCache.Cached<T>> compute) {
		// The calendar month, not the month being reported (that one needs the plan): the
		// deadline that tells them apart is among those the result holds between.
		Instant now = this.calendar.now();
		List<Object> key = java.util.Arrays.asList(kind, user.role(), user.unitId(), year, requested, projectId,
				YearMonth.from(now.atZone(this.calendar.zone())));
		return this.cache.get(key, now, compute);
	}

	/**
	 * The result with the deadlines around the instant it was computed at: the months
	 * shown change state only when one of them passes.
	 */
	private <T> FiguresCache.Cached<T> result(T value, Context context) {
		Instant after = null;
		Instant until = null;
		for (YearMonth m : context.months()) {
			Instant deadline = deadline(context.plan(), m);
			if (context.now().isAfter(deadline)) {
				after = (after == null || deadline.isAfter(after)) ? deadline : after;
			}
			else {
				until = (until == null || deadline.isBefore(until)) ? deadline : until;
			}
		}
		// About 64 bytes per unit and month, per unit and indicator (matrix, heat map,
		// breakdowns), and the texts of the details.
		long units = context.units().size();
		long indicators = context.plan().projects().stream().mapToLong((p) -> p.indicators().size()).sum();
		long bytes;
		if (value instanceof DashboardDetails) {
			bytes = 64 * units * (12 + 3 * indicators) + 256 * units * context.plan().projects().size();
		}
		else if (value instanceof Breakdown breakdown) {
			bytes = 128 * units * breakdown.project().indicators().size() + 4096;
		}
		else {
			bytes = 64 * units * (12 + indicators) + 4096;
		}
		return new FiguresCache.Cached<>(value, after, until, bytes);
	}

	private static ProjectView find(Context context, Long projectId) {
		return context.plan().projects().stream().filter((p) -> p.id().equals(projectId)).findFirst().orElse(null);
	}

	private Context context(Integer year, YearMonth requested) {
		PlanOverview plan = this.plans.currentOverview().orElseThrow(() -> new DashboardNotFoundException("No plan"));
		YearMonth current = this.calendar.currentMonth();
		Instant now = this.calendar.now();
		Integer shownYear = (requested != null) ? Integer.valueOf(requested.getYear()) : year;
		if (shownYear != null && shownYear != plan.plan().year()) {
			// A past year: every month of it is closed and can be shown.
			plan = this.plans.overview(shownYear)
				.filter((p) -> p.plan().archived())
				.orElseThrow(() -> new DashboardNotFoundException("Year " + shownYear));
			current = YearMonth.of(shownYear, 12);
		}
		YearMonth first = YearMonth.of(plan.plan().year(), 1);
		// An archived year opens on its December: the year is over.
		YearMonth month = (requested != null) ? requested
				: plan.plan().archived() ? YearMonth.of(plan.plan().year(), 12) : defaultMonth(plan, current, now);
		if (month.isBefore(first) || month.isAfter(current)) {
			throw new DashboardNotFoundException("Month " + month);
		}
		List<UnitView> counties = this.units.ofType(UnitType.COUNTY);
		List<UnitView> departments = this.units.ofType(UnitType.DEPARTMENT);
		Map<Long, UnitView> byId = new LinkedHashMap<>();
		counties.forEach((u) -> byId.put(u.id(), u));
		departments.forEach((u) -> byId.put(u.id(), u));
		ProgressSettings progressSettings = this.settings.of(plan.plan().id());
		Figures found = this.figures.of(plan, byId, month, current);
		return new Context(plan, month, current, now, counties, departments, byId, progressSettings, found);
	}

	/**
	 * The month a dashboard opens on: the latest month whose deadline has passed (June
	 * from 6 July on), or January before the first one has.
	 */
	private YearMonth defaultMonth(PlanOverview plan, YearMonth current, Instant now) {
		for (YearMonth m = current; m.getYear() == plan.plan().year(); m = m.minusMonths(1)) {
			if (!ReportingDeadline.isMet(now, deadline(plan, m))) {
				return m;
			}
		}
		return YearMonth.of(plan.plan().year(), 1);
	}

	private Instant deadline(PlanOverview plan, YearMonth month) {
		return ReportingDeadline.of(month, plan.plan().reportDeadlineDay(), this.calendar.zone());
	}

	private record Context(PlanOverview plan, YearMonth month, YearMonth current, Instant now, List<UnitView> counties,
			List<UnitView> departments, Map<Long, UnitView> units, ProgressSettings settings, Figures figures) {

		List<YearMonth> months() {
			List<YearMonth> months = new ArrayList<>();
			for (YearMonth m = this.current; m.getYear() == this.plan.plan().year(); m = m.minusMonths(1)) {
				months.add(m);
			}
			return months;
		}

	}

	/**
	 * The figures of one request, indexed once.
	 */
	private final class Calculation {

		private final Context context;

		private final Scope scope;

		private final Year year;

		private final Map<Long, Map<Long, BigDecimal>> approved;

		private final Map<Long, List<Duty>> dutiesByIndicator;

		private final Map<ReportKey, ReportRow> reports;

		/** (unit, project) pairs that report, in unit order. */
		private final Set<List<Long>> reporting;

		/*
		 * Indexes built once per request: the ranking, heat map and matrix look figures
		 * up per county and month, which scanning the lists made the dashboard's hot
		 * spot.
		 */

		/** A county's shares by indicator. */
		private final Map<Long, Map<Long, Duty>> dutiesByUnit = new HashMap<>();

		/** The projects each unit reports, in project order. */
		private final Map<Long, List<Long>> projectsByUnit = new HashMap<>();

		/**
		 * Submitted (pending) reports of the month by project, of units whose details are
		 * visible.
		 */
		private final Map<Long, Long> pendingByProject = new HashMap<>();

		private final Map<YearMonth, Instant> deadlines = new HashMap<>();

		/** Each unit's place in the units' order. */
		private final Map<Long, Integer> unitOrder = new HashMap<>();

		/** Each unit's figures as of an earlier month, by unit id then indicator id. */
		private final Map<YearMonth, Map<Long, Map<Long, BigDecimal>>> approvedByMonth = new HashMap<>();

		/**
		 * The sum over units of the approved figures per indicator as of each month from
		 * January: built once, in one pass over the approved figures, for the city lines
		 * of every month (the chart).
		 */
		private Map<YearMonth, Map<Long, BigDecimal>> citySums;

		Calculation(Context context, Scope scope) {
			this.context = context;
			this.scope = scope;
			this.year = Year.of(context.plan().plan().year());
			this.approved = context.figures().approvedAsOf(context.month());
			this.dutiesByIndicator = context.figures()
				.duties()
				.stream()
				.collect(Collectors.groupingBy(Duty::indicatorId));
			this.reports = context.figures().reportsByKey();
			Map<Long, Integer> order = this.unitOrder;
			int i = 0;
			for (Long unitId : context.units().keySet()) {
				order.put(unitId, i++);
			}
			this.reporting = context.figures()
				.duties()
				.stream()
				.sorted(Comparator.comparing((Duty d) -> order.getOrDefault(d.unitId(), Integer.MAX_VALUE))
					.thenComparing(Duty::projectId))
				.map((d) -> List.of(d.unitId(), d.projectId()))
				.collect(Collectors.toCollection(LinkedHashSet::new));
			for (Duty duty : context.figures().duties()) {
				this.dutiesByUnit.computeIfAbsent(duty.unitId(), (k) -> new HashMap<>()).put(duty.indicatorId(), duty);
			}
			for (List<Long> pair : this.reporting) {
				this.projectsByUnit.computeIfAbsent(pair.get(0), (k) -> new ArrayList<>()).add(pair.get(1));
			}
			for (ReportRow r : context.figures().reports()) {
				if (r.month().equals(context.month()) && r.status() == ReportStatus.SUBMITTED
						&& scope.seesUnitDetails(r.unitId())) {
					this.pendingByProject.merge(r.projectId(), 1L, Long::sum);
				}
			}
		}

		Dashboard dashboard() {
			YearMonth month = this.context.month();
			List<ProjectView> visible = visibleProjects();
			Map<Long, Dashboard.ProjectLine> lines = new LinkedHashMap<>();
			for (ProjectView project : visible) {
				lines.put(project.id(), projectLine(project, month));
			}
			Headline headline = Headline.of(lines.values().stream().map(Dashboard.ProjectLine::status).toList());
			Map<Completeness, Integer> reportCounts = new EnumMap<>(Completeness.class);
			for (List<Long> pair : this.reporting) {
				if (this.scope.seesProject(pair.get(1)) && this.scope.seesUnitDetails(pair.get(0))) {
					reportCounts.merge(completeness(pair.get(0), pair.get(1), month), 1, Integer::sum);
				}
			}
			boolean seesDepartments = !this.scope.isCounty();
			// An archived year: no reminders, no settings changes.
			boolean mayAct = this.scope.mayRemind() && this.context.plan().plan().active();
			return new Dashboard(this.context.plan().plan(), month, this.context.months(), this.context.settings(),
					expected(month), headline, overall(visible, month), reportCounts, List.copyOf(lines.values()),
					ranking(), seesDepartments ? departments(lines) : List.of(), matrix(), chart(visible),
					heatMap(visible), new Dashboard.Viewer(mayAct, mayAct, seesDepartments, this.scope.isCounty()),
					mayAct ? notReported() : List.of());
		}

		Breakdown breakdown(ProjectView project) {
			Map<Long, Map<Long, BigDecimal>> pending = this.context.figures().pendingByUnit();
			List<Breakdown.IndicatorBreakdown> indicators = new ArrayList<>();
			for (IndicatorView indicator : project.indicators()) {
				List<Breakdown.UnitLine> lines = new ArrayList<>();
				for (Duty duty : sortedByUnit(this.dutiesByIndicator.getOrDefault(indicator.id(), List.of()))) {
					UnitView unit = this.context.units().get(duty.unitId());
					BigDecimal value = value(duty.unitId(), indicator.id(), this.approved);
					CompletionRate rate = indicator.isQuantitative() ? CompletionRate.of(value, duty.allocation())
							: CompletionRate.milestone(value);
					boolean details = this.scope.seesUnitDetails(duty.unitId());
					lines.add(new Breakdown.UnitLine(unit, duty.allocation(), value, assess(rate),
							details ? completeness(duty.unitId(), project.id(), this.context.month()) : null,
							details ? pending.getOrDefault(duty.unitId(), Map.of()).get(indicator.id()) : null,
							duty.unitId().equals(this.scope.user().unitId())));
				}
				indicators.add(new Breakdown.IndicatorBreakdown(indicator, lines));
			}
			return new Breakdown(project, this.context.month(), this.context.settings(), indicators,
					projectChart(project));
		}

		/** From the figures already read: no query per month. */
		private Breakdown.Chart projectChart(ProjectView project) {
			List<YearMonth> months = new ArrayList<>();
			List<BigDecimal> expected = new ArrayList<>();
			List<List<BigDecimal>> rates = new ArrayList<>();
			project.indicators().forEach((i) -> rates.add(new ArrayList<>()));
			for (YearMonth m = YearMonth.of(this.year.getValue(), 1); !m.isAfter(this.context.month()); m = m
				.plusMonths(1)) {
				months.add(m);
				expected.add(expected(m));
				for (int i = 0; i < project.indicators().size(); i++) {
					Dashboard.IndicatorLine line = cityLine(project, project.indicators().get(i), m);
					rates.get(i).add(line.assessment().rate().percent().orElse(BigDecimal.ZERO));
				}
			}
			List<Breakdown.Series> series = new ArrayList<>();
			for (int i = 0; i < project.indicators().size(); i++) {
				series.add(new Breakdown.Series(project.indicators().get(i), rates.get(i)));
			}
			return new Breakdown.Chart(months, series, expected);
		}

		List<UnitView> notReported() {
			Set<Long> unitIds = new LinkedHashSet<>();
			for (List<Long> pair : this.reporting) {
				if (!this.scope.seesProject(pair.get(1)) || !this.scope.seesUnitDetails(pair.get(0))) {
					continue;
				}
				Completeness state = completeness(pair.get(0), pair.get(1), this.context.month());
				if (state == Completeness.MISSING || state == Completeness.NOT_DUE) {
					unitIds.add(pair.get(0));
				}
			}
			return unitIds.stream().map(this.context.units()::get).toList();
		}

		private List<ProjectView> visibleProjects() {
			return this.context.plan().projects().stream().filter((p) -> this.scope.seesProject(p.id())).toList();
		}

		private Dashboard.ProjectLine projectLine(ProjectView project, YearMonth month) {
			List<Dashboard.IndicatorLine> indicators = new ArrayList<>();
			List<Status> quantitative = new ArrayList<>();
			Status milestone = null;
			for (IndicatorView indicator : project.indicators()) {
				Dashboard.IndicatorLine line = cityLine(project, indicator, month);
				indicators.add(line);
				if (indicator.isQuantitative()) {
					quantitative.add(line.assessment().status());
				}
				else {
					milestone = line.assessment().status();
				}
			}
			long pending = month.equals(this.context.month()) ? this.pendingByProject.getOrDefault(project.id(), 0L)
					: 0;
			return new Dashboard.ProjectLine(project, Headline.projectStatus(quantitative, milestone), indicators,
					pending);
		}

		/**
		 * The city's figure: the sum of the units' approved values against the target;
		 * for a milestone, the first lead's self-assessed percent.
		 */
		private Dashboard.IndicatorLine cityLine(ProjectView project, IndicatorView indicator, YearMonth month) {
			if (indicator.isQuantitative()) {
				BigDecimal sum = citySums(month).getOrDefault(indicator.id(), BigDecimal.ZERO);
				return new Dashboard.IndicatorLine(indicator, sum,
						this.context.settings().assess(CompletionRate.of(sum, indicator.target()), expected(month)));
			}
			BigDecimal percent = project.leads().isEmpty() ? null
					: value(project.leads().get(0).id(), indicator.id(), approvedAsOf(month));
			return new Dashboard.IndicatorLine(indicator, percent,
					this.context.settings().assess(CompletionRate.milestone(percent), expected(month)));
		}

		/**
		 * The approved figures as of the end of a month: the month looked at's, or an
		 * earlier month's, read once.
		 */
		private Map<Long, Map<Long, BigDecimal>> approvedAsOf(YearMonth month) {
			if (month.equals(this.context.month())) {
				return this.approved;
			}
			return this.approvedByMonth.computeIfAbsent(month, this.context.figures()::approvedAsOf);
		}

		/**
		 * The sum over units of the approved figures per indicator as of the end of a
		 * month (no entry where no unit has a figure).
		 */
		private Map<Long, BigDecimal> citySums(YearMonth month) {
			if (this.citySums == null) {
				this.citySums = new HashMap<>();
				Map<Long, Map<Long, BigDecimal>> values = new HashMap<>();
				List<ProgressFigures.Approved> approved = this.context.figures().approved();
				int next = 0;
				for (YearMonth m = YearMonth.of(this.year.getValue(), 1); !m.isAfter(this.context.month()); m = m
					.plusMonths(1)) {
					// oldest first: later months overwrite
					while (next < approved.size() && !approved.get(next).month().isAfter(m)) {
						ProgressFigures.Approved figure = approved.get(next++);
						values.computeIfAbsent(figure.unitId(), (k) -> new HashMap<>())
							.put(figure.indicatorId(), figure.figure());
					}
					Map<Long, BigDecimal> sums = new HashMap<>();
					for (Map<Long, BigDecimal> unitValues : values.values()) {
						unitValues.forEach((indicatorId, value) -> sums.merge(indicatorId, BigDecimal.ZERO.add(value),
								BigDecimal::add));
					}
					this.citySums.put(m, sums);
				}
			}
			Map<Long, BigDecimal> sums = this.citySums.get(month);
			if (sums == null) { // outside the months read: as the figures stand then
				sums = new HashMap<>();
				for (Map<Long, BigDecimal> unitValues : approvedAsOf(month).values()) {
					for (Map.Entry<Long, BigDecimal> entry : unitValues.entrySet()) {
						sums.merge(entry.getKey(), BigDecimal.ZERO.add(entry.getValue()), BigDecimal::add);
					}
				}
				this.citySums.put(month, sums);
			}
			return sums;
		}

		private BigDecimal overall(List<ProjectView> projects, YearMonth month) {
			List<CompletionRate> rates = new ArrayList<>();
			for (ProjectView project : projects) {
				for (IndicatorView indicator : project.indicators()) {
					if (indicator.isQuantitative()) {
						rates.add(cityLine(project, indicator, month).assessment().rate());
					}
				}
			}
			return CountyRanking.score(rates).orElse(null);
		}

		private Dashboard.Ranking ranking() {
			YearMonth month = this.context.month();
			CountyRanking last = (month.getMonthValue() > 1) ? countyRanking(month.minusMonths(1), Map.of()) : null;
			CountyRanking ranking = countyRanking(month, (last != null) ? last.ranksByUnit() : Map.of());
			return new Dashboard.Ranking(
					ranking.ranked()
						.stream()
						.map((row) -> new Dashboard.RankLine(this.context.units().get(row.unitId()), row))
						.toList(),
					ranking.unranked().stream().map((e) -> this.context.units().get(e.unitId())).toList());
		}

		private CountyRanking countyRanking(YearMonth month, Map<Long, Integer> lastRanks) {
			Map<Long, Map<Long, BigDecimal>> values = approvedAsOf(month);
			List<CountyRanking.Entry> entries = new ArrayList<>();
			for (UnitView county : this.context.counties()) {
				List<CompletionRate> rates = new ArrayList<>();
				for (Duty duty : this.dutiesByUnit.getOrDefault(county.id(), Map.of()).values()) {
					if (duty.allocation() != null) {
						rates.add(CompletionRate.of(value(county.id(), duty.indicatorId(), values), duty.allocation()));
					}
				}
				entries.add(new CountyRanking.Entry(county.id(), rates, onTimePercent(county.id(), month)));
			}
			return CountyRanking.of(entries, lastRanks);
		}

		/**
		 * Reports first submitted by their deadline ÷ reports due, over the county's
		 * projects and the months up to {@code upTo} whose deadline has passed.
		 */
		private BigDecimal onTimePercent(Long unitId, YearMonth upTo) {
			long due = 0;
			long onTime = 0;
			for (Long projectId : this.projectsByUnit.getOrDefault(unitId, List.of())) {
				for (YearMonth m = YearMonth.of(this.year.getValue(), 1); !m.isAfter(upTo); m = m.plusMonths(1)) {
					Instant deadline = deadline(m);
					if (!this.context.now().isAfter(deadline)) {
						continue;
					}
					due++;
					ReportRow report = this.reports.get(new ReportKey(unitId, projectId, m));
					if (report != null && report.firstSubmittedAt() != null
							&& ReportingDeadline.isMet(report.firstSubmittedAt(), deadline)) {
						onTime++;
					}
				}
			}
			return CountyRanking.onTimePercent(onTime, due).orElse(null);
		}

		private List<Dashboard.DepartmentLine> departments(Map<Long, Dashboard.ProjectLine> lines) {
			Set<Long> countyIds = this.context.counties().stream().map(UnitView::id).collect(Collectors.toSet());
			List<Dashboard.DepartmentLine> result = new ArrayList<>();
			for (UnitView department : this.context.departments()) {
				List<Dashboard.ProjectLight> led = new ArrayList<>();
				for (Dashboard.ProjectLine line : lines.values()) {
					if (line.project().leads().stream().anyMatch((u) -> u.id().equals(department.id()))) {
						led.add(new Dashboard.ProjectLight(line.project(), line.status()));
					}
				}
				if (!led.isEmpty()) {
					long pending = this.context.figures()
						.submittedCount(countyIds, led.stream().map((p) -> p.project().id()).toList());
					result.add(new Dashboard.DepartmentLine(department, led, pending));
				}
			}
			return result;
		}

		private Dashboard.Matrix matrix() {
			List<YearMonth> months = new ArrayList<>(this.context.months());
			Collections.reverse(months);
			Map<Long, List<Long>> projectsByUnit = new LinkedHashMap<>();
			for (List<Long> pair : this.reporting) {
				if (this.scope.seesProject(pair.get(1)) && this.scope.seesUnitDetails(pair.get(0))) {
					projectsByUnit.computeIfAbsent(pair.get(0), (k) -> new ArrayList<>()).add(pair.get(1));
				}
			}
			List<Dashboard.MatrixRow> rows = new ArrayList<>();
			projectsByUnit.forEach((unitId, projectIds) -> {
				List<Dashboard.MatrixCell> cells = new ArrayList<>();
				for (YearMonth m : months) {
					Map<Completeness, Integer> counts = new EnumMap<>(Completeness.class);
					projectIds.forEach((p) -> counts.merge(completeness(unitId, p, m), 1, Integer::sum));
					Completeness state = ATTENTION_FIRST.stream().filter(counts::containsKey).findFirst().orElseThrow();
					int submitted = counts.getOrDefault(Completeness.ON_TIME, 0)
							+ counts.getOrDefault(Completeness.LATE, 0) + counts.getOrDefault(Completeness.PENDING, 0);
					cells.add(new Dashboard.MatrixCell(m, state, submitted, projectIds.size()));
				}
				rows.add(new Dashboard.MatrixRow(this.context.units().get(unitId), cells));
			});
			return new Dashboard.Matrix(months, rows);
		}

		private Dashboard.Chart chart(List<ProjectView> visible) {
			List<YearMonth> months = new ArrayList<>();
			List<BigDecimal> overall = new ArrayList<>();
			List<BigDecimal> expected = new ArrayList<>();
			for (YearMonth m = YearMonth.of(this.year.getValue(), 1); !m.isAfter(this.context.month()); m = m
				.plusMonths(1)) {
				months.add(m);
				BigDecimal score = overall(visible, m);
				overall.add((score != null) ? score : BigDecimal.ZERO);
				expected.add(expected(m));
			}
			return new Dashboard.Chart(months, overall, expected);
		}

		private Dashboard.HeatMap heatMap(List<ProjectView> visible) {
			List<ProjectView> projects = visible.stream()
				.filter((p) -> this.context.counties()
					.stream()
					.anyMatch((c) -> this.reporting.contains(List.of(c.id(), p.id()))))
				.toList();
			List<Dashboard.HeatRow> rows = new ArrayList<>();
			for (UnitView county : this.context.counties()) {
				if (!this.scope.seesUnitDetails(county.id()) && this.scope.isCounty()) {
					continue;
				}
				List<Dashboard.HeatCell> cells = new ArrayList<>();
				for (ProjectView project : projects) {
					List<CompletionRate> rates = new ArrayList<>();
					List<Status> statuses = new ArrayList<>();
					Map<Long, Duty> shares = this.dutiesByUnit.getOrDefault(county.id(), Map.of());
					for (IndicatorView indicator : project.indicators()) {
						Duty duty = shares.get(indicator.id());
						if (duty != null && duty.allocation() != null) {
							CompletionRate rate = CompletionRate.of(value(county.id(), indicator.id(), this.approved),
									duty.allocation());
							rates.add(rate);
							statuses.add(assess(rate).status());
						}
					}
					cells.add(new Dashboard.HeatCell(CountyRanking.score(rates).orElse(null),
							Headline.projectStatus(statuses, null)));
				}
				rows.add(new Dashboard.HeatRow(county, cells));
			}
			return new Dashboard.HeatMap(projects, rows);
		}

		private Completeness completeness(Long unitId, Long projectId, YearMonth month) {
			ReportRow report = this.reports.get(new ReportKey(unitId, projectId, month));
			ReportState state = (report != null) ? report.status().toProgressState() : ReportState.DRAFT;
			return Completeness.of(state, (report != null) ? report.firstSubmittedAt() : null, deadline(month),
					this.context.now());
		}

		private Assessment assess(CompletionRate rate) {
			return this.context.settings().assess(rate, expected(this.context.month()));
		}

		private BigDecimal expected(YearMonth month) {
			return this.context.settings().expectedPercent(this.year, month);
		}

		private Instant deadline(YearMonth month) {
			return this.deadlines.computeIfAbsent(month, (m) -> Dashboards.this.deadline(this.context.plan(), m));
		}

		private List<Duty> sortedByUnit(List<Duty> duties) {
			return duties.stream()
				.sorted(Comparator.comparingInt((Duty d) -> this.unitOrder.getOrDefault(d.unitId(), Integer.MAX_VALUE)))
				.toList();
		}

		private static BigDecimal value(Long unitId, Long indicatorId, Map<Long, Map<Long, BigDecimal>> values) {
			return Optional.ofNullable(values.get(unitId)).map((m) -> m.get(indicatorId)).orElse(null);
		}

	}

}
