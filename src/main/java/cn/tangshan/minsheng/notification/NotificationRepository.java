package cn.tangshan.minsheng.notification;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long> {

	List<Notification> findByUnitIdOrderByCreatedAtDescIdDesc(Long unitId, Limit limit);

}
