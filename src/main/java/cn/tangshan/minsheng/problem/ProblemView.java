package cn.tangshan.minsheng.problem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.tangshan.minsheng.org.UnitView;
import cn.tangshan.minsheng.plan.ProjectView;

/**
 * A problem as pages show it. Lists leave {@code history} and {@code files} empty.
 *
 * @param asked the unit asked for help, null: the coordinator decides
 * @param responsible the unit the coordinator assigned, null while 待分派
 * @param overdue 办理中 and the 办理时限 has ended
 * @param lastReason the latest reason given for 未解决, closing or reopening
 * @param may what the viewer may do with it now
 */
public record ProblemView(Long id, ProblemNumber number, ProjectView project, KindView kind, String title,
		String description, UnitView raisedBy, UnitView asked, LocalDate wantedBy, UnitView responsible,
		LocalDate deadline, String requirement, String answer, Instant answeredAt, String lastReason,
		ProblemStatus status, boolean overdue, Instant closedAt, Instant overdueNotifiedAt, boolean demo,
		Instant createdAt, long version, List<Step> history, List<File> files, Permissions may) {

	/** The state's message key, 逾期 instead of 办理中 when overdue. */
	public String stateKey() {
		return this.overdue ? "problem.overdue" : this.status.messageKey();
	}

	public List<File> raisedFiles() {
		return this.files.stream().filter((f) -> ProblemFile.RAISED.equals(f.stage())).toList();
	}

	public List<File> answerFiles() {
		return this.files.stream().filter((f) -> ProblemFile.ANSWER.equals(f.stage())).toList();
	}

	/** One step of the history. */
	public record Step(ProblemAction action, ProblemStatus status, String actorName, String unitName, Instant at,
			String text, LocalDate deadline) {
	}

	/** An attachment (stage RAISED) or evidence of the answer (stage ANSWER). */
	public record File(Long id, String stage, String fileName, String contentType, int sizeBytes, Instant uploadedAt) {

		public boolean isImage() {
			return this.contentType.startsWith("image/");
		}

	}

	/**
	 * @param assign the coordinator may assign it (待分派)
	 * @param answer the responsible unit may answer (办理中)
	 * @param confirm the raising unit may confirm 销号 or say it is not solved (待确认)
	 * @param close the coordinator may close it
	 * @param reopen the coordinator may reopen it
	 */
	public record Permissions(boolean assign, boolean answer, boolean confirm, boolean close, boolean reopen) {

		public boolean any() {
			return this.assign || this.answer || this.confirm || this.close || this.reopen;
		}

	}

}
