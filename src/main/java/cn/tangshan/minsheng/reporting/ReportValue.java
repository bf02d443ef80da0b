package cn.tangshan.minsheng.reporting;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One indicator's figure in a report: the cumulative value since 1 January, or a
 * milestone's self-assessed percent complete.
 */
@Entity
@Table(name = "report_value")
class ReportValue {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "report_id")
	private Report report;

	@Column(name = "indicator_id", nullable = false)
	private Long indicatorId;

	private BigDecimal cumulative;

	@Column(name = "percent_complete")
	private BigDecimal percentComplete;

	@Column(name = "correction_reason")
	private String correctionReason;

	@Column(name = "over_confirmed", nullable = false)
	private boolean overConfirmed;

	protected ReportValue() {
	}

	ReportValue(Report report, Long indicatorId) {
		this.report = report;
		this.indicatorId = indicatorId;
	}

	Long getIndicatorId() {
		return this.indicatorId;
	}

	BigDecimal getCumulative() {
		return this.cumulative;
	}

	BigDecimal getPercentComplete() {
		return this.percentComplete;
	}

	String getCorrectionReason() {
		return this.correctionReason;
	}

	boolean isOverConfirmed() {
		return this.overConfirmed;
	}

	/**
	 * The figure a milestone or quantitative indicator carries.
	 */
	BigDecimal figure() {
		return (this.cumulative != null) ? this.cumulative : this.percentComplete;
	}

	void set(BigDecimal cumulative, BigDecimal percentComplete, String correctionReason, boolean overConfirmed) {
		this.cumulative = cumulative;
		this.percentComplete = percentComplete;
		this.correctionReason = correctionReason;
		this.overConfirmed = overConfirmed;
	}

}
