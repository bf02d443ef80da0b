package cn.tangshan.minsheng.account;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface PasswordHistoryRepository extends JpaRepository<PasswordHistoryEntry, Long> {

	List<PasswordHistoryEntry> findByUserIdOrderByChangedAtDescIdDesc(Long userId, Limit limit);

}
