package cn.tangshan.minsheng.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

import cn.tangshan.minsheng.account.CurrentUser;
import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's API: sending in-app notifications to units, reading a unit's notifications
 * and marking them read. Notifications belong to a unit: everyone in it sees the same
 * list, and one person opening a notification marks it read for all.
 *
 * <p>
 * Two kinds are not repeated: a coordinator's reminder ({@code REPORT_REMINDER}) for a
 * unit and month that is still unread is refreshed (its time and sender) instead of sent
 * again, and a deadline notice ({@code DEADLINE_SOON}) is sent once per unit and month.
 * Partial unique indexes in the database keep both rules under concurrent requests.
 */
@Service
@Transactional
public class Notifications {

	/** Where a notification without a link of its own leads. */
	public static final String LIST = "/notifications";

	private final NotificationRepository repository;

	private final EntityManager entityManager;

	private final Clock clock;

	Notifications(NotificationRepository repository, EntityManager entityManager, Clock clock) {
		this.repository = repository;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/**
	 * Sends one notification to each unit, without a link (it opens the list).
	 * @return how many units were notified
	 */
	public int send(Collection<Long> unitIds, NotificationKind kind, YearMonth month, Long senderId) {
		return send(unitIds, kind, month, senderId, null);
	}

	/**
	 * Sends one notification to each unit; opening it leads to {@code link}.
	 * @param link a path inside the portal, e.g. {@code /reports?month=2024-06}, or
	 * {@code null}
	 * @return how many units were notified (a refreshed reminder counts)
	 */
	public int send(Collection<Long> unitIds, NotificationKind kind, YearMonth month, Long senderId, String link) {
		List<Long> units = unitIds.stream().distinct().toList();
		LocalDate period = (month != null) ? month.atDay(1) : null;
		Instant now = this.clock.instant();
		if (kind == NotificationKind.REPORT_REMINDER || kind == NotificationKind.DEADLINE_SOON) {
			String onConflict = (kind == NotificationKind.REPORT_REMINDER) ? """
					on conflict (unit_id, kind, period) where kind = 'REPORT_REMINDER' and read_at is null
					do update set created_at = excluded.created_at, created_by = excluded.created_by,
					link = excluded.link""" : """
					on conflict (unit_id, kind, period) where kind = 'DEADLINE_SOON' do nothing""";
			int sent = 0;
			for (Long unitId : units) {
				sent += this.entityManager.createNativeQuery("""
						insert into notification (unit_id, kind, period, created_at, created_by, link)
						values (:unit, :kind, :period, :at, :by, :link)
						""" + onConflict)
					.setParameter("unit", unitId)
					.setParameter("kind", kind.name())
					.setParameter("period", period)
					.setParameter("at", now)
					.setParameter("by", senderId)
					.setParameter("link", link)
					.executeUpdate();
			}
			return sent;
		}
		this.repository.saveAll(
				units.stream().map((unitId) -> new Notification(unitId, kind, period, now, senderId, link)).toList());
		return units.size();
	}

	/**
	 * A unit's latest notifications, newest first.
	 */
	@Transactional(readOnly = true)
	public List<NotificationView> latest(Long unitId, int limit) {
		if (unitId == null) {
			return List.of();
		}
		return this.repository.findByUnitIdOrderByCreatedAtDescIdDesc(unitId, Limit.of(limit))
			.stream()
			.map(Notification::toView)
			.toList();
	}

	/**
	 * One page of the user's unit's notifications, newest first.
	 * @param page from 0
	 */
	@Transactional(readOnly = true)
	public Page<NotificationView> page(CurrentUser user, int page, int size) {
		PageRequest request = PageRequest.of(Math.max(page, 0), size);
		if (user.unitId() == null) {
			return Page.empty(request);
		}
		return this.repository.findByUnitIdOrderByCreatedAtDescIdDesc(user.unitId(), request).map(Notification::toView);
	}

	/**
	 * How many of a unit's notifications nobody in it has opened yet: one count query.
	 */
	@Transactional(readOnly = true)
	public long unreadCount(Long unitId) {
		return (unitId != null) ? this.repository.countByUnitIdAndReadAtIsNull(unitId) : 0;
	}

	/**
	 * Opens a notification of the user's unit: marks it read for the whole unit.
	 * @return the path it leads to
	 * @throws NotificationNotFoundException when there is none by that id in the user's
	 * unit (another unit's notifications are not revealed)
	 */
	public String open(CurrentUser user, Long id) {
		Notification notification = find(user, id);
		notification.markRead(this.clock.instant(), user.id());
		return (notification.getLink() != null) ? notification.getLink() : LIST;
	}

	/**
	 * Where a notification leads, without marking it read.
	 * @throws NotificationNotFoundException no such notification for the user's unit
	 */
	@Transactional(readOnly = true)
	public String link(CurrentUser user, Long id) {
		Notification notification = find(user, id);
		return (notification.getLink() != null) ? notification.getLink() : LIST;
	}

	private Notification find(CurrentUser user, Long id) {
		return this.repository.findById(id)
			.filter((n) -> n.getUnitId().equals(user.unitId()))
			.orElseThrow(() -> new NotificationNotFoundException(id));
	}

	/**
	 * Marks all of the user's unit's notifications read.
	 * @return how many were unread
	 */
	public int markAllRead(CurrentUser user) {
		if (user.unitId() == null) {
			return 0;
		}
		return this.repository.markAllRead(user.unitId(), this.clock.instant(), user.id());
	}

}
