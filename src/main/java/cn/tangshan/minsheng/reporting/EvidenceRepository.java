package cn.tangshan.minsheng.reporting;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

	/**
	 * What lists of evidence show, without loading file contents.
	 */
	@Query("""
			select new cn.tangshan.minsheng.reporting.EvidenceView(e.id, e.reportId, e.fileName, e.contentType,
				e.sizeBytes, e.uploadedAt) from Evidence e where e.reportId in ?1 order by e.uploadedAt""")
	List<EvidenceView> findViews(Collection<Long> reportIds);

}
