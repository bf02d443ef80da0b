package cn.tangshan.minsheng.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.account.Role;
import cn.tangshan.minsheng.audit.AuditLog;
import cn.tangshan.minsheng.audit.AuditRecord;
import cn.tangshan.minsheng.org.UnitType;
import cn.tangshan.minsheng.org.UnitView;
import cn.tangshan.minsheng.org.Units;
import cn.tangshan.minsheng.plan.PlanCatalog;
import cn.tangshan.minsheng.plan.PlanOverview;
import cn.tangshan.minsheng.plan.ProjectView;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviewing submitted reports (approve, or return with a reason), and the coordinator's
 * reopening of an approved one.
 */
@Service
@Transactional
public class Reviews {

	private final ReportRepository reports;

	private final EvidenceRepository evidence;

	private final Assignments assignments;

	private final ReportAccess access;

	private final PlanCatalog plans;

	private final Units units;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final ReportingCalendar calendar;

	Reviews(ReportRepository reports, EvidenceRepository evidence, Assignments assignments, ReportAccess access,
			PlanCatalog plans, Units units, AuditLog audit, ApplicationEventPublisher events,
			ReportingCalendar calendar) {
		this.reports = reports;
		this.evidence = evidence;
		this.assignments = assignments;
		this.access = access;
		this.plans = plans;
		this.units = units;
		this.audit = audit;
		this.events = events;
		this.calendar = calendar;
	}

	/**
	 * The reports waiting for this user's review: counties' reports of the projects the
	 * user's unit leads, and for the coordinator also the departments' own reports.
	 */
	@Transactional(readOnly = true)
	public List<ReviewItem> pending(CurrentUser user) {
		PlanOverview plan = this.plans.currentOverview().orElseThrow();
		List<Report> found = new ArrayList<>();
		Set<Long> ledProjects = plan.projects()
			.stream()
			.filter((p) -> p.leads().stream().anyMatch((u) -> u.id().equals(user.unitId())))
			.map(ProjectView::id)
			.collect(Collectors.toSet());
		Set<Long> counties = ids(UnitType.COUNTY);
		if ((user.is(Role.DEPARTMENT) || user.is(Role.COORDINATOR)) && !ledProjects.isEmpty()) {
			found.addAll(this.reports.findSubmitted(ledProjects, counties));
		}
		if (user.is(Role.COORDINATOR)) {
			Set<Long> departments = ids(UnitType.DEPARTMENT);
			Set<Long> all = plan.projects().stream().map(ProjectView::id).collect(Collectors.toSet());
			found.addAll(this.reports.findSubmitted(all, departments));
		}
		return items(found, plan);
	}

