package cn.tangshan.minsheng.progress;

import java.util.Collection;

/**
 * 总体进展: how many projects stand at each status.
 */
public record Headline(int completed, int normal, int lagging, int seriouslyLagging, int notApplicable) {

	public static Headline of(Collection<Status> projectStatuses) {
		return new Headline(countOf(projectStatuses, Status.COMPLETED), countOf(projectStatuses, Status.NORMAL),
				countOf(projectStatuses, Status.LAGGING), countOf(projectStatuses, Status.SERIOUSLY_LAGGING),
				countOf(projectStatuses, Status.NOT_APPLICABLE));
	}

	/**
	 * A project's status: the worst of its quantitative indicators, so one red indicator
	 * makes the project red. The milestone counts only when the project has no
	 * quantitative indicator that applies (projects such as 1-9 that have both are judged
	 * by their numbers).
	 * @param quantitativeStatuses statuses of the project's quantitative indicators
	 * @param milestoneStatus the milestone's status, or {@code null} when it has none
	 */
	public static Status projectStatus(Collection<Status> quantitativeStatuses, Status milestoneStatus) {
		Status worst = Status.worst(quantitativeStatuses);
		if (worst == Status.NOT_APPLICABLE && milestoneStatus != null) {
			return milestoneStatus;
		}
		return worst;
	}

	public int count(Status status) {
		return switch (status) {
			case COMPLETED -> this.completed;
			case NORMAL -> this.normal;
			case LAGGING -> this.lagging;
			case SERIOUSLY_LAGGING -> this.seriouslyLagging;
			case NOT_APPLICABLE -> this.notApplicable;
		};
	}

	public int total() {
		return this.completed + this.normal + this.lagging + this.seriouslyLagging + this.notApplicable;
	}

	private static int countOf(Collection<Status> statuses, Status wanted) {
		return (int) statuses.stream().filter((status) -> status == wanted).count();
	}

}
