package cn.tangshan.minsheng.problem;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProblemEventRepository extends JpaRepository<ProblemEvent, Long> {

	List<ProblemEvent> findByProblemIdOrderByAtAscIdAsc(Long problemId);

}