	/**
	 * One page of the reports waiting for this user's review (those of {@link #pending}),
	 * filtered: only the page's reports are read in full.
	 * @param filter what to show; a filter value outside the user's queue is ignored and
	 * reported in {@link ReviewQueue#ignored()}
	 * @param page 1-based; out of range shows the nearest page
	 */
	@Transactional(readOnly = true)
	public ReviewQueue queue(CurrentUser user, ReviewFilter filter, int page) {
		PlanOverview plan = this.plans.currentOverview().orElseThrow();
		Set<Long> ledProjects = plan.projects()
			.stream()
			.filter((p) -> p.leads().stream().anyMatch((u) -> u.id().equals(user.unitId())))
			.map(ProjectView::id)
			.collect(Collectors.toSet());
		List<UnitView> counties = this.units.ofType(UnitType.COUNTY);
		List<UnitView> departments = this.units.ofType(UnitType.DEPARTMENT);
		List<Object[]> keys = new ArrayList<>();
		Set<Long> reviewedProjects = new HashSet<>();
		if ((user.is(Role.DEPARTMENT) || user.is(Role.COORDINATOR)) && !ledProjects.isEmpty()) {
			keys.addAll(this.reports.findSubmittedKeys(ledProjects, counties.stream().map(UnitView::id).toList()));
			reviewedProjects.addAll(ledProjects);
		}
		if (user.is(Role.COORDINATOR)) {
			Set<Long> all = plan.projects().stream().map(ProjectView::id).collect(Collectors.toSet());
			keys.addAll(this.reports.findSubmittedKeys(all, departments.stream().map(UnitView::id).toList()));
			reviewedProjects.addAll(all);
		}
		Set<Long> waitingUnits = new HashSet<>();
		keys.forEach((k) -> waitingUnits.add((Long) k[2]));
		List<ProjectView> projects = plan.projects().stream().filter((p) -> reviewedProjects.contains(p.id())).toList();
		List<UnitView> units = new ArrayList<>();
		counties.stream().filter((u) -> waitingUnits.contains(u.id())).forEach(units::add);
		departments.stream().filter((u) -> waitingUnits.contains(u.id())).forEach(units::add);
		// A value outside the queue is ignored, and said so.
		List<String> ignored = new ArrayList<>();
		Long projectId = filter.projectId();
		if (projectId != null && !reviewedProjects.contains(projectId)) {
			ignored.add("project");
			projectId = null;
		}
		Long unitId = filter.unitId();
		if (unitId != null && units.stream().noneMatch((u) -> u.id().equals(filter.unitId()))) {
			ignored.add("unit");
			unitId = null;
		}
		ReviewFilter applied = new ReviewFilter(projectId, unitId, filter.late());
		List<Long> matching = new ArrayList<>();
		for (Object[] key : keys) {
			if ((applied.projectId() == null || applied.projectId().equals(key[1]))
					&& (applied.unitId() == null || applied.unitId().equals(key[2]))
					&& (applied.late() == null || applied.late().equals(key[3]))) {
				matching.add((Long) key[0]);
			}
		}
		int pages = Math.max(1, (matching.size() + ReviewQueue.PAGE_SIZE - 1) / ReviewQueue.PAGE_SIZE);
		int number = Math.min(Math.max(1, page), pages);
		List<Long> shown = matching.subList(Math.min(matching.size(), (number - 1) * ReviewQueue.PAGE_SIZE),
				Math.min(matching.size(), number * ReviewQueue.PAGE_SIZE));
		Map<Long, Report> found = new HashMap<>();
		if (!shown.isEmpty()) {
			this.reports.findAllWithValues(shown).forEach((r) -> found.put(r.getId(), r));
		}
		List<Report> ordered = shown.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
		return new ReviewQueue(items(ordered, plan), keys.size(), matching.size(), number, pages, applied, projects,
				units, ignored);
	}

	@Transactional(readOnly = true)
	public ReviewItem item(CurrentUser user, Long reportId) {
		Report report = this.reports.findWithValues(reportId).orElseThrow(() -> new ReportNotFoundException(reportId));
		if (!this.access.canView(user, report)) {
			throw new AccessDeniedException("Report " + reportId);
		}
		// A report of an archived year is shown with its own year's plan.
		PlanOverview plan = this.plans.planOfProject(report.getProjectId())
			.flatMap((p) -> this.plans.overview(p.year()))
			.orElseThrow();
		return items(List.of(report), plan).get(0);
	}

	@Transactional(readOnly = true)
	public boolean canReview(CurrentUser user, Long reportId) {
		return this.reports.findById(reportId).map((r) -> this.access.canReview(user, r)).orElse(false);
	}

	public void approve(CurrentUser user, Long reportId, long version) {
		Report report = reviewable(user, reportId, version);
		report.approve(user.id(), this.calendar.now());
		this.audit.record(new AuditRecord("APPROVED", reportId, null, report.getUnitId(), "status",
				ReportStatus.SUBMITTED.name(), ReportStatus.APPROVED.name(), null));
		flush();
		this.events
			.publishEvent(new ReportApproved(reportId, report.getUnitId(), report.getProjectId(), report.getMonth()));
	}

