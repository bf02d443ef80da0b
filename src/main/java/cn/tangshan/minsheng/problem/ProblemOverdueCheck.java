package cn.tangshan.minsheng.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Each night, just after a 办理时限 day has ended, the responsible and the raising unit of
 * each newly overdue problem are notified, once.
 */
@Component
class ProblemOverdueCheck {

	private static final Logger log = LoggerFactory.getLogger(ProblemOverdueCheck.class);

	private final Problems problems;

	ProblemOverdueCheck(Problems problems) {
		this.problems = problems;
	}

	// On one node at a time, however many run (each problem is notified once anyway).
	@SchedulerLock(name = "problem-overdue-check")
	@Scheduled(cron = "${portal.problems.overdue-cron:0 10 0 * * *}", zone = "${portal.time-zone}")
	void run() {
		int overdue = this.problems.notifyNewlyOverdue();
		if (overdue > 0) {
			log.info("Problems: {} newly overdue, their units notified", overdue);
		}
	}

}
