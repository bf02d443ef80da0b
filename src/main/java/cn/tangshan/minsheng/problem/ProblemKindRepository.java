package cn.tangshan.minsheng.problem;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProblemKindRepository extends JpaRepository<ProblemKind, Long> {

	List<ProblemKind> findAllByOrderByPositionAscIdAsc();

	Optional<ProblemKind> findByName(String name);

}
