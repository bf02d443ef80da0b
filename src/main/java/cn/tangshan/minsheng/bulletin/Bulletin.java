package cn.tangshan.minsheng.bulletin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A bulletin row. Its texts (and, once issued, its figures) are JSON documents: a
 * snapshot is read whole and never queried field by field.
 */
@Entity
@Table(name = "bulletin")
class Bulletin {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "plan_id", nullable = false)
	private Long planId;

	@Column(nullable = false)
	private LocalDate period;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private BulletinStatus status;

	private Integer number;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(nullable = false)
	private String texts;

	@JdbcTypeCode(SqlTypes.JSON)
	private String figures;

	@Column(nullable = false)
	private boolean demo;

	@Column(name = "created_by")
	private Long createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_by")
	private Long updatedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "issued_by")
	private Long issuedBy;

	@Column(name = "issued_at")
	private Instant issuedAt;

	@Version
	private long version;

	protected Bulletin() {
	}

	Bulletin(Long planId, YearMonth month, String texts, boolean demo, Long by, Instant at) {
		this.planId = planId;
		this.period = month.atDay(1);
		this.status = BulletinStatus.DRAFT;
		this.texts = texts;
		this.demo = demo;
		this.createdBy = by;
		this.createdAt = at;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	void edit(String texts, Long by, Instant at) {
		this.texts = texts;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	void issue(int number, String texts, String figures, Long by, Instant at) {
		this.status = BulletinStatus.ISSUED;
		this.number = number;
		this.texts = texts;
		this.figures = figures;
		this.issuedBy = by;
		this.issuedAt = at;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	Long getId() {
		return this.id;
	}

	Long getPlanId() {
		return this.planId;
	}

	YearMonth getMonth() {
		return YearMonth.from(this.period);
	}

	BulletinStatus getStatus() {
		return this.status;
	}

	boolean isDraft() {
		return this.status == BulletinStatus.DRAFT;
	}

	Integer getNumber() {
		return this.number;
	}

	String getTexts() {
		return this.texts;
	}

	String getFigures() {
		return this.figures;
	}

	boolean isDemo() {
		return this.demo;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	Instant getIssuedAt() {
		return this.issuedAt;
	}

	long getVersion() {
		return this.version;
	}

}
