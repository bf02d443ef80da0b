package cn.tangshan.minsheng.problem;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProblemFileRepository extends JpaRepository<ProblemFile, Long> {

}
