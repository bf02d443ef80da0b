package cn.tangshan.minsheng.reporting;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AllocationRepository extends JpaRepository<Allocation, Long> {

	List<Allocation> findByIndicatorIdIn(Collection<Long> indicatorIds);

	List<Allocation> findByUnitId(Long unitId);

	List<Allocation> findByUnitIdInAndIndicatorIdIn(Collection<Long> unitIds, Collection<Long> indicatorIds);

}
