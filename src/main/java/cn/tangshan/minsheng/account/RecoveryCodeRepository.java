package cn.tangshan.minsheng.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

	Optional<RecoveryCode> findByUserIdAndCodeHashAndUsedAtIsNull(Long userId, String codeHash);

	long countByUserIdAndUsedAtIsNull(Long userId);

	@Modifying
	@Query("delete from RecoveryCode r where r.userId = ?1")
	void deleteByUser(Long userId);

}
