package cn.tangshan.minsheng.org;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's API: looking up units and registering them (from a plan file or by an
 * administrator).
 */
@Service
@Transactional(readOnly = true)
public class Units {

	private final UnitRepository repository;

	Units(UnitRepository repository) {
		this.repository = repository;
	}

	public List<UnitView> ofType(UnitType type) {
		return this.repository.findByTypeOrderBySortOrderAscIdAsc(type).stream().map(UnitView::of).toList();
	}

	/**
	 * The county-level units with their tiles on the county map, in their order (the
	 * deactivated ones too: their past figures still count).
	 */
	public List<UnitTile> countyTiles() {
		return this.repository.findByTypeOrderBySortOrderAscIdAsc(UnitType.COUNTY)
			.stream()
			.map((u) -> new UnitTile(UnitView.of(u), u.getTileCol(), u.getTileRow()))
			.toList();
	}

	public Optional<UnitView> find(Long id) {
		return this.repository.findById(id).map(UnitView::of);
	}

	public Optional<UnitView> findByCode(String code) {
		return this.repository.findByCode(code).map(UnitView::of);
	}

	public Map<Long, UnitView> byIds(Collection<Long> ids) {
		return this.repository.findByIdIn(ids)
			.stream()
			.map(UnitView::of)
			.collect(Collectors.toMap(UnitView::id, Function.identity()));
	}

	/**
	 * Registers a unit by its code. A known code is left as the administrator keeps it:
	 * loading a plan file twice never duplicates or renames a unit.
	 */
	@Transactional
	public UnitView register(String code, String name, String shortName, UnitType type) {
		Unit unit = this.repository.findByCode(code)
			.orElseGet(() -> this.repository
				.save(new Unit(code, name, shortName, type, this.repository.maxSortOrder(type) + 1)));
		return UnitView.of(unit);
	}

}
