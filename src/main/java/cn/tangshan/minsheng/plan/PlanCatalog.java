package cn.tangshan.minsheng.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import cn.tangshan.minsheng.org.UnitView;
import cn.tangshan.minsheng.org.Units;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The module's read API: the current plan, its projects, indicators and lead departments.
 * Each call is a fixed handful of queries whatever the plan's size. The plan years
 * themselves are read once per web request (a page asks for the year in force, the year
 * shown, the year before and the year switch): one query, however often they are asked.
 */
@Service
@Transactional(readOnly = true)
public class PlanCatalog {

	static final String YEARS_OF_REQUEST = PlanCatalog.class.getName() + ".years";

	private final PlanRepository plans;

	private final ProjectRepository projects;

	private final IndicatorRepository indicators;

	private final Units units;

	PlanCatalog(PlanRepository plans, ProjectRepository projects, IndicatorRepository indicators, Units units) {
		this.plans = plans;
		this.projects = projects;
		this.indicators = indicators;
		this.units = units;
	}

	/**
	 * The year in force, the one the portal works on (drafts never are).
	 */
	public Optional<PlanSummary> currentPlan() {
		return plans().stream().filter((p) -> p.status() == PlanStatus.ACTIVE).findFirst();
	}

	public Optional<PlanOverview> currentOverview() {
		return currentPlan().map(this::overview);
	}

