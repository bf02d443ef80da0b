package cn.tangshan.minsheng.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

	List<Notification> findByUnitIdOrderByCreatedAtDescIdDesc(Long unitId, Limit limit);

	Page<Notification> findByUnitIdOrderByCreatedAtDescIdDesc(Long unitId, Pageable pageable);

	long countByUnitIdAndReadAtIsNull(Long unitId);

	boolean existsByUnitIdAndKindAndPeriod(Long unitId, NotificationKind kind, LocalDate period);

	@Modifying
	@Query("update Notification n set n.readAt = ?2, n.readBy = ?3 where n.unitId = ?1 and n.readAt is null")
	int markAllRead(Long unitId, Instant at, Long userId);

}
