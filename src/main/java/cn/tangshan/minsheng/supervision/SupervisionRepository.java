package cn.tangshan.minsheng.supervision;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SupervisionRepository extends JpaRepository<SupervisionOrder, Long> {

	List<SupervisionOrder> findAllByOrderByPlanYearDescNumberDesc();

	List<SupervisionOrder> findByUnitIdOrderByPlanYearDescNumberDesc(Long unitId);

	List<SupervisionOrder> findByUnitIdOrProjectIdInOrderByPlanYearDescNumberDesc(Long unitId,
			Collection<Long> projectIds);

	List<SupervisionOrder> findByStatusInOrderByDeadlineAscNumberAsc(Collection<SupervisionStatus> statuses);

	/** The orders in these states, locked until the transaction ends; by deadline. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select o from SupervisionOrder o where o.status in ?1 order by o.deadline, o.number")
	List<SupervisionOrder> lockByStatusIn(Collection<SupervisionStatus> statuses);

	boolean existsByDemoTrue();

}
