package cn.tangshan.minsheng.progress;

import java.time.Instant;
import java.util.Objects;

/**
 * Whether a unit's report for a month is in, and in time.
 *
 * <p>
 * Precedence, first match wins:
 * <ol>
 * <li>never submitted ({@link ReportState#DRAFT}): {@link #NOT_DUE} up to the deadline,
 * {@link #MISSING} after it;</li>
 * <li>{@link ReportState#RETURNED}: {@link #RETURNED}, even after the deadline, because
 * the next move is the unit's;</li>
 * <li>{@link ReportState#SUBMITTED}: {@link #PENDING}, whatever the time, because the
 * review may still return it;</li>
 * <li>{@link ReportState#APPROVED}: {@link #ON_TIME} or {@link #LATE} by the first
 * submission against the deadline.</li>
 * </ol>
 */
public enum Completeness {

	/** 按时报送: approved, first submitted by the deadline. */
	ON_TIME,

	/** 逾期报送: approved, first submitted after the deadline. */
	LATE,

	/** 待审核: submitted, not reviewed yet. */
	PENDING,

	/** 已退回: returned by the reviewer, not resubmitted yet. */
	RETURNED,

	/** 未报送: not submitted and the deadline has passed. */
	MISSING,

	/**
	 * 未到期: not submitted yet, but the deadline has not passed, so the unit is not behind.
	 * Kept apart from {@link #MISSING} so that a month still open never counts against a
	 * unit.
	 */
	NOT_DUE;

	/**
	 * @param state where the report stands
	 * @param firstSubmittedAt when the report was first submitted, {@code null} if never;
	 * the first submission counts so that a reviewer's return does not make a unit late
	 * @param deadline the regular deadline ({@link ReportingDeadline}); an extension lets
	 * a unit submit after it but does not make the report on time
	 * @param now the present instant
	 * @throws IllegalArgumentException if a submitted, approved or returned report has no
	 * submission time
	 */
	public static Completeness of(ReportState state, Instant firstSubmittedAt, Instant deadline, Instant now) {
		Objects.requireNonNull(state, "state");
		Objects.requireNonNull(deadline, "deadline");
		Objects.requireNonNull(now, "now");
		if (state != ReportState.DRAFT && firstSubmittedAt == null) {
			throw new IllegalArgumentException("A " + state + " report needs its submission time");
		}
		return switch (state) {
			case DRAFT -> ReportingDeadline.isMet(now, deadline) ? NOT_DUE : MISSING;
			case RETURNED -> RETURNED;
			case SUBMITTED -> PENDING;
			case APPROVED -> ReportingDeadline.isMet(firstSubmittedAt, deadline) ? ON_TIME : LATE;
		};
	}

	/**
	 * Message key: {@code progress.completeness.ON_TIME} etc.
	 */
	public String messageKey() {
		return "progress.completeness." + name();
	}

}
