package cn.tangshan.minsheng.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * A plan as the coordinator sees and edits it in the browser: the import preview and the
 * draft editor share it. Every value is kept as typed (text), so that a wrong one can be
 * shown again next to its field; {@link PlanFormChecker} turns it into a {@link PlanFile}
 * on the server, checking everything again.
 */
public class PlanForm {

	private String year = "";

	private String title = "";

	private String documentNumber = "";

	private String issuer = "";

	private String issuedOn = "";

	private String basicCompletionDue = "";

	private String fullCompletionDue = "";

	private String coordinator = "";

	private String reportDeadlineDay = "5";

	private String preamble = "";

	private List<Group> groups = new ArrayList<>();

	public String getYear() {
		return this.year;
	}

	public void setYear(String year) {
		this.year = year;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDocumentNumber() {
		return this.documentNumber;
	}

	public void setDocumentNumber(String documentNumber) {
		this.documentNumber = documentNumber;
	}

	public String getIssuer() {
		return this.issuer;
	}

	public void setIssuer(String issuer) {
		this.issuer = issuer;
	}

	public String getIssuedOn() {
		return this.issuedOn;
	}

	public void setIssuedOn(String issuedOn) {
		this.issuedOn = issuedOn;
	}

	public String getBasicCompletionDue() {
		return this.basicCompletionDue;
	}

	public void setBasicCompletionDue(String basicCompletionDue) {
		this.basicCompletionDue = basicCompletionDue;
	}

	public String getFullCompletionDue() {
		return this.fullCompletionDue;
	}

	public void setFullCompletionDue(String fullCompletionDue) {
		this.fullCompletionDue = fullCompletionDue;
	}

	public String getCoordinator() {
		return this.coordinator;
	}

	public void setCoordinator(String coordinator) {
		this.coordinator = coordinator;
	}

	public String getReportDeadlineDay() {
		return this.reportDeadlineDay;
	}

	public void setReportDeadlineDay(String reportDeadlineDay) {
		this.reportDeadlineDay = reportDeadlineDay;
	}

	public String getPreamble() {
		return this.preamble;
	}

	public void setPreamble(String preamble) {
		this.preamble = preamble;
	}

	public List<Group> getGroups() {
		return this.groups;
	}

	public void setGroups(List<Group> groups) {
		this.groups = groups;
	}

	/** All projects of all groups, in order. */
	public List<Project> allProjects() {
		return this.groups.stream().flatMap((g) -> g.getProjects().stream()).toList();
	}

	/**
	 * A group of projects (一 / 二 …).
	 */
	public static class Group {

		private String number = "";

		private String name = "";

		private List<Project> projects = new ArrayList<>();

		public String getNumber() {
			return this.number;
		}

		public void setNumber(String number) {
			this.number = number;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public List<Project> getProjects() {
			return this.projects;
		}

		public void setProjects(List<Project> projects) {
			this.projects = projects;
		}

	}

	/**
	 * A project with its lead departments (unit codes) and indicators.
	 */
	public static class Project {

		private String number = "";

		private String name = "";

		private String description = "";

		private List<String> leads = new ArrayList<>();

		private List<Indicator> indicators = new ArrayList<>();

		/** Line of the notice the project was read from (0 when typed in). */
		private int line;

		public String getNumber() {
			return this.number;
		}

		public void setNumber(String number) {
			this.number = number;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public List<String> getLeads() {
			return this.leads;
		}

		public void setLeads(List<String> leads) {
			this.leads = leads;
		}

		public List<Indicator> getIndicators() {
			return this.indicators;
		}

		public void setIndicators(List<Indicator> indicators) {
			this.indicators = indicators;
		}

		public int getLine() {
			return this.line;
		}

		public void setLine(int line) {
			this.line = line;
		}

	}

	/**
	 * A quantitative indicator (target, unit, qualifier) or a milestone.
	 */
	public static class Indicator {

		private String name = "";

		private boolean milestone;

		private String target = "";

		private String unit = "";

		/** {@code 约}, {@code 左右}, {@code 以上} or empty. */
		private String qualifier = "";

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public boolean isMilestone() {
			return this.milestone;
		}

		public void setMilestone(boolean milestone) {
			this.milestone = milestone;
		}

		public String getTarget() {
			return this.target;
		}

		public void setTarget(String target) {
			this.target = target;
		}

		public String getUnit() {
			return this.unit;
		}

		public void setUnit(String unit) {
			this.unit = unit;
		}

		public String getQualifier() {
			return this.qualifier;
		}

		public void setQualifier(String qualifier) {
			this.qualifier = qualifier;
		}

	}

}
