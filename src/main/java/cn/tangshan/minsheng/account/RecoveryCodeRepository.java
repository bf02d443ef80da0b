package cn.tangshan.minsheng.account;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

	long countByUserIdAndUsedAtIsNull(Long userId);

	/**
	 * Uses up an unused code: 1 when it was one, 0 otherwise. One statement, so the same
	 * code entered twice at once is used by one login only.
	 */
	@Modifying
	@Query("update RecoveryCode r set r.usedAt = ?3 where r.userId = ?1 and r.codeHash = ?2 and r.usedAt is null")
	int use(Long userId, String codeHash, Instant now);

	@Modifying
	@Query("delete from RecoveryCode r where r.userId = ?1")
	void deleteByUser(Long userId);

}
