package cn.tangshan.minsheng.problem;

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

/**
 * One step in a problem's history: who (and which unit) did what, when, with which text.
 * Names are kept as they were.
 */
@Entity
@Table(name = "problem_event")
class ProblemEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "problem_id", nullable = false)
	private Long problemId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProblemAction action;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProblemStatus status;

	@Column(name = "actor_id")
	private Long actorId;

	@Column(name = "actor_name")
	private String actorName;

	@Column(name = "unit_name")
	private String unitName;

	@Column(nullable = false)
	private Instant at;

	private String text;

	private LocalDate deadline;

	protected ProblemEvent() {
	}

	ProblemEvent(Long problemId, ProblemAction action, ProblemStatus status, Long actorId, String actorName,
			String unitName, Instant at, String text, LocalDate deadline) {
		this.problemId = problemId;
		this.action = action;
		this.status = status;
		this.actorId = actorId;
		this.actorName = actorName;
		this.unitName = unitName;
		this.at = at;
		this.text = text;
		this.deadline = deadline;
	}

	ProblemView.Step toView() {
		return new ProblemView.Step(this.action, this.status, this.actorName, this.unitName, this.at, this.text,
				this.deadline);
	}

}
