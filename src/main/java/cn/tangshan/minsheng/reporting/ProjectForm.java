package cn.tangshan.minsheng.reporting;

import java.time.Instant;
import java.util.List;

import cn.tangshan.minsheng.plan.ProjectView;

/**
 * One project's report on a unit's monthly form.
 *
 * @param reportId null until the report is first saved
 * @param version the version the user saw, sent back with the form so that a later save
 * never silently overwrites an earlier one
 * @param editable whether this user may change it now (state and deadline allow it)
 */
public record ProjectForm(ProjectView project, Long reportId, ReportStatus status, long version, boolean editable,
		boolean late, String returnReason, String progress, String problems, String nextSteps, String investmentPlanned,
		String investmentCompleted, List<IndicatorRow> rows, List<EvidenceView> evidence, Instant submittedAt) {

	ProjectForm withInput(ReportInput input, List<IndicatorRow> typedRows) {
		return new ProjectForm(this.project, this.reportId, this.status, input.version(), this.editable, this.late,
				this.returnReason, input.progress(), input.problems(), input.nextSteps(), input.investmentPlanned(),
				input.investmentCompleted(), typedRows, this.evidence, this.submittedAt);
	}

}
