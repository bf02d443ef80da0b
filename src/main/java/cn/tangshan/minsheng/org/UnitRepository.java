package cn.tangshan.minsheng.org;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UnitRepository extends JpaRepository<Unit, Long> {

	Optional<Unit> findByCode(String code);

	List<Unit> findByTypeOrderBySortOrderAscIdAsc(UnitType type);

	List<Unit> findByIdIn(Collection<Long> ids);

	@Query("select coalesce(max(u.sortOrder), 0) from Unit u where u.type = ?1")
	int maxSortOrder(UnitType type);

}
