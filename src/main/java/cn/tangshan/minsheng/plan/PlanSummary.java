package cn.tangshan.minsheng.plan;

import java.time.LocalDate;

/**
 * A plan's header: its year, document, dates and settings.
 */
public record PlanSummary(Long id, int year, String title, String documentNumber, String issuer, LocalDate issuedOn,
		LocalDate basicCompletionDue, LocalDate fullCompletionDue, Long coordinatorUnitId, int reportDeadlineDay,
		String preamble) {
}
