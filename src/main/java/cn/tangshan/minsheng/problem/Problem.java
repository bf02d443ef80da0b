package cn.tangshan.minsheng.problem;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A problem of the 问题清单. Its state changes only through {@link #step}, which keeps to the
 * lifecycle of {@link ProblemStatus}.
 */
@Entity
@Table(name = "problem")
class Problem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "plan_year", nullable = false)
	private int planYear;

	@Column(nullable = false)
	private int number;

	@Column(name = "project_id", nullable = false)
	private Long projectId;

	@Column(name = "kind_id", nullable = false)
	private Long kindId;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String description;

	@Column(name = "raised_by_unit_id", nullable = false)
	private Long raisedByUnitId;

	@Column(name = "asked_unit_id")
	private Long askedUnitId;

	@Column(name = "wanted_by", nullable = false)
	private LocalDate wantedBy;

	@Column(name = "responsible_unit_id")
	private Long responsibleUnitId;

	private LocalDate deadline;

	private String requirement;

	private String answer;

	@Column(name = "answered_at")
	private Instant answeredAt;

	@Column(name = "last_reason")
	private String lastReason;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProblemStatus status;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "overdue_notified_at")
	private Instant overdueNotifiedAt;

	@Column(nullable = false)
	private boolean demo;

	@Column(name = "created_by")
	private Long createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Problem() {
	}

	Problem(ProblemNumber number, Long projectId, Long kindId, String title, String description, Long raisedByUnitId,
			Long askedUnitId, LocalDate wantedBy, Long createdBy, Instant createdAt) {
		this.planYear = number.year();
		this.number = number.number();
		this.projectId = projectId;
		this.kindId = kindId;
		this.title = title;
		this.description = description;
		this.raisedByUnitId = raisedByUnitId;
		this.askedUnitId = askedUnitId;
		this.wantedBy = wantedBy;
		this.status = ProblemStatus.PENDING;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.updatedAt = createdAt;
	}

	/**
	 * @throws ProblemConflictException the problem's state does not allow the step
	 */
	private void step(ProblemAction action, Instant at) {
		this.status = this.status.after(action, this.responsibleUnitId != null);
		this.updatedAt = at;
		this.closedAt = (this.status == ProblemStatus.CLOSED) ? at : null;
	}

	void assign(Long unitId, LocalDate deadline, String requirement, Instant at) {
		step(ProblemAction.ASSIGNED, at);
		this.responsibleUnitId = unitId;
		this.deadline = deadline;
		this.requirement = requirement;
		this.overdueNotifiedAt = null;
	}

	void answer(String answer, Instant at) {
		step(ProblemAction.ANSWERED, at);
		this.answer = answer;
		this.answeredAt = at;
	}

	void confirm(Instant at) {
		step(ProblemAction.CONFIRMED, at);
	}

	void notSolved(String reason, Instant at) {
		step(ProblemAction.NOT_SOLVED, at);
		this.lastReason = reason;
	}

	void close(String reason, Instant at) {
		step(ProblemAction.CLOSED, at);
		this.lastReason = reason;
	}

	void reopen(String reason, Instant at) {
		step(ProblemAction.REOPENED, at);
		this.lastReason = reason;
		this.overdueNotifiedAt = null;
	}

	void overdueNotified(Instant at) {
		this.overdueNotifiedAt = at;
	}

	void markDemo() {
		this.demo = true;
	}

	ProblemNumber documentNumber() {
		return new ProblemNumber(this.planYear, this.number);
	}

	Long getId() {
		return this.id;
	}

	int getPlanYear() {
		return this.planYear;
	}

	Long getProjectId() {
		return this.projectId;
	}

	Long getKindId() {
		return this.kindId;
	}

	String getTitle() {
		return this.title;
	}

	String getDescription() {
		return this.description;
	}

	Long getRaisedByUnitId() {
		return this.raisedByUnitId;
	}

	Long getAskedUnitId() {
		return this.askedUnitId;
	}

	LocalDate getWantedBy() {
		return this.wantedBy;
	}

	Long getResponsibleUnitId() {
		return this.responsibleUnitId;
	}

	LocalDate getDeadline() {
		return this.deadline;
	}

	String getRequirement() {
		return this.requirement;
	}

	String getAnswer() {
		return this.answer;
	}

	Instant getAnsweredAt() {
		return this.answeredAt;
	}

	String getLastReason() {
		return this.lastReason;
	}

	ProblemStatus getStatus() {
		return this.status;
	}

	Instant getClosedAt() {
		return this.closedAt;
	}

	Instant getOverdueNotifiedAt() {
		return this.overdueNotifiedAt;
	}

	boolean isDemo() {
		return this.demo;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	long getVersion() {
		return this.version;
	}

}
