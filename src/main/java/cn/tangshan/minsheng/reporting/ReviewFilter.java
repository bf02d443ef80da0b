package cn.tangshan.minsheng.reporting;

/**
 * What the review queue shows: reports of one project, of one unit, submitted late or in
 * time; {@code null} for any.
 *
 * @param late {@code true}: only reports submitted after the deadline; {@code false}:
 * only those in time
 */
public record ReviewFilter(Long projectId, Long unitId, Boolean late) {

	public static ReviewFilter none() {
		return new ReviewFilter(null, null, null);
	}

	public boolean isEmpty() {
		return this.projectId == null && this.unitId == null && this.late == null;
	}

}
