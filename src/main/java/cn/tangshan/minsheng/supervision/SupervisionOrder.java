package cn.tangshan.minsheng.supervision;

import java.math.BigDecimal;
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
 * A supervision order (督办单). Its state changes only through {@link #moveTo}, which keeps
 * to the lifecycle of {@link SupervisionStatus}.
 */
@Entity
@Table(name = "supervision_order")
class SupervisionOrder {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "plan_year", nullable = false)
	private int planYear;

	@Column(nullable = false)
	private int number;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(name = "project_id", nullable = false)
	private Long projectId;

	@Column(name = "indicator_id", nullable = false)
	private Long indicatorId;

	@Column(nullable = false)
	private String problem;

	@Column(nullable = false)
	private String requirement;

	@Column(nullable = false)
	private LocalDate deadline;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SupervisionStatus status;

	@Column(name = "issued_month")
	private LocalDate issuedMonth;

	@Column(name = "issued_rate")
	private BigDecimal issuedRate;

	@Column(name = "issued_expected")
	private BigDecimal issuedExpected;

	@Column(name = "issued_light")
	private String issuedLight;

	private String answer;

	@Column(name = "answered_at")
	private Instant answeredAt;

	@Column(name = "return_reason")
	private String returnReason;

	@Column(name = "closing_remark")
	private String closingRemark;

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

	protected SupervisionOrder() {
	}

	SupervisionOrder(SupervisionNumber number, Long unitId, Long projectId, Long indicatorId, String problem,
			String requirement, LocalDate deadline, Long createdBy, Instant createdAt) {
		this.planYear = number.year();
		this.number = number.number();
		this.unitId = unitId;
		this.projectId = projectId;
		this.indicatorId = indicatorId;
		this.problem = problem;
		this.requirement = requirement;
		this.deadline = deadline;
		this.status = SupervisionStatus.OPEN;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.updatedAt = createdAt;
	}

	void snapshot(LocalDate month, BigDecimal rate, BigDecimal expected, String light) {
		this.issuedMonth = month;
		this.issuedRate = rate;
		this.issuedExpected = expected;
		this.issuedLight = light;
	}

	/**
	 * @throws SupervisionConflictException the order's state does not allow the step
	 */
	void moveTo(SupervisionStatus next, Instant at) {
		if (!this.status.canBecome(next)) {
			throw new SupervisionConflictException("supervision.illegal");
		}
		this.status = next;
		this.updatedAt = at;
	}

	void answer(String answer, Instant at) {
		moveTo(SupervisionStatus.ANSWERED, at);
		this.answer = answer;
		this.answeredAt = at;
	}

	void sendBack(String reason, LocalDate newDeadline, Instant at) {
		moveTo(SupervisionStatus.RETURNED, at);
		this.returnReason = reason;
		if (newDeadline != null) {
			this.deadline = newDeadline;
		}
		this.overdueNotifiedAt = null;
	}

	void close(String remark, Instant at) {
		moveTo(SupervisionStatus.CLOSED, at);
		this.closingRemark = remark;
	}

	void overdueNotified(Instant at) {
		this.overdueNotifiedAt = at;
	}

	void markDemo() {
		this.demo = true;
	}

	SupervisionNumber documentNumber() {
		return new SupervisionNumber(this.planYear, this.number);
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

	Long getIndicatorId() {
		return this.indicatorId;
	}

	String getProblem() {
		return this.problem;
	}

	String getRequirement() {
		return this.requirement;
	}

	LocalDate getDeadline() {
		return this.deadline;
	}

	SupervisionStatus getStatus() {
		return this.status;
	}

	LocalDate getIssuedMonth() {
		return this.issuedMonth;
	}

	BigDecimal getIssuedRate() {
		return this.issuedRate;
	}

	BigDecimal getIssuedExpected() {
		return this.issuedExpected;
	}

	String getIssuedLight() {
		return this.issuedLight;
	}

	String getAnswer() {
		return this.answer;
	}

	Instant getAnsweredAt() {
		return this.answeredAt;
	}

	String getReturnReason() {
		return this.returnReason;
	}

	String getClosingRemark() {
		return this.closingRemark;
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
