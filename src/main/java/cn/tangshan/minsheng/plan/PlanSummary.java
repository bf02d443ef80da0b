package cn.tangshan.minsheng.plan;

import java.time.LocalDate;

/**
 * A plan's header: its year, document, dates and settings.
 */
public record PlanSummary(Long id, int year, String title, String documentNumber, String issuer, LocalDate issuedOn,
		LocalDate basicCompletionDue, LocalDate fullCompletionDue, Long coordinatorUnitId, int reportDeadlineDay,
		String preamble, PlanStatus status) {

	/** An archived year is read-only everywhere. */
	public boolean archived() {
		return this.status == PlanStatus.ARCHIVED;
	}

	/** The year in force: the only one that takes entries, reviews and changes. */
	public boolean active() {
		return this.status == PlanStatus.ACTIVE;
	}

}
