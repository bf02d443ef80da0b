package cn.tangshan.minsheng.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The coordinator's permission for one unit to report a closed month until a given time.
 */
@Entity
@Table(name = "extension")
class Extension {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(nullable = false)
	private LocalDate period;

	@Column(nullable = false)
	private Instant until;

	@Column(nullable = false)
	private String reason;

	@Column(name = "granted_by")
	private Long grantedBy;

	@Column(name = "granted_at", nullable = false)
	private Instant grantedAt;

	protected Extension() {
	}

	Extension(Long unitId, YearMonth month, Instant until, String reason, Long grantedBy, Instant grantedAt) {
		this.unitId = unitId;
		this.period = month.atDay(1);
		this.until = until;
		this.reason = reason;
		this.grantedBy = grantedBy;
		this.grantedAt = grantedAt;
	}

	Long getId() {
		return this.id;
	}

	Long getUnitId() {
		return this.unitId;
	}

	YearMonth getMonth() {
		return YearMonth.from(this.period);
	}

	Instant getUntil() {
		return this.until;
	}

	String getReason() {
		return this.reason;
	}

	Instant getGrantedAt() {
		return this.grantedAt;
	}

}
