package cn.tangshan.minsheng.problem;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ProblemRepository extends JpaRepository<Problem, Long> {

	@Query("select p from Problem p order by p.planYear desc, p.number desc")
	List<Problem> newestFirst();

	@Query("""
			select p from Problem p where p.raisedByUnitId = ?1 or p.responsibleUnitId = ?1 or p.projectId in ?2
			order by p.planYear desc, p.number desc""")
	List<Problem> ofUnit(Long unitId, Collection<Long> projectIds);

	/** The problems in this state, locked until the transaction ends. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Problem p where p.status = ?1 order by p.deadline, p.number")
	List<Problem> lockByStatus(ProblemStatus status);

	boolean existsByDemoTrue();

	boolean existsByKindId(Long kindId);

}
