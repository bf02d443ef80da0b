package cn.tangshan.minsheng.reporting;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ReportRepository extends JpaRepository<Report, Long> {

	@Query("select distinct r from Report r left join fetch r.values where r.unitId = ?1 and r.period = ?2")
	List<Report> findWithValues(Long unitId, LocalDate period);

	/**
	 * The report to change: its version goes up on every save, even when only a figure (a
	 * child row) changed, so a second editor holding the old version is refused.
	 */
	@Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
	@Query("select r from Report r where r.unitId = ?1 and r.projectId = ?2 and r.period = ?3")
	Optional<Report> findForUpdate(Long unitId, Long projectId, LocalDate period);

	@Query("select distinct r from Report r left join fetch r.values where r.id = ?1")
	Optional<Report> findWithValues(Long id);

	@Query("""
			select distinct r from Report r left join fetch r.values
			where r.status = cn.tangshan.minsheng.reporting.ReportStatus.SUBMITTED
			and r.projectId in ?1 and r.unitId in ?2 order by r.period, r.projectId, r.unitId""")
	List<Report> findSubmitted(Collection<Long> projectIds, Collection<Long> unitIds);

	/**
	 * The submitted reports' keys only (id, project, unit, late), in the order of
	 * {@link #findSubmitted}: the review queue filters and pages these, then reads one
	 * page of reports.
	 */
	@Query("""
			select r.id, r.projectId, r.unitId, r.late from Report r
			where r.status = cn.tangshan.minsheng.reporting.ReportStatus.SUBMITTED
			and r.projectId in ?1 and r.unitId in ?2 order by r.period, r.projectId, r.unitId""")
	List<Object[]> findSubmittedKeys(Collection<Long> projectIds, Collection<Long> unitIds);

	@Query("select distinct r from Report r left join fetch r.values where r.id in ?1")
	List<Report> findAllWithValues(Collection<Long> ids);

	/**
	 * Each indicator's latest approved figure of a unit before a month: (indicator id,
	 * figure) rows, one query for the whole form. Indicators belong to one plan year and
	 * its reports lie in that year, so only the year's reports are read
	 * ({@code yearStart} = 1 January of the month's year), not ten years of a unit's
	 * history.
	 */
	@Query(nativeQuery = true, value = """
			select distinct on (v.indicator_id) v.indicator_id, coalesce(v.cumulative, v.percent_complete)
			from report_value v join report r on r.id = v.report_id
			where r.unit_id = ?1 and r.status = 'APPROVED' and r.period < ?2 and r.period >= ?3
			order by v.indicator_id, r.period desc""")
	List<Object[]> findLastApprovedFigures(Long unitId, LocalDate before, LocalDate yearStart);

	/**
	 * The same for several units at once and only the indicators of some projects (the
	 * review page: the reports shown), as (unit id, indicator id, figure) rows.
	 */
	@Query(nativeQuery = true, value = """
			select distinct on (r.unit_id, v.indicator_id) r.unit_id, v.indicator_id,
				coalesce(v.cumulative, v.percent_complete)
			from report_value v join report r on r.id = v.report_id
			where r.unit_id in ?1 and r.project_id in ?4 and r.status = 'APPROVED' and r.period < ?2
			and r.period >= ?3
			order by r.unit_id, v.indicator_id, r.period desc""")
	List<Object[]> findLastApprovedFigures(Collection<Long> unitIds, LocalDate before, LocalDate yearStart,
			Collection<Long> projectIds);

}
