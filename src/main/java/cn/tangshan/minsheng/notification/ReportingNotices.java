package cn.tangshan.minsheng.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import cn.tangshan.minsheng.reporting.OutstandingReports;
import cn.tangshan.minsheng.reporting.ReportReturned;
import cn.tangshan.minsheng.reporting.ReportingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notifications that follow from reporting: a returned report, and the approaching
 * deadline of the month being reported.
 *
 * <p>
 * The deadline notice goes to every unit that still owes a report of the month once the
 * deadline (day 5 of the next month, 24:00) is at most {@link #AHEAD} away; it is sent
 * once per unit and month. It is checked every morning by a scheduled job and, for the
 * viewer's own unit, whenever a home page is shown, so that a notice is never missed
 * because the job ran before a report was returned or the server was down.
 */
@Component
@Transactional
public class ReportingNotices {

	static final Duration AHEAD = Duration.ofDays(3);

	private static final Logger log = LoggerFactory.getLogger(ReportingNotices.class);

	private final Notifications notifications;

	private final NotificationRepository repository;

	private final ReportingCalendar calendar;

	private final OutstandingReports outstanding;

	ReportingNotices(Notifications notifications, NotificationRepository repository, ReportingCalendar calendar,
			OutstandingReports outstanding) {
		this.notifications = notifications;
		this.repository = repository;
		this.calendar = calendar;
		this.outstanding = outstanding;
	}

	/**
	 * In the reviewer's transaction: the notice is stored with the return, or not at all.
	 */
	@EventListener
	void on(ReportReturned returned) {
		this.notifications.send(List.of(returned.unitId()), NotificationKind.REPORT_RETURNED, returned.month(), null,
				reportForm(returned.month(), returned.projectId()));
	}

	/**
	 * Every morning at 8 (Asia/Shanghai); "-" in
	 * {@code portal.notifications.deadline-cron} turns it off.
	 */
	// Issue 12: on one node at a time, however many run (a node whose clock is late
	// and starts after the other finished finds nothing left to send: once per unit).
	@SchedulerLock(name = "deadline-notices")
	@Scheduled(cron = "${portal.notifications.deadline-cron:0 0 8 * * *}", zone = "${portal.time-zone}")
	void sendDeadlineNotices() {
		YearMonth month = dueSoon();
		if (month != null) {
			Set<Long> units = this.outstanding.unitsYetToSubmit(month);
			int sent = this.notifications.send(units, NotificationKind.DEADLINE_SOON, month, null,
					reportForm(month, null));
			log.info("Deadline of {}: {} units still owe reports, {} notified now", month, units.size(), sent);
		}
	}

	/**
	 * The same for one unit, when one of its pages is shown: cheap when it has been sent
	 * (one existence query) or the deadline is not near (none).
	 */
	public void checkDeadline(Long unitId) {
		YearMonth month = dueSoon();
		if (unitId == null || month == null || this.repository.existsByUnitIdAndKindAndPeriod(unitId,
				NotificationKind.DEADLINE_SOON, month.atDay(1))) {
			return;
		}
		if (this.outstanding.unitsYetToSubmit(month).contains(unitId)) {
			this.notifications.send(List.of(unitId), NotificationKind.DEADLINE_SOON, month, null,
					reportForm(month, null));
		}
	}

	/** The month being reported if its deadline is at most {@link #AHEAD} away. */
	private YearMonth dueSoon() {
		YearMonth month = this.calendar.currentMonth();
		Instant now = this.calendar.now();
		Instant deadline = this.calendar.deadline(month);
		boolean soon = !now.isAfter(deadline) && !now.isBefore(deadline.minus(AHEAD));
		return soon ? month : null;
	}

	static String reportForm(YearMonth month, Long projectId) {
		return "/reports?month=" + month + ((projectId != null) ? "#project-" + projectId : "");
	}

}
