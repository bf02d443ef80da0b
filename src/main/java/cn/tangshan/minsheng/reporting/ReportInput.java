package cn.tangshan.minsheng.reporting;

import java.util.Map;
import java.util.Set;

/**
 * What a unit typed into one project's report, exactly as typed.
 *
 * @param values figure text by indicator id
 * @param reasons correction reasons by indicator id (needed below last month's value)
 * @param confirmed indicator ids whose figure above 150% of the allocation is confirmed
 * @param version the report version the form was built from; -1 for a new report
 */
public record ReportInput(Map<Long, String> values, Map<Long, String> reasons, Set<Long> confirmed, String progress,
		String problems, String nextSteps, String investmentPlanned, String investmentCompleted, long version) {

	String value(Long indicatorId) {
		return this.values.getOrDefault(indicatorId, "");
	}

	String reason(Long indicatorId) {
		String reason = this.reasons.get(indicatorId);
		return (reason != null && !reason.isBlank()) ? reason.strip() : null;
	}

}
