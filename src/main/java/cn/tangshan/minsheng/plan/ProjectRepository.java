package cn.tangshan.minsheng.plan;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository extends JpaRepository<Project, Long> {

	@Query("""
			select p from Project p join fetch p.group g
			where g.plan.id = ?1 order by g.number, p.number""")
	List<Project> findByPlan(Long planId);

	@Query("select p from Project p join fetch p.group g join fetch g.plan where p.id = ?1")
	java.util.Optional<Project> findWithGroup(Long id);

	/**
	 * Rows of (project id, position, unit id) for the lead departments of a plan's
	 * projects: one query instead of one per project.
	 */
	@Query("""
			select p.id, index(l), l from Project p join p.leadUnitIds l
			where p.group.plan.id = ?1""")
	List<Object[]> findLeadRows(Long planId);

	@Query("select p.id, index(l), l from Project p join p.leadUnitIds l where p.id = ?1")
	List<Object[]> findLeadRowsOfProject(Long projectId);

}
