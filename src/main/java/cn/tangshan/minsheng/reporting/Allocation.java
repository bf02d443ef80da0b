package cn.tangshan.minsheng.reporting;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One unit's share of an indicator's city target: a county's, or the lead department's
 * own 市本级 share.
 */
@Entity
@Table(name = "allocation")
class Allocation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "indicator_id", nullable = false)
	private Long indicatorId;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(nullable = false)
	private BigDecimal amount;

	@Column(name = "updated_by")
	private Long updatedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Allocation() {
	}

	Allocation(Long indicatorId, Long unitId, BigDecimal amount, Long updatedBy, Instant updatedAt) {
		this.indicatorId = indicatorId;
		this.unitId = unitId;
		this.amount = amount;
		this.updatedBy = updatedBy;
		this.updatedAt = updatedAt;
	}

	void change(BigDecimal amount, Long updatedBy, Instant updatedAt) {
		this.amount = amount;
		this.updatedBy = updatedBy;
		this.updatedAt = updatedAt;
	}

	Long getIndicatorId() {
		return this.indicatorId;
	}

	Long getUnitId() {
		return this.unitId;
	}

	BigDecimal getAmount() {
		return this.amount;
	}

}
