package cn.tangshan.minsheng.reporting;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.tangshan.minsheng.org.UnitView;
import cn.tangshan.minsheng.org.Units;
import cn.tangshan.minsheng.plan.IndicatorView;
import cn.tangshan.minsheng.plan.PlanCatalog;
import cn.tangshan.minsheng.plan.PlanOverview;
import cn.tangshan.minsheng.plan.ProjectView;
import cn.tangshan.minsheng.progress.CompletionRate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a unit's monthly form: a fixed handful of queries whatever the number of
 * projects.
 */
@Service
@Transactional(readOnly = true)
public class ReportForms {

	private final PlanCatalog plans;

	private final Units units;

	private final Assignments assignments;

	private final ReportRepository reports;

	private final EvidenceRepository evidence;

	private final ReportingCalendar calendar;

	ReportForms(PlanCatalog plans, Units units, Assignments assignments, ReportRepository reports,
			EvidenceRepository evidence, ReportingCalendar calendar) {
		this.plans = plans;
		this.units = units;
		this.assignments = assignments;
		this.reports = reports;
		this.evidence = evidence;
		this.calendar = calendar;
	}

	public MonthForm monthForm(Long unitId, YearMonth month) {
		UnitView unit = this.units.find(unitId).orElseThrow();
		PlanOverview plan = this.plans.currentOverview().orElseThrow();
		// A month of an archived year: its reports as they were, read-only.
		boolean archived = month.getYear() != plan.plan().year();
		if (archived) {
			plan = this.plans.overview(month.getYear())
				.filter((p) -> p.plan().archived())
				.orElseThrow(() -> new ReportNotFoundException(null));
		}
		Map<ProjectView, List<Assignments.Task>> tasks = this.assignments.of(unit, plan);
		Map<Long, Report> byProject = this.reports.findWithValues(unitId, month.atDay(1))
			.stream()
			.collect(Collectors.toMap(Report::getProjectId, Function.identity()));
		Map<Long, BigDecimal> last = lastApproved(unitId, month);
		Map<Long, List<EvidenceView>> files = byProject.isEmpty() ? Map.of()
				: this.evidence.findViews(byProject.values().stream().map(Report::getId).toList())
					.stream()
					.collect(Collectors.groupingBy(EvidenceView::reportId));
		MonthForm.Window window = archived ? MonthForm.Window.CLOSED : this.calendar.window(unitId, month);
		List<ProjectForm> projects = new ArrayList<>();
		tasks.forEach((project, projectTasks) -> {
			Report report = byProject.get(project.id());
			projects.add(projectForm(project, projectTasks, report, last, window, archived,
					(report != null) ? files.getOrDefault(report.getId(), List.of()) : List.of()));
		});
		return new MonthForm(unit, month, this.calendar.deadline(month),
				this.calendar.deadline(month).atZone(this.calendar.zone()).toLocalDate().minusDays(1),
				this.calendar.daysLeft(month), window, this.calendar.extendedUntil(unitId, month).orElse(null),
				projects, archived ? yearMonths(month.getYear()) : this.calendar.months());
	}

	/**
	 * Whether a month can be shown: one of the year in force, or of an archived year
	 * (read-only).
	 */
	public boolean isShown(YearMonth month) {
		return this.calendar.isInPlanYear(month)
				|| this.plans.plan(month.getYear()).map((p) -> p.archived()).orElse(false);
	}

	/** The months of a past year, newest first. */
	private static List<YearMonth> yearMonths(int year) {
		List<YearMonth> months = new ArrayList<>();
		for (int m = 12; m >= 1; m--) {
			months.add(YearMonth.of(year, m));
		}
		return months;
	}

	/**
	 * The form as the user typed it, to show again with the problems next to the fields.
	 */
	public MonthForm withInput(MonthForm form, Long projectId, ReportInput input) {
		List<ProjectForm> projects = form.projects().stream().map((p) -> {
			if (!p.project().id().equals(projectId)) {
				return p;
			}
			List<IndicatorRow> rows = p.rows()
				.stream()
				.map((r) -> new IndicatorRow(r.indicator(), r.allocation(), r.lastApproved(),
						input.value(r.indicator().id()), input.reasons().getOrDefault(r.indicator().id(), ""),
						input.confirmed().contains(r.indicator().id()), r.monthly(), r.rate()))
				.toList();
			return p.withInput(input, rows);
		}).toList();
		return new MonthForm(form.unit(), form.month(), form.deadline(), form.dueDate(), form.daysLeft(), form.window(),
				form.extendedUntil(), projects, form.months());
	}

	Map<Long, BigDecimal> lastApproved(Long unitId, YearMonth month) {
		Map<Long, BigDecimal> last = new HashMap<>();
		for (Object[] row : this.reports.findLastApprovedFigures(unitId, month.atDay(1), month.withMonth(1).atDay(1))) {
			last.put(((Number) row[0]).longValue(), (BigDecimal) row[1]);
		}
		return last;
	}

	private static ProjectForm projectForm(ProjectView project, List<Assignments.Task> tasks, Report report,
			Map<Long, BigDecimal> last, MonthForm.Window window, boolean archived, List<EvidenceView> files) {
		ReportStatus status = (report != null) ? report.getStatus() : ReportStatus.DRAFT;
		boolean open = window == MonthForm.Window.OPEN || window == MonthForm.Window.EXTENDED;
		boolean editable = !archived && status.isEditable() && (open || status == ReportStatus.RETURNED);
		List<IndicatorRow> rows = tasks.stream().map((task) -> {
			ReportValue value = (report != null) ? report.findValue(task.indicator().id()).orElse(null) : null;
			BigDecimal figure = (value != null) ? value.figure() : null;
			return row(task, last.get(task.indicator().id()), figure, value);
		}).toList();
		if (report == null) {
			return new ProjectForm(project, null, status, -1, editable, false, null, "", "", "", "", "", rows, files,
					null);
		}
		return new ProjectForm(project, report.getId(), status, report.getVersion(), editable, report.isLate(),
				report.getReturnReason(), nullToEmpty(report.getProgressText()), nullToEmpty(report.getProblemsText()),
				nullToEmpty(report.getNextStepsText()), text(report.getInvestmentPlanned()),
				text(report.getInvestmentCompleted()), rows, files, report.getSubmittedAt());
	}

	static IndicatorRow row(Assignments.Task task, BigDecimal lastApproved, BigDecimal figure, ReportValue value) {
		IndicatorView indicator = task.indicator();
		BigDecimal monthly = null;
		CompletionRate rate;
		if (indicator.isQuantitative()) {
			if (figure != null) {
				monthly = figure.subtract((lastApproved != null) ? lastApproved : BigDecimal.ZERO);
			}
			rate = CompletionRate.of((figure != null) ? figure : BigDecimal.ZERO, task.allocation());
		}
		else {
			rate = (figure != null) ? CompletionRate.milestone(figure) : CompletionRate.notApplicable();
		}
		return new IndicatorRow(indicator, task.allocation(), lastApproved, text(figure),
				(value != null) ? nullToEmpty(value.getCorrectionReason()) : "",
				value != null && value.isOverConfirmed(), monthly, rate);
	}

	private static String text(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : "";
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
	}

}