	/**
	 * Every plan year, newest first, drafts included.
	 */
	public List<PlanSummary> plans() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		Object memo = (request != null) ? request.getAttribute(YEARS_OF_REQUEST, RequestAttributes.SCOPE_REQUEST)
				: null;
		if (!(memo instanceof YearsOfRequest years)) {
			return years();
		}
		if (years.years == null) {
			years.years = years();
		}
		return years.years;
	}

	private List<PlanSummary> years() {
		return this.plans.findAllByOrderByYearDesc().stream().map(Plan::toSummary).toList();
	}

	/** A request that imports, edits or starts a year reads the years afresh after. */
	@EventListener({ PlanChanged.class, PlanYearStarted.class })
	void forgetYears() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && request.getAttribute(YEARS_OF_REQUEST,
				RequestAttributes.SCOPE_REQUEST) instanceof YearsOfRequest years) {
			years.years = null;
		}
	}

	/**
	 * The plan years read in one web request; put there by {@link PlanYearsPerRequest}
	 * for each request the portal serves, so that nothing outside a request (jobs,
	 * start-up, tests calling services) ever sees a remembered list.
	 */
	static final class YearsOfRequest {

		private List<PlanSummary> years;

	}

	/**
	 * The years a page may show: the one in force and the archived ones, newest first.
	 */
	public List<PlanSummary> shownYears() {
		return plans().stream().filter((p) -> p.status() != PlanStatus.DRAFT).toList();
	}

	public Optional<PlanSummary> plan(int year) {
		return plans().stream().filter((p) -> p.year() == year).findFirst();
	}

	public Optional<PlanSummary> planWithId(Long id) {
		return plans().stream().filter((p) -> p.id().equals(id)).findFirst();
	}

	/**
	 * Refuses a change to a plan's data (a bulletin draft, settings) unless it is the
	 * year in force.
	 * @throws PlanArchivedException the plan is archived or a draft
	 */
	public void requirePlanInForce(Long planId) {
		planWithId(planId).filter((p) -> !p.active()).ifPresent((p) -> {
			throw new PlanArchivedException(p.year());
		});
	}

	public Optional<PlanOverview> overview(int year) {
		return plan(year).map(this::overview);
	}

	/**
	 * The year a page shows: the one asked for ({@code ?year=}), else the one in force.
	 * @throws PlanYearNotFoundException no such year, or a draft (a draft is shown only
	 * to the coordinator, on the plans' own pages)
	 */
	public PlanSummary shown(Integer year) {
		Optional<PlanSummary> plan = (year != null) ? plan(year) : currentPlan();
		return plan.filter((p) -> p.status() != PlanStatus.DRAFT)
			.orElseThrow(() -> new PlanYearNotFoundException(year));
	}

	/**
	 * The overview of {@link #shown(Integer) the year a page shows}.
	 */
	public PlanOverview shownOverview(Integer year) {
		return overview(shown(year));
	}

	/**
	 * The plan a project belongs to.
	 */
	public Optional<PlanSummary> planOfProject(Long projectId) {
		return this.projects.findWithGroup(projectId).map((p) -> p.getGroup().getPlan().toSummary());
	}

	/**
	 * Whether the project belongs to the year in force (only its data may change).
	 */
	public boolean isInForce(Long projectId) {
		return planOfProject(projectId).map(PlanSummary::active).orElse(false);
	}

	/**
	 * Refuses a change to a project's data unless its year is in force.
	 * @throws PlanArchivedException the project's year is archived or a draft
	 */
	public void requireInForce(Long projectId) {
		PlanSummary plan = planOfProject(projectId).orElse(null);
		if (plan != null && !plan.active()) {
			throw new PlanArchivedException(plan.year());
		}
	}

	/**
	 * Refuses a change to indicators' data (allocations) unless their year is in force.
	 * @throws PlanArchivedException an indicator's year is archived or a draft
	 */
	public void requireIndicatorsInForce(java.util.Collection<Long> indicatorIds) {
		if (indicatorIds.isEmpty()) {
			return;
		}
		for (Object[] row : this.indicators.findPlanStates(indicatorIds)) {
			if (row[1] != PlanStatus.ACTIVE) {
				throw new PlanArchivedException((Integer) row[0]);
			}
		}
	}

	public Optional<ProjectView> project(Long id) {
		return this.projects.findWithGroup(id).map((project) -> {
			List<IndicatorView> indicatorViews = this.indicators.findByProject(id)
				.stream()
				.map((i) -> i.toView(id))
				.toList();
			Map<Long, List<Long>> leads = leadIds(this.projects.findLeadRowsOfProject(id));
			Map<Long, UnitView> unitViews = this.units.byIds(leads.getOrDefault(id, List.of()));
			return toView(project, indicatorViews, leads.getOrDefault(id, List.of()), unitViews);
		});
	}

	private PlanOverview overview(PlanSummary plan) {
		List<Project> all = this.projects.findByPlan(plan.id());
		Map<Long, List<IndicatorView>> indicatorsByProject = new LinkedHashMap<>();
		for (Object[] row : this.indicators.findByPlan(plan.id())) {
			Long projectId = (Long) row[1];
			indicatorsByProject.computeIfAbsent(projectId, (k) -> new ArrayList<>())
				.add(((Indicator) row[0]).toView(projectId));
		}
		Map<Long, List<Long>> leads = leadIds(this.projects.findLeadRows(plan.id()));
		Map<Long, UnitView> unitViews = this.units
			.byIds(leads.values().stream().flatMap(List::stream).collect(Collectors.toSet()));
		Map<Integer, List<ProjectView>> byGroup = new TreeMap<>();
		Map<Integer, String> groupNames = new TreeMap<>();
		for (Project project : all) {
			int groupNo = project.getGroup().getNumber();
			groupNames.put(groupNo, project.getGroup().getName());
			byGroup.computeIfAbsent(groupNo, (k) -> new ArrayList<>())
				.add(toView(project, indicatorsByProject.getOrDefault(project.getId(), List.of()),
						leads.getOrDefault(project.getId(), List.of()), unitViews));
		}
		List<GroupView> groups = byGroup.entrySet()
			.stream()
			.map((e) -> new GroupView(e.getKey(), groupNames.get(e.getKey()), e.getValue()))
			.toList();
		return new PlanOverview(plan, groups);
	}

	private static ProjectView toView(Project project, List<IndicatorView> indicators, List<Long> leadIds,
			Map<Long, UnitView> units) {
		return new ProjectView(project.getId(), project.getGroup().getNumber(), project.getGroup().getName(),
				project.getNumber(), project.getName(), project.getDescription(), indicators,
				leadIds.stream().map(units::get).toList());
	}

	/**
	 * Lead unit ids per project, in the plan's order, from (project, position, unit)
	 * rows.
	 */
	private static Map<Long, List<Long>> leadIds(List<Object[]> rows) {
		Map<Long, List<Object[]>> byProject = rows.stream()
			.collect(Collectors.groupingBy((r) -> (Long) r[0], LinkedHashMap::new, Collectors.toList()));
		Map<Long, List<Long>> result = new LinkedHashMap<>();
		byProject.forEach((projectId, projectRows) -> result.put(projectId,
				projectRows.stream()
					.sorted(Comparator.comparingInt((Object[] r) -> (Integer) r[1]))
					.map((r) -> (Long) r[2])
					.toList()));
		return result;
	}

}
