package cn.tangshan.minsheng.problem;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The lifecycle of a problem: every allowed step and a refusal for each other one. */
class ProblemStatusTest {

	@Test
	void allowedSteps() {
		assertThat(ProblemStatus.PENDING.after(ProblemAction.ASSIGNED, false)).isEqualTo(ProblemStatus.IN_PROGRESS);
		assertThat(ProblemStatus.IN_PROGRESS.after(ProblemAction.ANSWERED, true))
			.isEqualTo(ProblemStatus.AWAITING_CONFIRMATION);
		assertThat(ProblemStatus.AWAITING_CONFIRMATION.after(ProblemAction.CONFIRMED, true))
			.isEqualTo(ProblemStatus.CLOSED);
		assertThat(ProblemStatus.AWAITING_CONFIRMATION.after(ProblemAction.NOT_SOLVED, true))
			.isEqualTo(ProblemStatus.IN_PROGRESS);
		for (ProblemStatus open : new ProblemStatus[] { ProblemStatus.PENDING, ProblemStatus.IN_PROGRESS,
				ProblemStatus.AWAITING_CONFIRMATION }) {
			assertThat(open.after(ProblemAction.CLOSED, true)).isEqualTo(ProblemStatus.CLOSED);
		}
		assertThat(ProblemStatus.CLOSED.after(ProblemAction.REOPENED, true)).isEqualTo(ProblemStatus.IN_PROGRESS);
		assertThat(ProblemStatus.CLOSED.after(ProblemAction.REOPENED, false)).isEqualTo(ProblemStatus.PENDING);
	}

	@Test
	void everyOtherStepIsRefused() {
		int refused = 0;
		for (ProblemStatus from : ProblemStatus.values()) {
			for (ProblemAction action : ProblemAction.values()) {
				try {
					from.after(action, true);
				}
				catch (ProblemConflictException ex) {
					assertThat(ex.code()).isEqualTo("problem.illegal");
					refused++;
				}
			}
		}
		// 4 states × 8 actions, of which 8 are allowed.
		assertThat(refused).isEqualTo(32 - 8);
		assertThatExceptionOfType(ProblemConflictException.class)
			.isThrownBy(() -> ProblemStatus.CLOSED.after(ProblemAction.CLOSED, true));
	}

	@Test
	void overdueOnlyInProgressAfterTheDeadlineDay() {
		ZoneId zone = ZoneId.of("Asia/Shanghai");
		LocalDate deadline = LocalDate.of(2024, 7, 5);
		var lastMinute = LocalDateTime.of(2024, 7, 5, 23, 59).atZone(zone).toInstant();
		var nextDay = LocalDateTime.of(2024, 7, 6, 0, 0).atZone(zone).toInstant();
		assertThat(ProblemStatus.IN_PROGRESS.isOverdue(deadline, lastMinute, zone)).isFalse();
		assertThat(ProblemStatus.IN_PROGRESS.isOverdue(deadline, nextDay, zone)).isTrue();
		assertThat(ProblemStatus.AWAITING_CONFIRMATION.isOverdue(deadline, nextDay, zone)).isFalse();
		assertThat(ProblemStatus.PENDING.isOverdue(null, nextDay, zone)).isFalse();
	}

}