	public void giveBack(CurrentUser user, Long reportId, long version, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new ReportValidationException(Map.of("reason", new FieldProblem("review.reason.required")));
		}
		if (reason.length() > Reporting.MAX_TEXT) {
			throw new ReportValidationException(
					Map.of("reason", new FieldProblem("report.text.tooLong", Reporting.MAX_TEXT)));
		}
		Report report = reviewable(user, reportId, version);
		report.giveBack(user.id(), this.calendar.now(), reason);
		this.audit.record(new AuditRecord("RETURNED", reportId, null, report.getUnitId(), "status",
				ReportStatus.SUBMITTED.name(), ReportStatus.RETURNED.name(), reason.strip()));
		flush();
		this.events
			.publishEvent(new ReportReturned(reportId, report.getUnitId(), report.getProjectId(), report.getMonth()));
	}

	/**
	 * The coordinator sends an approved report back to its unit for correction.
	 */
	public void reopen(CurrentUser user, Long reportId, long version, String reason) {
		if (!user.is(Role.COORDINATOR)) {
			throw new AccessDeniedException("Only the coordinator reopens reports");
		}
		if (reason == null || reason.isBlank()) {
			throw new ReportValidationException(Map.of("reason", new FieldProblem("review.reason.required")));
		}
		Report report = this.reports.findById(reportId).orElseThrow(() -> new ReportNotFoundException(reportId));
		this.plans.requireInForce(report.getProjectId());
		if (report.getVersion() != version) {
			throw new ReportConflictException("report.conflict.changed");
		}
		if (report.getStatus() != ReportStatus.APPROVED) {
			throw new ReportConflictException("review.conflict.notApproved");
		}
		report.giveBack(user.id(), this.calendar.now(), reason);
		this.audit.record(new AuditRecord("REOPENED", reportId, null, report.getUnitId(), "status",
				ReportStatus.APPROVED.name(), ReportStatus.RETURNED.name(), reason.strip()));
		flush();
		this.events
			.publishEvent(new ReportReturned(reportId, report.getUnitId(), report.getProjectId(), report.getMonth()));
	}

	private Report reviewable(CurrentUser user, Long reportId, long version) {
		Report report = this.reports.findById(reportId).orElseThrow(() -> new ReportNotFoundException(reportId));
		if (!this.access.canReview(user, report)) {
			throw new AccessDeniedException("Report " + reportId + " is not reviewed by " + user.getUsername());
		}
		this.plans.requireInForce(report.getProjectId());
		if (report.getVersion() != version) {
			throw new ReportConflictException("report.conflict.changed");
		}
		if (report.getStatus() != ReportStatus.SUBMITTED) {
			throw new ReportConflictException("review.conflict.notSubmitted");
		}
		return report;
	}

	private void flush() {
		try {
			this.reports.flush();
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new ReportConflictException("report.conflict.changed");
		}
	}

	private Set<Long> ids(UnitType type) {
		return this.units.ofType(type).stream().map(UnitView::id).collect(Collectors.toCollection(HashSet::new));
	}

	private List<ReviewItem> items(List<Report> found, PlanOverview plan) {
		if (found.isEmpty()) {
			return List.of();
		}
		Map<Long, ProjectView> projects = plan.projects().stream().collect(Collectors.toMap(ProjectView::id, (p) -> p));
		Set<Long> unitIds = found.stream().map(Report::getUnitId).collect(Collectors.toSet());
		Map<Long, UnitView> unitViews = this.units.byIds(unitIds);
		Map<Long, List<EvidenceView>> files = this.evidence.findViews(found.stream().map(Report::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(EvidenceView::reportId));
		// Last approved figures per unit for the months concerned (usually one), of
		// the projects shown only, not of each unit's whole form.
		Set<Long> projectIds = found.stream().map(Report::getProjectId).collect(Collectors.toSet());
		Map<String, BigDecimal> last = new HashMap<>();
		found.stream().map(Report::getMonth).distinct().forEach((month) -> {
			for (Object[] row : this.reports.findLastApprovedFigures(unitIds, month.atDay(1),
					month.withMonth(1).atDay(1), projectIds)) {
				last.put(month + ":" + row[0] + ":" + row[1], (BigDecimal) row[2]);
			}
		});
		// The allocations of the units shown and their tasks, once for all of them (not
		// once per unit, nor the whole plan's).
		List<ProgressFigures.Share> shares = this.assignments.sharesFor(unitViews.values(), plan);
		Map<Long, Map<ProjectView, List<Assignments.Task>>> tasksByUnit = this.assignments.of(unitViews.values(), plan,
				shares);
		List<ReviewItem> items = new ArrayList<>();
		for (Report report : found) {
			UnitView unit = unitViews.get(report.getUnitId());
			ProjectView project = projects.get(report.getProjectId());
			List<Assignments.Task> tasks = tasksByUnit.getOrDefault(unit.id(), Map.of())
				.getOrDefault(project, List.of());
			List<IndicatorRow> rows = tasks.stream().map((task) -> {
				ReportValue value = report.findValue(task.indicator().id()).orElse(null);
				BigDecimal lastApproved = last
					.get(report.getMonth() + ":" + report.getUnitId() + ":" + task.indicator().id());
				return ReportForms.row(task, lastApproved, (value != null) ? value.figure() : null, value);
			}).toList();
			items.add(new ReviewItem(report.getId(), report.getVersion(), unit, project, report.getMonth(),
					report.getStatus(), report.getSubmittedAt(), report.isLate(), rows, report.getProgressText(),
					report.getProblemsText(), report.getNextStepsText(), Reporting.plain(report.getInvestmentPlanned()),
					Reporting.plain(report.getInvestmentCompleted()), files.getOrDefault(report.getId(), List.of()),
					report.getReturnReason()));
		}
		return items;
	}

}
