package cn.tangshan.minsheng.plan;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectGroupRepository extends JpaRepository<ProjectGroup, Long> {

}
