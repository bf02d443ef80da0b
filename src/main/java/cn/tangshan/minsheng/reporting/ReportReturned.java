package cn.tangshan.minsheng.reporting;

import java.time.YearMonth;

/**
 * Published when a reviewer returns a submitted report, or the coordinator reopens an
 * approved one: the unit has to correct it and submit again.
 */
public record ReportReturned(Long reportId, Long unitId, Long projectId, YearMonth month) {
}
