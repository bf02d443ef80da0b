package cn.tangshan.minsheng.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static cn.tangshan.minsheng.supervision.SupervisionStatus.ANSWERED;
import static cn.tangshan.minsheng.supervision.SupervisionStatus.CLOSED;
import static cn.tangshan.minsheng.supervision.SupervisionStatus.OPEN;
import static cn.tangshan.minsheng.supervision.SupervisionStatus.RETURNED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lifecycle and the overdue rule as plain Java.
 */
class SupervisionStatusTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Test
	void onlyTheLifecycleSteps() {
		assertThat(OPEN.canBecome(ANSWERED)).isTrue();
		assertThat(OPEN.canBecome(CLOSED)).isFalse();
		assertThat(OPEN.canBecome(RETURNED)).isFalse();
		assertThat(ANSWERED.canBecome(CLOSED)).isTrue();
		assertThat(ANSWERED.canBecome(RETURNED)).isTrue();
		assertThat(ANSWERED.canBecome(ANSWERED)).isFalse();
		assertThat(RETURNED.canBecome(ANSWERED)).isTrue();
		assertThat(RETURNED.canBecome(CLOSED)).isFalse();
		for (SupervisionStatus next : SupervisionStatus.values()) {
			assertThat(CLOSED.canBecome(next)).isFalse();
		}
	}

	@Test
	void overdueFromMidnightAfterTheDeadlineInShanghaiUntilAnswered() {
		LocalDate deadline = LocalDate.of(2024, 7, 10);
		assertThat(OPEN.isOverdue(deadline, at(2024, 7, 10, 23, 59), SHANGHAI)).isFalse();
		assertThat(OPEN.isOverdue(deadline, at(2024, 7, 11, 0, 0), SHANGHAI)).isTrue();
		assertThat(RETURNED.isOverdue(deadline, at(2024, 7, 11, 0, 0), SHANGHAI)).isTrue();
		assertThat(ANSWERED.isOverdue(deadline, at(2024, 8, 1, 0, 0), SHANGHAI)).isFalse();
		assertThat(CLOSED.isOverdue(deadline, at(2024, 8, 1, 0, 0), SHANGHAI)).isFalse();
		// 2024-07-10 17:00 UTC is already 11 July in Shanghai.
		assertThat(OPEN.isOverdue(deadline, Instant.parse("2024-07-10T16:00:00Z"), SHANGHAI)).isTrue();
		assertThat(OPEN.isOverdue(deadline, Instant.parse("2024-07-10T15:59:59Z"), SHANGHAI)).isFalse();
	}

	@Test
	void numberAsGbT9704WritesIt() {
		assertThat(new SupervisionNumber(2024, 3)).hasToString("唐民生督〔2024〕3号");
	}

	private static Instant at(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(SHANGHAI).toInstant();
	}

}
