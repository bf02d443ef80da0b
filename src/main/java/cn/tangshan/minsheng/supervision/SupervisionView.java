package cn.tangshan.minsheng.supervision;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import cn.tangshan.minsheng.org.UnitView;
import cn.tangshan.minsheng.plan.IndicatorView;
import cn.tangshan.minsheng.plan.ProjectView;
import cn.tangshan.minsheng.progress.Status;

/**
 * A supervision order as pages show it. Lists leave {@code history} and {@code evidence}
 * empty.
 *
 * @param overdue the deadline has passed without an answer
 * @param issued the indicator's standing for the unit when the order was issued
 * @param may what the viewer may do with it now
 */
public record SupervisionView(Long id, SupervisionNumber number, UnitView unit, ProjectView project,
		IndicatorView indicator, String problem, String requirement, LocalDate deadline, SupervisionStatus status,
		boolean overdue, Issued issued, String answer, Instant answeredAt, String returnReason, String closingRemark,
		Instant overdueNotifiedAt, boolean demo, Instant createdAt, long version, List<Step> history,
		List<File> evidence, Permissions may) {

	/** The message key of the state as shown, with 逾期 before the state itself. */
	public String stateKey() {
		return this.overdue ? "supervision.overdue" : this.status.messageKey();
	}

	/**
	 * The indicator's figures for the addressed unit when the order was issued; all null
	 * when the unit had no share to measure.
	 */
	public record Issued(YearMonth month, BigDecimal ratePercent, BigDecimal expectedPercent, Status light) {
	}

	/** One step of the history. */
	public record Step(SupervisionAction action, SupervisionStatus status, String actorName, String unitName,
			Instant at, String text, LocalDate deadline) {
	}

	/** An evidence file of the answer. */
	public record File(Long id, String fileName, String contentType, int sizeBytes, Instant uploadedAt) {

		public boolean isImage() {
			return this.contentType.startsWith("image/");
		}

	}

	/**
	 * @param answer the addressed unit may answer and attach evidence
	 * @param review the coordinator may close the order or send it back
	 */
	public record Permissions(boolean answer, boolean review, boolean print) {
	}

}
