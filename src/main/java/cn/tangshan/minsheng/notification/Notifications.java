package cn.tangshan.minsheng.notification;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's API: sending in-app notifications to units and reading a unit's latest.
 */
@Service
@Transactional
public class Notifications {

	private final NotificationRepository repository;

	private final Clock clock;

	Notifications(NotificationRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	/**
	 * Sends one notification to each unit.
	 * @return how many were sent
	 */
	public int send(Collection<Long> unitIds, NotificationKind kind, YearMonth month, Long senderId) {
		List<Notification> sent = unitIds.stream()
			.distinct()
			.map((unitId) -> new Notification(unitId, kind, (month != null) ? month.atDay(1) : null,
					this.clock.instant(), senderId))
			.toList();
		this.repository.saveAll(sent);
		return sent.size();
	}

	/**
	 * A unit's latest notifications, newest first.
	 */
	@Transactional(readOnly = true)
	public List<NotificationView> latest(Long unitId, int limit) {
		return this.repository.findByUnitIdOrderByCreatedAtDescIdDesc(unitId, Limit.of(limit))
			.stream()
			.map(Notification::toView)
			.toList();
	}

}
