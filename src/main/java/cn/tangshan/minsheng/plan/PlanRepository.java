package cn.tangshan.minsheng.plan;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PlanRepository extends JpaRepository<Plan, Long> {

	boolean existsByYear(int year);

	Optional<Plan> findTopByStatusOrderByYearDesc(PlanStatus status);

	Optional<Plan> findByYear(int year);

	List<Plan> findAllByOrderByYearDesc();

	/**
	 * The plans of the given states, each row locked until the transaction ends: two
	 * coordinators starting a year at once take their turns.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Plan p where p.status in ?1 order by p.id")
	List<Plan> lockByStatusIn(List<PlanStatus> states);

}
