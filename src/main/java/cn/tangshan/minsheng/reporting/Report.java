package cn.tangshan.minsheng.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A monthly report: one unit's progress on one project for one month. Its state changes
 * only through the workflow methods here.
 */
@Entity
@Table(name = "report")
class Report {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(name = "project_id", nullable = false)
	private Long projectId;

	/** First day of the reported month. */
	@Column(nullable = false)
	private LocalDate period;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ReportStatus status = ReportStatus.DRAFT;

	@Column(name = "progress_text")
	private String progressText;

	@Column(name = "problems_text")
	private String problemsText;

	@Column(name = "next_steps_text")
	private String nextStepsText;

	@Column(name = "investment_planned")
	private BigDecimal investmentPlanned;

	@Column(name = "investment_completed")
	private BigDecimal investmentCompleted;

	@Column(name = "first_submitted_at")
	private Instant firstSubmittedAt;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "submitted_by")
	private Long submittedBy;

	@Column(nullable = false)
	private boolean late;

	@Column(name = "reviewed_at")
	private Instant reviewedAt;

	@Column(name = "reviewed_by")
	private Long reviewedBy;

	@Column(name = "return_reason")
	private String returnReason;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "updated_by")
	private Long updatedBy;

	@Version
	private long version;

	@OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<ReportValue> values = new ArrayList<>();

	protected Report() {
	}

	Report(Long unitId, Long projectId, YearMonth month, Long createdBy, Instant now) {
		this.unitId = unitId;
		this.projectId = projectId;
		this.period = month.atDay(1);
		this.updatedBy = createdBy;
		this.updatedAt = now;
	}

	ReportValue value(Long indicatorId) {
		return findValue(indicatorId).orElseGet(() -> {
			ReportValue value = new ReportValue(this, indicatorId);
			this.values.add(value);
			return value;
		});
	}

	Optional<ReportValue> findValue(Long indicatorId) {
		return this.values.stream().filter((v) -> v.getIndicatorId().equals(indicatorId)).findFirst();
	}

	void setTexts(String progress, String problems, String nextSteps) {
		this.progressText = progress;
		this.problemsText = problems;
		this.nextStepsText = nextSteps;
	}

	void setInvestment(BigDecimal planned, BigDecimal completed) {
		this.investmentPlanned = planned;
		this.investmentCompleted = completed;
	}

	void touch(Long userId, Instant now) {
		this.updatedBy = userId;
		this.updatedAt = now;
	}

	void submit(Long userId, Instant now, boolean late) {
		moveTo(ReportStatus.SUBMITTED);
		if (this.firstSubmittedAt == null) {
			this.firstSubmittedAt = now;
			this.late = late;
		}
		this.submittedAt = now;
		this.submittedBy = userId;
		touch(userId, now);
	}

	void approve(Long reviewerId, Instant now) {
		moveTo(ReportStatus.APPROVED);
		this.reviewedAt = now;
		this.reviewedBy = reviewerId;
		this.returnReason = null;
		touch(reviewerId, now);
	}

	/**
	 * Sends the report back to the unit: a reviewer's return, or a coordinator's
	 * reopening of an approved report. The unit sees the reason on its form.
	 */
	void giveBack(Long userId, Instant now, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("A report is returned with a reason");
		}
		moveTo(ReportStatus.RETURNED);
		this.reviewedAt = now;
		this.reviewedBy = userId;
		this.returnReason = reason.strip();
		touch(userId, now);
	}

	private void moveTo(ReportStatus next) {
		if (!this.status.canBecome(next)) {
			throw new IllegalTransitionException(this.status, next);
		}
		this.status = next;
	}

	Long getId() {
		return this.id;
	}

	Long getUnitId() {
		return this.unitId;
	}

	Long getProjectId() {
		return this.projectId;
	}

	YearMonth getMonth() {
		return YearMonth.from(this.period);
	}

	ReportStatus getStatus() {
		return this.status;
	}

	String getProgressText() {
		return this.progressText;
	}

	String getProblemsText() {
		return this.problemsText;
	}

	String getNextStepsText() {
		return this.nextStepsText;
	}

	BigDecimal getInvestmentPlanned() {
		return this.investmentPlanned;
	}

	BigDecimal getInvestmentCompleted() {
		return this.investmentCompleted;
	}

	Instant getFirstSubmittedAt() {
		return this.firstSubmittedAt;
	}

	Instant getSubmittedAt() {
		return this.submittedAt;
	}

	boolean isLate() {
		return this.late;
	}

	Instant getReviewedAt() {
		return this.reviewedAt;
	}

	String getReturnReason() {
		return this.returnReason;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	long getVersion() {
		return this.version;
	}

	List<ReportValue> getValues() {
		return this.values;
	}

}
