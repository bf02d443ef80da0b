package cn.tangshan.minsheng.reporting;

import java.time.YearMonth;

/**
 * Published when a reviewer approves a report: its figures now count in dashboards and
 * bulletins.
 */
public record ReportApproved(Long reportId, Long unitId, Long projectId, YearMonth month) {
}
