package cn.tangshan.minsheng.audit;

/**
 * One change to reported data, as the module that made it describes it. Who, from where
 * and when are added by {@link AuditLog}.
 *
 * @param action what happened, e.g. {@code VALUE_CHANGED}, {@code SUBMITTED}
 * @param reportId the report concerned, if any
 * @param indicatorId the indicator (cell) concerned, if any
 * @param targetUnitId the unit whose data changed (e.g. the county of an allocation)
 * @param field which field changed
 */
public record AuditRecord(String action, Long reportId, Long indicatorId, Long targetUnitId, String field,
		String oldValue, String newValue, String reason) {

	public static AuditRecord of(String action, Long reportId) {
		return new AuditRecord(action, reportId, null, null, null, null, null, null);
	}

	public AuditRecord withReason(String reason) {
		return new AuditRecord(this.action, this.reportId, this.indicatorId, this.targetUnitId, this.field,
				this.oldValue, this.newValue, reason);
	}

}
