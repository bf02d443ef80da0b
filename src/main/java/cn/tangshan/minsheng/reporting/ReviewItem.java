package cn.tangshan.minsheng.reporting;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import cn.tangshan.minsheng.org.UnitView;
import cn.tangshan.minsheng.plan.ProjectView;

/**
 * A submitted report as a reviewer sees it: the figures with the change since last month,
 * the texts and the evidence.
 */
public record ReviewItem(Long reportId, long version, UnitView unit, ProjectView project, YearMonth month,
		ReportStatus status, Instant submittedAt, boolean late, List<IndicatorRow> rows, String progress,
		String problems, String nextSteps, String investmentPlanned, String investmentCompleted,
		List<EvidenceView> evidence, String returnReason) {
}
