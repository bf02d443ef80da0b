package cn.tangshan.minsheng.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.support.MessageSourceAccessor;

/**
 * Checks a {@link PlanForm} as the browser sent it back (preview or draft editor) and
 * turns it into the same {@link PlanFile} the YAML reader produces. Nothing the form says
 * is trusted: every value is checked again here, whatever the preview showed.
 */
class PlanFormChecker {

	private final MessageSourceAccessor messages;

	private final Set<String> departmentCodes;

	private final Map<String, String> errors = new LinkedHashMap<>();

	PlanFormChecker(MessageSourceAccessor messages, Set<String> departmentCodes) {
		this.messages = messages;
		this.departmentCodes = departmentCodes;
	}

	/**
	 * @return the plan file, or {@code null} when {@link #errors()} is not empty
	 */
	PlanFile check(PlanForm form) {
		Integer year = integer("year", form.getYear(), 2000, 2100);
		String title = text("title", form.getTitle(), 200, true);
		String documentNumber = text("documentNumber", form.getDocumentNumber(), 60, false);
		String issuer = text("issuer", form.getIssuer(), 100, false);
		LocalDate issuedOn = date("issuedOn", form.getIssuedOn(), false);
		LocalDate basic = date("basicCompletionDue", form.getBasicCompletionDue(), true);
		LocalDate full = date("fullCompletionDue", form.getFullCompletionDue(), true);
		if (basic != null && full != null && full.isBefore(basic)) {
			error("fullCompletionDue", "plan.file.dueOrder");
		}
		if (year != null && basic != null && basic.getYear() != year) {
			error("basicCompletionDue", "plan.form.dueYear", year);
		}
		String coordinator = blank(form.getCoordinator()) ? null : form.getCoordinator().strip();
		if (coordinator == null || !this.departmentCodes.contains(coordinator)) {
			error("coordinator", "plan.form.coordinator");
		}
		Integer deadline = integer("reportDeadlineDay", form.getReportDeadlineDay(), 1, 28);
		String preamble = text("preamble", form.getPreamble(), 4000, false);

		List<PlanFile.GroupEntry> groups = new ArrayList<>();
		Set<Integer> groupNumbers = new HashSet<>();
		if (form.getGroups().isEmpty()) {
			error("groups", "plan.form.noGroups");
		}
		for (int g = 0; g < form.getGroups().size(); g++) {
			PlanForm.Group group = form.getGroups().get(g);
			String gp = "groups[" + g + "]";
			Integer groupNo = integer(gp + ".number", group.getNumber(), 1, 99);
			if (groupNo != null && !groupNumbers.add(groupNo)) {
				error(gp + ".number", "plan.form.duplicateGroup", groupNo);
			}
			String groupName = text(gp + ".name", group.getName(), 100, true);
			if (group.getProjects().isEmpty()) {
				error(gp + ".name", "plan.form.noProjects");
			}
			List<PlanFile.ProjectEntry> projects = new ArrayList<>();
			Set<Integer> projectNumbers = new HashSet<>();
			for (int p = 0; p < group.getProjects().size(); p++) {
				PlanForm.Project project = group.getProjects().get(p);
				String pp = gp + ".projects[" + p + "]";
				Integer projectNo = integer(pp + ".number", project.getNumber(), 1, 999);
				if (projectNo != null && !projectNumbers.add(projectNo)) {
					error(pp + ".number", "plan.form.duplicateProject", projectNo, groupName);
				}
				String name = text(pp + ".name", project.getName(), 100, true);
				if (name != null && count(name, '“') != count(name, '”')) {
					error(pp + ".name", "plan.form.quotes");
				}
				String description = text(pp + ".description", project.getDescription(), 4000, true);
				List<String> leads = new ArrayList<>();
				for (String lead : project.getLeads()) {
					if (blank(lead)) {
						continue;
					}
					if (!this.departmentCodes.contains(lead.strip())) {
						error(pp + ".leads", "plan.form.unknownLead", lead);
					}
					else if (leads.contains(lead.strip())) {
						error(pp + ".leads", "plan.file.duplicateLead", lead);
					}
					else {
						leads.add(lead.strip());
					}
				}
				if (leads.isEmpty() && !this.errors.containsKey(pp + ".leads")) {
					error(pp + ".leads", "plan.form.noLeads");
				}
				List<PlanFile.IndicatorEntry> indicators = new ArrayList<>();
				if (project.getIndicators().isEmpty()) {
					error(pp + ".indicators", "plan.form.noIndicators");
				}
				for (int i = 0; i < project.getIndicators().size(); i++) {
					PlanFile.IndicatorEntry entry = indicator(pp + ".indicators[" + i + "]",
							project.getIndicators().get(i));
					if (entry != null) {
						indicators.add(entry);
					}
				}
				if (projectNo != null) {
					projects.add(new PlanFile.ProjectEntry(projectNo, name, description, leads, indicators));
				}
			}
			projects.sort((a, b) -> Integer.compare(a.number(), b.number()));
			if (groupNo != null) {
				groups.add(new PlanFile.GroupEntry(groupNo, groupName, projects));
			}
		}
		groups.sort((a, b) -> Integer.compare(a.number(), b.number()));
		if (!this.errors.isEmpty()) {
			return null;
		}
		PlanFile.Header header = new PlanFile.Header(year, title, documentNumber, issuer, issuedOn, basic, full,
				coordinator, deadline, preamble);
		return new PlanFile(header, List.of(), List.of(), groups);
	}

