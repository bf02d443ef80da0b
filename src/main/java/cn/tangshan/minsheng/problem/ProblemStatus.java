package cn.tangshan.minsheng.problem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Where a problem (问题清单) is: 待分派 → 办理中 → 待确认 → 已销号, or 待确认 → 办理中 again when the raising
 * unit says it is not solved. The coordinator closes a problem in any open state and
 * reopens a closed one. 逾期 is not a state: an 办理中 problem whose 办理时限 has ended. The
 * allowed steps live here ({@link #after}), so an illegal one cannot happen whatever a
 * page offers.
 */
public enum ProblemStatus {

	/** 待分派: raised, waiting for the coordinator to assign a responsible unit. */
	PENDING,
	/** 办理中: assigned, the responsible unit owes an answer. */
	IN_PROGRESS,
	/** 待确认: answered, the raising unit confirms 销号 or says it is not solved. */
	AWAITING_CONFIRMATION,
	/** 已销号: solved (or closed by the coordinator). */
	CLOSED;

	/**
	 * The state a step leads to from this one.
	 * @param assigned whether the problem has a responsible unit (for 重新打开)
	 * @throws ProblemConflictException the step is not allowed in this state
	 */
	public ProblemStatus after(ProblemAction action, boolean assigned) {
		ProblemStatus next = switch (action) {
			case ASSIGNED -> (this == PENDING) ? IN_PROGRESS : null;
			case ANSWERED -> (this == IN_PROGRESS) ? AWAITING_CONFIRMATION : null;
			case CONFIRMED -> (this == AWAITING_CONFIRMATION) ? CLOSED : null;
			case NOT_SOLVED -> (this == AWAITING_CONFIRMATION) ? IN_PROGRESS : null;
			case CLOSED -> (this != CLOSED) ? CLOSED : null;
			case REOPENED -> (this == CLOSED) ? (assigned ? IN_PROGRESS : PENDING) : null;
			case RAISED, REMINDED -> null;
		};
		if (next == null) {
			throw new ProblemConflictException("problem.illegal");
		}
		return next;
	}

	public boolean isOpen() {
		return this != CLOSED;
	}

	/**
	 * Overdue (逾期): the responsible unit still owes an answer and the 办理时限 has ended
	 * (24:00 in the portal's time zone).
	 */
	public boolean isOverdue(LocalDate deadline, Instant now, ZoneId zone) {
		return this == IN_PROGRESS && deadline != null
				&& !now.isBefore(deadline.plusDays(1).atStartOfDay(zone).toInstant());
	}

	public String messageKey() {
		return "problem.status." + name();
	}

}
