package cn.tangshan.minsheng.bulletin;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface BulletinRepository extends JpaRepository<Bulletin, Long> {

	List<Bulletin> findByStatusOrderByNumberDesc(BulletinStatus status);

	List<Bulletin> findByStatusOrderByUpdatedAtDescIdDesc(BulletinStatus status);

	List<Bulletin> findByStatusAndIssuedAtAfterOrderByIssuedAtDescIdDesc(BulletinStatus status, Instant after,
			Limit limit);

	boolean existsByDemoTrue();

	java.util.Optional<Bulletin> findFirstByPlanIdAndStatusOrderByNumberDesc(Long planId, BulletinStatus status);

}
