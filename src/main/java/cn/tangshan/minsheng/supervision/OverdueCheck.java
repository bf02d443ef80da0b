package cn.tangshan.minsheng.supervision;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Each night, just after a deadline day has ended, the units of newly overdue orders are
 * notified without waiting for the coordinator's 逾期催办.
 */
@Component
class OverdueCheck {

	private static final Logger log = LoggerFactory.getLogger(OverdueCheck.class);

	private final Supervisions supervisions;

	OverdueCheck(Supervisions supervisions) {
		this.supervisions = supervisions;
	}

	// Issue 12: on one node at a time, however many run (a node whose clock is late
	// and starts after the other finished finds nothing left to send: once per unit).
	@SchedulerLock(name = "supervision-overdue-check")
	@Scheduled(cron = "${portal.supervision.overdue-cron:0 5 0 * * *}", zone = "${portal.time-zone}")
	void run() {
		int reminded = this.supervisions.notifyNewlyOverdue();
		if (reminded > 0) {
			log.info("Supervision: {} newly overdue orders, their units notified", reminded);
		}
	}

}
