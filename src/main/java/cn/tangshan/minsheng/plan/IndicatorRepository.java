package cn.tangshan.minsheng.plan;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IndicatorRepository extends JpaRepository<Indicator, Long> {

	@Query("""
			select i, i.project.id from Indicator i
			where i.project.group.plan.id = ?1 order by i.project.id, i.position""")
	List<Object[]> findByPlan(Long planId);

	@Query("select i from Indicator i where i.project.id = ?1 order by i.position")
	List<Indicator> findByProject(Long projectId);

	/**
	 * The years (and states) of the plans the given indicators belong to.
	 */
	@Query("select distinct i.project.group.plan.year, i.project.group.plan.status from Indicator i where i.id in ?1")
	List<Object[]> findPlanStates(java.util.Collection<Long> indicatorIds);

}
