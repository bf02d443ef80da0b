package cn.tangshan.minsheng.plan;

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
 * A numbered group of projects within a plan (省达19项, 市人大票决6项); each group numbers its
 * projects from 1.
 */
@Entity
@Table(name = "project_group")
class ProjectGroup {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private Plan plan;

	@Column(name = "group_no", nullable = false)
	private int number;

	@Column(nullable = false)
	private String name;

	protected ProjectGroup() {
	}

	ProjectGroup(Plan plan, int number, String name) {
		this.plan = plan;
		this.number = number;
		this.name = name;
	}

	Long getId() {
		return this.id;
	}

	int getNumber() {
		return this.number;
	}

	String getName() {
		return this.name;
	}

	Plan getPlan() {
		return this.plan;
	}

}
