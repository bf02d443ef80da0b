package cn.tangshan.minsheng.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.audit.AuditLog;
import cn.tangshan.minsheng.audit.AuditRecord;
import cn.tangshan.minsheng.org.UnitView;
import cn.tangshan.minsheng.org.Units;
import cn.tangshan.minsheng.plan.IndicatorView;
import cn.tangshan.minsheng.plan.PlanCatalog;
import cn.tangshan.minsheng.plan.PlanOverview;
import cn.tangshan.minsheng.plan.ProjectView;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A unit saving and submitting its monthly reports. Every rule is checked here on the
 * server: the unit reports only what is assigned to it, only while the month is open,
 * only over the version it saw, and every changed figure and text is audited.
 */
@Service
public class Reporting {

	static final int MAX_TEXT = 2000;

	/** Audit reason of a submission after the deadline (shown as 逾期). */
	static final String LATE = "LATE";

	private final PlanCatalog plans;

	private final Units units;

	private final Assignments assignments;

	private final ReportRepository reports;

	private final ReportForms forms;

	private final ReportingCalendar calendar;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	Reporting(PlanCatalog plans, Units units, Assignments assignments, ReportRepository reports, ReportForms forms,
			ReportingCalendar calendar, AuditLog audit, PlatformTransactionManager transactionManager) {
		this.plans = plans;
		this.units = units;
		this.assignments = assignments;
		this.reports = reports;
		this.forms = forms;
		this.calendar = calendar;
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Refuses any entry for a project whose year is not in force, before anything else is
	 * looked at (the month of an archived year is no longer a plan month).
	 * @throws cn.tangshan.minsheng.plan.PlanArchivedException archived or draft year
	 */
	@Transactional(readOnly = true)
	public void requireInForce(Long projectId) {
		this.plans.requireInForce(projectId);
	}

	/**
	 * Saves one project's report as a draft, or submits it.
	 * @throws ReportValidationException nothing stored; the problems go next to the
	 * fields
	 * @throws ReportConflictException nothing stored; someone changed the report
	 * meanwhile
	 * @throws AccessDeniedException the project is not the user's unit's to report
	 */
	@Transactional
	public Long save(CurrentUser user, YearMonth month, Long projectId, ReportInput input, boolean submit) {
		this.plans.requireInForce(projectId);
		UnitView unit = this.units.find(user.unitId()).orElseThrow();
		PlanOverview plan = this.plans.currentOverview().orElseThrow();
		return save(user, unit, this.assignments.of(unit, plan), month, projectId, input, submit, new HashMap<>());
	}

	/**
	 * Saves several of the unit's reports as drafts, each exactly as {@link #save} would,
	 * reading the plan, the unit's tasks and each month's window once (an Excel import of
	 * a whole year). A draft that fails does not stop the others; the caller's
	 * transaction decides whether any of it is kept.
	 * @return per draft, in order: null when saved, otherwise what {@link #save} would
	 * have thrown ({@link ReportValidationException}, {@link ReportConflictException} or
	 * {@link AccessDeniedException})
	 */
	@Transactional
	public List<RuntimeException> saveDrafts(CurrentUser user, List<Draft> drafts) {
		UnitView unit = this.units.find(user.unitId()).orElseThrow();
		PlanOverview plan = this.plans.currentOverview().orElseThrow();
		Map<ProjectView, List<Assignments.Task>> assigned = this.assignments.of(unit, plan);
		Map<YearMonth, MonthFacts> months = new HashMap<>();
		List<RuntimeException> outcomes = new ArrayList<>();
		for (Draft draft : drafts) {
			try {
				save(user, unit, assigned, draft.month(), draft.projectId(), draft.input(), false, months);
				outcomes.add(null);
			}
			catch (ReportValidationException | ReportConflictException | AccessDeniedException ex) {
				outcomes.add(ex);
			}
		}
		return outcomes;
	}

	/**
	 * One report to save as a draft with {@link #saveDrafts}.
	 */
	public record Draft(YearMonth month, Long projectId, ReportInput input) {
	}

	private record MonthFacts(MonthForm.Window window, Map<Long, BigDecimal> lastApproved) {
	}

	/**
	 * @param months per month, its reporting window and last approved figures, filled in
	 * as months are first met
	 */
	private Long save(CurrentUser user, UnitView unit, Map<ProjectView, List<Assignments.Task>> assigned,
			YearMonth month, Long projectId, ReportInput input, boolean submit, Map<YearMonth, MonthFacts> months) {
		List<Assignments.Task> tasks = assigned.entrySet()
			.stream()
			.filter((e) -> e.getKey().id().equals(projectId))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElseThrow(
					() -> new AccessDeniedException("Project " + projectId + " is not reported by " + unit.code()));
		if (!this.calendar.isInPlanYear(month)) {
			throw new AccessDeniedException("Month outside the plan year");
		}
		Report report = this.reports.findForUpdate(unit.id(), projectId, month.atDay(1)).orElse(null);
		long currentVersion = (report != null) ? report.getVersion() : -1;
		if (input.version() != currentVersion) {
			throw new ReportConflictException("report.conflict.changed");
		}
		ReportStatus status = (report != null) ? report.getStatus() : ReportStatus.DRAFT;
		if (!status.isEditable()) {
			throw new ReportConflictException("report.conflict.locked");
		}
		MonthFacts facts = months.computeIfAbsent(month,
				(m) -> new MonthFacts(this.calendar.window(unit.id(), m), this.forms.lastApproved(unit.id(), m)));
		MonthForm.Window window = facts.window();
		boolean open = window == MonthForm.Window.OPEN || window == MonthForm.Window.EXTENDED;
		if (!open && status != ReportStatus.RETURNED) {
			throw new ReportConflictException(
					(window == MonthForm.Window.NOT_YET) ? "report.conflict.notYet" : "report.conflict.closed");
		}
		Map<Long, BigDecimal> last = facts.lastApproved();
		Map<Long, BigDecimal> figures = validate(tasks, last, input, submit);
		Instant now = this.calendar.now();
		if (report == null) {
			report = new Report(unit.id(), projectId, month, user.id(), now);
		}
		List<AuditRecord> changes = new ArrayList<>();
		applyFigures(report, tasks, figures, input, changes);
		applyTexts(report, input, changes);
		report.touch(user.id(), now);
		try {
			report = this.reports.saveAndFlush(report);
		}
		catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException ex) {
			throw new ReportConflictException("report.conflict.changed");
		}
		for (AuditRecord change : changes) {
			this.audit.record(new AuditRecord(change.action(), report.getId(), change.indicatorId(),
					change.targetUnitId(), change.field(), change.oldValue(), change.newValue(), change.reason()));
		}
		if (submit) {
			report.submit(user.id(), now, now.isAfter(this.calendar.deadline(month)));
			this.audit.record(new AuditRecord("SUBMITTED", report.getId(), null, unit.id(), "status", status.name(),
					ReportStatus.SUBMITTED.name(), report.isLate() ? LATE : null));
			this.reports.flush();
		}
		return report.getId();
	}

