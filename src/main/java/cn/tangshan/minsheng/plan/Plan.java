package cn.tangshan.minsheng.plan;

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
 * One year's programme of livelihood projects, as issued by the city government.
 */
@Entity
@Table(name = "plan")
class Plan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "plan_year", nullable = false, unique = true)
	private int year;

	@Column(nullable = false)
	private String title;

	@Column(name = "document_number")
	private String documentNumber;

	private String issuer;

	@Column(name = "issued_on")
	private LocalDate issuedOn;

	@Column(name = "basic_completion_due", nullable = false)
	private LocalDate basicCompletionDue;

	@Column(name = "full_completion_due", nullable = false)
	private LocalDate fullCompletionDue;

	@Column(name = "coordinator_unit_id", nullable = false)
	private Long coordinatorUnitId;

	@Column(name = "report_deadline_day", nullable = false)
	private int reportDeadlineDay;

	private String preamble;

	@Column(name = "imported_at", nullable = false)
	private Instant importedAt;

	@Column(name = "imported_by")
	private String importedBy;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PlanStatus status = PlanStatus.ACTIVE;

	@Version
	private long version;

	protected Plan() {
	}

	Plan(PlanFile.Header header, Long coordinatorUnitId, Instant importedAt) {
		this.year = header.year();
		this.title = header.title();
		this.documentNumber = header.documentNumber();
		this.issuer = header.issuer();
		this.issuedOn = header.issuedOn();
		this.basicCompletionDue = header.basicCompletionDue();
		this.fullCompletionDue = header.fullCompletionDue();
		this.reportDeadlineDay = header.reportDeadlineDay();
		this.preamble = header.preamble();
		this.coordinatorUnitId = coordinatorUnitId;
		this.importedAt = importedAt;
	}

	Long getId() {
		return this.id;
	}

	int getYear() {
		return this.year;
	}

	long getVersion() {
		return this.version;
	}

	PlanStatus getStatus() {
		return this.status;
	}

	void setStatus(PlanStatus status) {
		this.status = status;
	}

	void setImportedBy(String importedBy) {
		this.importedBy = importedBy;
	}

	PlanSummary toSummary() {
		return new PlanSummary(this.id, this.year, this.title, this.documentNumber, this.issuer, this.issuedOn,
				this.basicCompletionDue, this.fullCompletionDue, this.coordinatorUnitId, this.reportDeadlineDay,
				this.preamble, this.status);
	}

}
