package cn.tangshan.minsheng.plan;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * A livelihood project with its full description and its lead departments in the order
 * the plan names them.
 */
@Entity
@Table(name = "project")
class Project {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "group_id")
	private ProjectGroup group;

	@Column(name = "project_no", nullable = false)
	private int number;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String description;

	@ElementCollection
	@CollectionTable(name = "project_lead", joinColumns = @JoinColumn(name = "project_id"))
	@OrderColumn(name = "position")
	@Column(name = "unit_id", nullable = false)
	private List<Long> leadUnitIds = new ArrayList<>();

	protected Project() {
	}

	Project(ProjectGroup group, int number, String name, String description, List<Long> leadUnitIds) {
		this.group = group;
		this.number = number;
		this.name = name;
		this.description = description;
		this.leadUnitIds.addAll(leadUnitIds);
	}

	Long getId() {
		return this.id;
	}

	ProjectGroup getGroup() {
		return this.group;
	}

	int getNumber() {
		return this.number;
	}

	String getName() {
		return this.name;
	}

	String getDescription() {
		return this.description;
	}

}