	/**
	 * Submits every report of the month that the unit may still submit, each on its own:
	 * one with problems stays a draft and is named in the result.
	 * @return the projects that could not be submitted, with the first problem of each
	 */
	public Map<ProjectView, String> submitAll(CurrentUser user, YearMonth month) {
		MonthForm form = this.forms.monthForm(user.unitId(), month);
		Map<ProjectView, String> failures = new LinkedHashMap<>();
		for (ProjectForm project : form.projects()) {
			if (!project.editable()) {
				continue;
			}
			ReportInput input = storedInput(project);
			try {
				this.transactions.executeWithoutResult((tx) -> save(user, month, project.project().id(), input, true));
			}
			catch (ReportValidationException ex) {
				failures.put(project.project(), ex.problems().values().iterator().next().code());
			}
			catch (ReportConflictException ex) {
				failures.put(project.project(), ex.code());
			}
		}
		return failures;
	}

	private static ReportInput storedInput(ProjectForm project) {
		Map<Long, String> values = new HashMap<>();
		Map<Long, String> reasons = new HashMap<>();
		java.util.Set<Long> confirmed = new java.util.HashSet<>();
		for (IndicatorRow row : project.rows()) {
			values.put(row.indicator().id(), row.value());
			reasons.put(row.indicator().id(), row.reason());
			if (row.confirmed()) {
				confirmed.add(row.indicator().id());
			}
		}
		return new ReportInput(values, reasons, confirmed, project.progress(), project.problems(), project.nextSteps(),
				project.investmentPlanned(), project.investmentCompleted(), project.version());
	}

