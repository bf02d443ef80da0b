package cn.tangshan.minsheng.progress;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CompletenessTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	// June 2024 reports are due by 5 July, 24:00 in Shanghai
	private static final Instant JUNE_DEADLINE = Instant.parse("2024-07-05T16:00:00Z");

	private static final Instant BEFORE = Instant.parse("2024-07-03T02:00:00Z");

	private static final Instant AFTER = Instant.parse("2024-07-09T02:00:00Z");

	@Test
	void deadlineIsTheEndOfTheFifthOfNextMonthInShanghai() {
		assertThat(ReportingDeadline.of(YearMonth.of(2024, 6), ReportingDeadline.DEFAULT_DUE_DAY, SHANGHAI))
			.isEqualTo(JUNE_DEADLINE);
		assertThat(ReportingDeadline.of(YearMonth.of(2024, 12), 5, SHANGHAI))
			.isEqualTo(Instant.parse("2025-01-05T16:00:00Z"));
		assertThat(ReportingDeadline.of(YearMonth.of(2024, 1), 28, SHANGHAI))
			.isEqualTo(Instant.parse("2024-02-28T16:00:00Z"));
	}

	@Test
	void dueDayMustExistInEveryMonth() {
		assertThatIllegalArgumentException().isThrownBy(() -> ReportingDeadline.of(YearMonth.of(2024, 6), 0, SHANGHAI));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ReportingDeadline.of(YearMonth.of(2024, 6), 29, SHANGHAI));
	}

	@Test
	void approvedAndSubmittedByTheDeadlineIsOnTime() {
		assertThat(approved(Instant.parse("2024-07-05T15:59:59Z"))).isEqualTo(Completeness.ON_TIME);
	}

	@Test
	void submittingAtTheVeryDeadlineIsOnTime() {
		assertThat(approved(JUNE_DEADLINE)).isEqualTo(Completeness.ON_TIME);
	}

	@Test
	void submittingAfterTheDeadlineIsLate() {
		assertThat(approved(JUNE_DEADLINE.plusSeconds(1))).isEqualTo(Completeness.LATE);
	}

	@Test
	void submittedAndNotReviewedIsPendingWhateverTheTime() {
		assertThat(Completeness.of(ReportState.SUBMITTED, BEFORE, JUNE_DEADLINE, BEFORE))
			.isEqualTo(Completeness.PENDING);
		assertThat(Completeness.of(ReportState.SUBMITTED, AFTER, JUNE_DEADLINE, AFTER)).isEqualTo(Completeness.PENDING);
	}

	@Test
	void returnedIsReturnedEvenAfterTheDeadline() {
		assertThat(Completeness.of(ReportState.RETURNED, BEFORE, JUNE_DEADLINE, AFTER))
			.isEqualTo(Completeness.RETURNED);
	}

	@Test
	void notSubmittedAfterTheDeadlineIsMissing() {
		assertThat(Completeness.of(ReportState.DRAFT, null, JUNE_DEADLINE, AFTER)).isEqualTo(Completeness.MISSING);
		assertThat(Completeness.of(ReportState.DRAFT, null, JUNE_DEADLINE, JUNE_DEADLINE.plusMillis(1)))
			.isEqualTo(Completeness.MISSING);
	}

	@Test
	void notSubmittedBeforeTheDeadlineIsNotDueYet() {
		assertThat(Completeness.of(ReportState.DRAFT, null, JUNE_DEADLINE, BEFORE)).isEqualTo(Completeness.NOT_DUE);
		assertThat(Completeness.of(ReportState.DRAFT, null, JUNE_DEADLINE, JUNE_DEADLINE))
			.isEqualTo(Completeness.NOT_DUE);
	}

	@Test
	void firstSubmissionDecidesTimelinessAfterAReturn() {
		// submitted on 3 July, returned, resubmitted and approved on 9 July
		assertThat(Completeness.of(ReportState.APPROVED, BEFORE, JUNE_DEADLINE, AFTER)).isEqualTo(Completeness.ON_TIME);
	}

	@Test
	void submittedReportsNeedTheirSubmissionTime() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Completeness.of(ReportState.APPROVED, null, JUNE_DEADLINE, AFTER));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Completeness.of(ReportState.SUBMITTED, null, JUNE_DEADLINE, AFTER));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Completeness.of(ReportState.RETURNED, null, JUNE_DEADLINE, AFTER));
	}

	@Test
	void completenessNamesItsMessageKey() {
		assertThat(Completeness.NOT_DUE.messageKey()).isEqualTo("progress.completeness.NOT_DUE");
	}

	private static Completeness approved(Instant firstSubmittedAt) {
		return Completeness.of(ReportState.APPROVED, firstSubmittedAt, JUNE_DEADLINE, AFTER);
	}

}
