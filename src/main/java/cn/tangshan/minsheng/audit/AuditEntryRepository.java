package cn.tangshan.minsheng.audit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

	List<AuditEntry> findByReportIdOrderByAtAscIdAsc(Long reportId);

	List<AuditEntry> findByReportIdAndIndicatorIdOrderByAtAscIdAsc(Long reportId, Long indicatorId);

	List<AuditEntry> findByIndicatorIdAndTargetUnitIdAndReportIdIsNullOrderByAtAscIdAsc(Long indicatorId,
			Long targetUnitId);

}
