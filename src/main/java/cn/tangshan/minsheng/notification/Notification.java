package cn.tangshan.minsheng.notification;

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
 * An in-app message to a unit. It stores what happened (kind and month), not a sentence,
 * so every reader gets it in their own language.
 */
@Entity
@Table(name = "notification")
class Notification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private NotificationKind kind;

	/** First day of the month concerned. */
	private LocalDate period;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by")
	private Long createdBy;

	protected Notification() {
	}

	Notification(Long unitId, NotificationKind kind, LocalDate period, Instant createdAt, Long createdBy) {
		this.unitId = unitId;
		this.kind = kind;
		this.period = period;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	NotificationView toView() {
		return new NotificationView(this.id, this.kind,
				(this.period != null) ? java.time.YearMonth.from(this.period) : null, this.createdAt);
	}

}
