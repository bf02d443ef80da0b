package cn.tangshan.minsheng.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An in-app message to a unit. It stores what happened (kind and month) and where to look
 * (a path in the portal), not a sentence, so every reader gets it in their own language.
 * Read state belongs to the unit: once someone in the unit opens it, it is read for all.
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

	/** A path inside the portal, e.g. {@code /reports?month=2024-06}. */
	private String link;

	@Column(name = "read_at")
	private Instant readAt;

	@Column(name = "read_by")
	private Long readBy;

	protected Notification() {
	}

	Notification(Long unitId, NotificationKind kind, LocalDate period, Instant createdAt, Long createdBy, String link) {
		this.unitId = unitId;
		this.kind = kind;
		this.period = period;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
		this.link = link;
	}

	Long getUnitId() {
		return this.unitId;
	}

	String getLink() {
		return this.link;
	}

	boolean isRead() {
		return this.readAt != null;
	}

	void markRead(Instant at, Long userId) {
		if (this.readAt == null) {
			this.readAt = at;
			this.readBy = userId;
		}
	}

	NotificationView toView() {
		return new NotificationView(this.id, this.kind, (this.period != null) ? YearMonth.from(this.period) : null,
				this.createdAt, this.readAt, this.link);
	}

}
