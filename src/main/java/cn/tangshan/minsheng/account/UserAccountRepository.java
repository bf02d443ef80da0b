package cn.tangshan.minsheng.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	boolean existsByRole(Role role);

	List<UserAccount> findAllByOrderByRoleAscUsernameAsc();

	/**
	 * Takes a TOTP time step for a login: 1 when it is later than the last one taken, 0
	 * when that step (or a later one) was already used. One statement, so of two logins
	 * with the same code at the same moment exactly one gets it (the second waits for the
	 * first's row lock and then finds the step taken).
	 */
	@Modifying
	@Query(nativeQuery = true, value = """
			update user_account set totp_last_step = ?2
			where id = ?1 and (totp_last_step is null or totp_last_step < ?2)""")
	int takeTotpStep(Long id, long step);

}
