package cn.tangshan.minsheng.supervision;

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
 * One step in an order's history: who did what, when, with which text. Names are kept as
 * they were, so the history reads the same after a user or unit is renamed.
 */
@Entity
@Table(name = "supervision_event")
class SupervisionEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "order_id", nullable = false)
	private Long orderId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SupervisionAction action;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SupervisionStatus status;

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

	protected SupervisionEvent() {
	}

	SupervisionEvent(Long orderId, SupervisionAction action, SupervisionStatus status, Long actorId, String actorName,
			String unitName, Instant at, String text, LocalDate deadline) {
		this.orderId = orderId;
		this.action = action;
		this.status = status;
		this.actorId = actorId;
		this.actorName = actorName;
		this.unitName = unitName;
		this.at = at;
		this.text = text;
		this.deadline = deadline;
	}

	SupervisionView.Step toView() {
		return new SupervisionView.Step(this.action, this.status, this.actorName, this.unitName, this.at, this.text,
				this.deadline);
	}

	Long getOrderId() {
		return this.orderId;
	}

}
