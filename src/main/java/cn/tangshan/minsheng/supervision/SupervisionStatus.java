package cn.tangshan.minsheng.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * Where a supervision order (督办单) is: 已下发 → 已反馈 → 已办结, or 已反馈 → 退回重办 (with a reason) →
 * 已反馈 again. The allowed steps live here, so an illegal one cannot happen whatever a page
 * offers.
 */
public enum SupervisionStatus {

	/** 已下发: issued, waiting for the unit's answer. */
	OPEN,
	/** 已反馈: the unit answered with its measures, waiting for the coordinator. */
	ANSWERED,
	/** 退回重办: the coordinator sent the answer back; the unit answers again. */
	RETURNED,
	/** 已办结: closed by the coordinator. */
	CLOSED;

	public boolean canBecome(SupervisionStatus next) {
		return switch (this) {
			case OPEN, RETURNED -> next == ANSWERED;
			case ANSWERED -> Set.of(CLOSED, RETURNED).contains(next);
			case CLOSED -> false;
		};
	}

	/** Whether the unit still owes an answer. */
	public boolean awaitsAnswer() {
		return this == OPEN || this == RETURNED;
	}

	/**
	 * Overdue (逾期): the unit still owes an answer and the deadline day has ended (24:00
	 * in the portal's time zone). An answered or closed order is never overdue.
	 */
	public boolean isOverdue(LocalDate deadline, Instant now, ZoneId zone) {
		return awaitsAnswer() && !now.isBefore(deadline.plusDays(1).atStartOfDay(zone).toInstant());
	}

	public String messageKey() {
		return "supervision.status." + name();
	}

}
