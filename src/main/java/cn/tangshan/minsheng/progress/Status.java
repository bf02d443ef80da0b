package cn.tangshan.minsheng.progress;

import java.util.Collection;
import java.util.Comparator;

/**
 * The light of an indicator or a project, judged by {@link ProgressSettings#status}.
 */
public enum Status {

	/**
	 * 已完成: the target is reached (rate ≥ 100%), whatever the month.
	 */
	COMPLETED(0),

	/**
	 * 正常 (green): at most {@code greenGapPoints} behind expected progress, or ahead.
	 */
	NORMAL(1),

	/**
	 * 滞后 (yellow): more than {@code greenGapPoints} and at most {@code redGapPoints}
	 * behind.
	 */
	LAGGING(2),

	/**
	 * 严重滞后 (red): more than {@code redGapPoints} behind.
	 */
	SERIOUSLY_LAGGING(3),

	/**
	 * No target to measure against (e.g. nothing allocated to the unit).
	 */
	NOT_APPLICABLE(-1);

	private final int severity;

	Status(int severity) {
		this.severity = severity;
	}

	/**
	 * Message key for the legend and the tables: {@code progress.status.LAGGING} etc.
	 */
	public String messageKey() {
		return "progress.status." + name();
	}

	/**
	 * The worst of some statuses: red before yellow before green before completed.
	 * {@link #NOT_APPLICABLE} is skipped because it says nothing about progress; it is
	 * the answer only when nothing else is there (or nothing at all).
	 */
	public static Status worst(Collection<Status> statuses) {
		return statuses.stream()
			.filter((status) -> status != NOT_APPLICABLE)
			.max(Comparator.comparingInt((Status status) -> status.severity))
			.orElse(NOT_APPLICABLE);
	}

}
