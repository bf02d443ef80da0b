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

}
