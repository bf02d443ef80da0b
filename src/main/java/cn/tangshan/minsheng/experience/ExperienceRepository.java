package cn.tangshan.minsheng.experience;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ExperienceRepository extends JpaRepository<Experience, Long> {

	@Query("select e from Experience e order by e.updatedAt desc, e.id desc")
	List<Experience> newestFirst();

	@Query("select e from Experience e where e.unitId = ?1 order by e.updatedAt desc, e.id desc")
	List<Experience> ofUnit(Long unitId);

	@Query("select e from Experience e where e.status = ?1 order by e.updatedAt desc, e.id desc")
	List<Experience> withStatus(ExperienceStatus status);

	@Query("""
			select e from Experience e where e.planYear = ?1 and e.status = cn.tangshan.minsheng.experience.ExperienceStatus.PUBLISHED
			order by e.publishedAt desc, e.id desc""")
	List<Experience> published(int planYear);

	@Query("select e from Experience e where e.planYear = ?1 and e.forBulletin = true order by e.updatedAt, e.id")
	List<Experience> markedForBulletin(int planYear);

	boolean existsByDemoTrue();

}