	/**
	 * Checks every field and returns the parsed figures; throws with all problems at
	 * once, so the user sees them together.
	 */
	private static Map<Long, BigDecimal> validate(List<Assignments.Task> tasks, Map<Long, BigDecimal> last,
			ReportInput input, boolean submit) {
		Map<String, FieldProblem> problems = new LinkedHashMap<>();
		Map<Long, BigDecimal> figures = new HashMap<>();
		for (Assignments.Task task : tasks) {
			IndicatorView indicator = task.indicator();
			String key = String.valueOf(indicator.id());
			Optional<BigDecimal> parsed;
			try {
				parsed = ValueRules.parse(input.value(indicator.id()));
			}
			catch (ValueRules.InvalidValue ex) {
				problems.put("v" + key, ex.problem());
				continue;
			}
			if (parsed.isEmpty()) {
				if (submit) {
					problems.put("v" + key, new FieldProblem("report.value.required"));
				}
				continue;
			}
			BigDecimal value = parsed.get();
			figures.put(indicator.id(), value);
			if (!indicator.isQuantitative()) {
				ValueRules.checkPercent(value).ifPresent((p) -> problems.put("v" + key, p));
				continue;
			}
			BigDecimal lastApproved = last.get(indicator.id());
			if (ValueRules.isBelowLastMonth(value, lastApproved) && input.reason(indicator.id()) == null) {
				problems.put("r" + key, new FieldProblem("report.value.belowLastMonth", plain(lastApproved)));
			}
			if (ValueRules.isOverAllocation(value, task.allocation()) && !input.confirmed().contains(indicator.id())) {
				problems.put("c" + key, new FieldProblem("report.value.overAllocation", plain(task.allocation())));
			}
		}
		checkText(problems, "progress", input.progress(), submit);
		checkText(problems, "problems", input.problems(), false);
		checkText(problems, "nextSteps", input.nextSteps(), false);
		checkInvestment(problems, "investmentPlanned", input.investmentPlanned());
		checkInvestment(problems, "investmentCompleted", input.investmentCompleted());
		if (!problems.isEmpty()) {
			throw new ReportValidationException(problems);
		}
		return figures;
	}

	private static void checkText(Map<String, FieldProblem> problems, String field, String text, boolean required) {
		if (required && (text == null || text.isBlank())) {
			problems.put(field, new FieldProblem("report.text.required"));
		}
		else if (text != null && text.length() > MAX_TEXT) {
			problems.put(field, new FieldProblem("report.text.tooLong", MAX_TEXT));
		}
	}

	private static void checkInvestment(Map<String, FieldProblem> problems, String field, String text) {
		try {
			ValueRules.parse(text);
		}
		catch (ValueRules.InvalidValue ex) {
			problems.put(field, ex.problem());
		}
	}

	/**
	 * Puts the figures into the report; the changes are collected for the audit trail,
	 * written once a new report has its id.
	 */
	private static void applyFigures(Report report, List<Assignments.Task> tasks, Map<Long, BigDecimal> figures,
			ReportInput input, List<AuditRecord> changes) {
		for (Assignments.Task task : tasks) {
			Long id = task.indicator().id();
			BigDecimal figure = figures.get(id);
			ReportValue existing = report.findValue(id).orElse(null);
			BigDecimal old = (existing != null) ? existing.figure() : null;
			if (figure == null && existing == null) {
				continue;
			}
			ReportValue value = report.value(id);
			String reason = input.reason(id);
			boolean confirmed = input.confirmed().contains(id);
			if (task.indicator().isQuantitative()) {
				value.set(figure, null, reason, confirmed);
			}
			else {
				value.set(null, figure, reason, false);
			}
			if (!sameNumber(old, figure)) {
				changes.add(new AuditRecord("VALUE_CHANGED", null, id, report.getUnitId(),
						task.indicator().isQuantitative() ? "cumulative" : "percent", plain(old), plain(figure),
						reason));
			}
		}
	}

	private static void applyTexts(Report report, ReportInput input, List<AuditRecord> changes) {
		text(report, "progress", report.getProgressText(), input.progress(), changes);
		text(report, "problems", report.getProblemsText(), input.problems(), changes);
		text(report, "nextSteps", report.getNextStepsText(), input.nextSteps(), changes);
		BigDecimal planned = ValueRules.parse(input.investmentPlanned()).orElse(null);
		BigDecimal completed = ValueRules.parse(input.investmentCompleted()).orElse(null);
		if (!sameNumber(report.getInvestmentPlanned(), planned)) {
			changes.add(new AuditRecord("VALUE_CHANGED", null, null, report.getUnitId(), "investmentPlanned",
					plain(report.getInvestmentPlanned()), plain(planned), null));
		}
		if (!sameNumber(report.getInvestmentCompleted(), completed)) {
			changes.add(new AuditRecord("VALUE_CHANGED", null, null, report.getUnitId(), "investmentCompleted",
					plain(report.getInvestmentCompleted()), plain(completed), null));
		}
		report.setTexts(blankToNull(input.progress()), blankToNull(input.problems()), blankToNull(input.nextSteps()));
		report.setInvestment(planned, completed);
	}

	private static void text(Report report, String field, String old, String typed, List<AuditRecord> changes) {
		String value = blankToNull(typed);
		if (!Objects.equals(old, value)) {
			changes.add(new AuditRecord("TEXT_CHANGED", null, null, report.getUnitId(), field, old, value, null));
		}
	}

	static boolean sameNumber(BigDecimal a, BigDecimal b) {
		return (a == null) ? b == null : b != null && a.compareTo(b) == 0;
	}

	static String plain(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : null;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
