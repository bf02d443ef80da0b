package cn.tangshan.minsheng.supervision;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SupervisionRepository extends JpaRepository<SupervisionOrder, Long> {

	List<SupervisionOrder> findAllByOrderByPlanYearDescNumberDesc();

	List<SupervisionOrder> findByUnitIdOrderByPlanYearDescNumberDesc(Long unitId);

	List<SupervisionOrder> findByUnitIdOrProjectIdInOrderByPlanYearDescNumberDesc(Long unitId,
			Collection<Long> projectIds);

	List<SupervisionOrder> findByStatusInOrderByDeadlineAscNumberAsc(Collection<SupervisionStatus> statuses);

	boolean existsByDemoTrue();

}
