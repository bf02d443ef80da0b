package cn.tangshan.minsheng.plan;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * What a project is measured by: a quantitative target with its unit of measure and
 * qualifier, or a milestone.
 */
@Entity
@Table(name = "indicator")
class Indicator {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "project_id")
	private Project project;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private IndicatorKind kind;

	private BigDecimal target;

	@Column(name = "measure_unit")
	private String measureUnit;

	@Enumerated(EnumType.STRING)
	private Qualifier qualifier;

	protected Indicator() {
	}

	Indicator(Project project, int position, PlanFile.IndicatorEntry entry) {
		this.project = project;
		this.position = position;
		this.name = entry.name();
		this.kind = entry.kind();
		this.target = entry.target();
		this.measureUnit = entry.measureUnit();
		this.qualifier = entry.qualifier();
	}

	IndicatorView toView(Long projectId) {
		return new IndicatorView(this.id, projectId, this.position, this.name, this.kind, this.target, this.measureUnit,
				this.qualifier);
	}

}
