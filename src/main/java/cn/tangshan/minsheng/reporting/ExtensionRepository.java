package cn.tangshan.minsheng.reporting;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExtensionRepository extends JpaRepository<Extension, Long> {

	List<Extension> findByUnitIdAndPeriodOrderByUntilDesc(Long unitId, LocalDate period);

	List<Extension> findAllByOrderByGrantedAtDesc();

}
