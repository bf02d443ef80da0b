package cn.tangshan.minsheng.progress;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * When a month's reports are due: by the end (24:00) of a given day of the following
 * month, in the portal's time zone. The deadline itself is on time.
 */
public final class ReportingDeadline {

	/** The plan's default: reports for month M are due by 5 M+1, 24:00. */
	public static final int DEFAULT_DUE_DAY = 5;

	private ReportingDeadline() {
	}

	/**
	 * The deadline of the reports for {@code month}: the first instant of the day after
	 * the due day, e.g. 2024-07-06T00:00+08:00 for June 2024.
	 * @param dueDay day of the following month, 1 to 28 so that every month has it
	 */
	public static Instant of(YearMonth month, int dueDay, ZoneId zone) {
		if (dueDay < 1 || dueDay > 28) {
			throw new IllegalArgumentException("Due day must be 1 to 28, was " + dueDay);
		}
		return month.plusMonths(1).atDay(dueDay).plusDays(1).atStartOfDay(zone).toInstant();
	}

	/**
	 * Whether a submission at {@code submittedAt} meets {@code deadline} (at the very
	 * deadline it still does).
	 */
	public static boolean isMet(Instant submittedAt, Instant deadline) {
		return !submittedAt.isAfter(deadline);
	}

}
