package cn.tangshan.minsheng.plan;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanRepository extends JpaRepository<Plan, Long> {

	boolean existsByYear(int year);

	Optional<Plan> findTopByStatusOrderByYearDesc(PlanStatus status);

}