	Map<String, String> errors() {
		return this.errors;
	}

	private PlanFile.IndicatorEntry indicator(String path, PlanForm.Indicator indicator) {
		String name = text(path + ".name", indicator.getName(), 200, true);
		if (indicator.isMilestone()) {
			if (!blank(indicator.getTarget())) {
				error(path + ".target", "plan.file.milestoneTarget");
			}
			return (name != null) ? new PlanFile.IndicatorEntry(name, IndicatorKind.MILESTONE, null, null, null) : null;
		}
		BigDecimal target = null;
		String raw = (indicator.getTarget() != null) ? indicator.getTarget().strip() : "";
		if (raw.isEmpty()) {
			error(path + ".target", "plan.form.required");
		}
		else {
			try {
				target = new BigDecimal(raw);
				if (target.signum() < 0 || target.scale() > 2 || target.precision() - target.scale() > 12) {
					target = null;
				}
			}
			catch (NumberFormatException ex) {
				target = null;
			}
			if (target == null) {
				error(path + ".target", "plan.file.notNumber", raw);
			}
		}
		String unit = text(path + ".unit", indicator.getUnit(), 20, true);
		Qualifier qualifier = null;
		if (!blank(indicator.getQualifier())) {
			qualifier = Qualifier.fromPlanWord(indicator.getQualifier().strip()).orElse(null);
			if (qualifier == null) {
				error(path + ".qualifier", "plan.file.unknownQualifier", indicator.getQualifier());
			}
		}
		if (name == null || target == null || unit == null) {
			return null;
		}
		return new PlanFile.IndicatorEntry(name, IndicatorKind.QUANTITATIVE, target, unit, qualifier);
	}

	private String text(String path, String value, int max, boolean required) {
		if (blank(value)) {
			if (required) {
				error(path, "plan.form.required");
			}
			return null;
		}
		String text = value.strip();
		if (text.length() > max) {
			error(path, "plan.form.tooLong", max);
			return null;
		}
		if (PlanNoticeParser.hasUnreadable(text)) {
			error(path, "plan.form.unreadable");
			return null;
		}
		return text;
	}

	private Integer integer(String path, String value, int min, int max) {
		String text = (value != null) ? value.strip() : "";
		try {
			int number = Integer.parseInt(text);
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		error(path, "plan.file.notInteger", text, min, max);
		return null;
	}

	private LocalDate date(String path, String value, boolean required) {
		if (blank(value)) {
			if (required) {
				error(path, "plan.form.required");
			}
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			error(path, "plan.file.notDate", value);
			return null;
		}
	}

	private void error(String path, String code, Object... args) {
		this.errors.putIfAbsent(path, this.messages.getMessage(code, args));
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static int count(String s, char c) {
		return (int) s.chars().filter((x) -> x == c).count();
	}

}
