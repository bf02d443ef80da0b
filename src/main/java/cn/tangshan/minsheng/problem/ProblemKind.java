package cn.tangshan.minsheng.problem;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A kind of problem (资金, 用地, …), from the list the coordinator edits. A kind in use is
 * retired, never deleted.
 */
@Entity
@Table(name = "problem_kind")
class ProblemKind {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private boolean active = true;

	protected ProblemKind() {
	}

	ProblemKind(String name, int position) {
		this.name = name;
		this.position = position;
	}

	KindView toView() {
		return new KindView(this.id, this.name, this.active);
	}

	void rename(String name) {
		this.name = name;
	}

	void activate(boolean active) {
		this.active = active;
	}

	Long getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	boolean isActive() {
		return this.active;
	}

}
