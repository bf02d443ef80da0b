package cn.tangshan.minsheng.org;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's changes to units: add, rename, reorder, deactivate. Every change
 * carries the version the administrator saw (a stale one is refused) and publishes
 * {@link UnitChanged} for the audit trail. A unit is never deleted: its past reports and
 * the bulletins naming it stay as they were (issued bulletins keep their frozen names).
 */
@Service
@Transactional
public class UnitAdministration {

	private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_-]{1,29}");

	private static final int MAX_NAME = 60;

	private static final int MAX_SHORT_NAME = 30;

	private final UnitRepository repository;

	private final ApplicationEventPublisher events;

	UnitAdministration(UnitRepository repository, ApplicationEventPublisher events) {
		this.repository = repository;
		this.events = events;
	}

	/** Every unit, counties first, each type in its order. */
	@Transactional(readOnly = true)
	public List<UnitRow> all() {
		List<UnitRow> rows = new ArrayList<>();
		for (UnitType type : List.of(UnitType.COUNTY, UnitType.DEPARTMENT)) {
			this.repository.findByTypeOrderBySortOrderAscIdAsc(type).forEach((u) -> rows.add(UnitRow.of(u)));
		}
		return rows;
	}

	@Transactional(readOnly = true)
	public Optional<UnitRow> find(Long id) {
		return this.repository.findById(id).map(UnitRow::of);
	}

	/**
	 * Adds a unit at the end of its type's order.
	 * @throws UnitValidationException nothing stored
	 */
	public UnitRow add(UnitCommand command) {
		String code = strip(command.code());
		Map<String, String> problems = validate(null, command);
		if (code.isEmpty()) {
			problems.put("code", "units.error.code.required");
		}
		else if (!CODE.matcher(code).matches()) {
			problems.put("code", "units.error.code.format");
		}
		else if (this.repository.findByCode(code).isPresent()) {
			problems.put("code", "units.error.code.taken");
		}
		if (!problems.isEmpty()) {
			throw new UnitValidationException(problems);
		}
		Unit unit = new Unit(code, strip(command.name()), strip(command.shortName()), command.type(),
				this.repository.maxSortOrder(command.type()) + 1);
		try {
			unit = this.repository.saveAndFlush(unit);
		}
		catch (DataIntegrityViolationException ex) {
			// Added by someone else at the same moment.
			throw new UnitValidationException(Map.of("code", "units.error.code.taken"));
		}
		UnitRow row = UnitRow.of(unit);
		this.events.publishEvent(new UnitChanged("CREATED", row.id(), row.code(), null, row.describe()));
		return row;
	}

	/**
	 * Renames a unit (its code and type stay). Issued bulletins keep the name they were
	 * issued with.
	 * @throws UnitValidationException nothing stored
	 * @throws UnitConflictException changed by someone else meanwhile
	 */
	public UnitRow rename(Long id, long version, UnitCommand command) {
		Unit unit = current(id, version);
		Map<String, String> problems = validate(unit,
				new UnitCommand(unit.getCode(), command.name(), command.shortName(), unit.getType()));
		if (!problems.isEmpty()) {
			throw new UnitValidationException(problems);
		}
		UnitRow before = UnitRow.of(unit);
		unit.rename(strip(command.name()), strip(command.shortName()));
		return changed("RENAMED", before, flush(unit));
	}

	/**
	 * Moves a unit one place up or down among the units of its type.
	 * @throws UnitConflictException changed by someone else meanwhile
	 */
	public UnitRow move(Long id, long version, boolean up) {
		Unit unit = current(id, version);
		List<Unit> siblings = new ArrayList<>(this.repository.findByTypeOrderBySortOrderAscIdAsc(unit.getType()));
		int index = siblings.indexOf(unit);
		int other = up ? index - 1 : index + 1;
		if (other < 0 || other >= siblings.size()) {
			return UnitRow.of(unit);
		}
		UnitRow before = UnitRow.of(unit);
		siblings.add(other, siblings.remove(index));
		// Renumber the whole type: older data may hold equal sort orders.
		for (int i = 0; i < siblings.size(); i++) {
			siblings.get(i).setSortOrder(i + 1);
		}
		return changed("MOVED", before, flush(unit));
	}

	/**
	 * Deactivates a unit (no new allocations, orders or reminders; it leaves new forms;
	 * its past reports stay) or activates it again.
	 * @throws UnitConflictException changed by someone else meanwhile
	 */
	public UnitRow setActive(Long id, long version, boolean active) {
		Unit unit = current(id, version);
		if (unit.isActive() == active) {
			return UnitRow.of(unit);
		}
		UnitRow before = UnitRow.of(unit);
		unit.setActive(active);
		return changed(active ? "ACTIVATED" : "DEACTIVATED", before, flush(unit));
	}

	private UnitRow changed(String action, UnitRow before, Unit unit) {
		UnitRow after = UnitRow.of(unit);
		this.events
			.publishEvent(new UnitChanged(action, after.id(), after.code(), before.describe(), after.describe()));
		return after;
	}

	private Unit current(Long id, long version) {
		Unit unit = this.repository.findById(id).orElseThrow(() -> new UnitNotFoundException(id));
		if (unit.getVersion() != version) {
			throw new UnitConflictException();
		}
		return unit;
	}

	private Unit flush(Unit unit) {
		try {
			this.repository.flush();
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new UnitConflictException();
		}
		return unit;
	}

	/**
	 * Names are required, not too long, and unique among all units (a full name and a
	 * short name each).
	 */
	private Map<String, String> validate(Unit self, UnitCommand command) {
		Map<String, String> problems = new LinkedHashMap<>();
		String name = strip(command.name());
		String shortName = strip(command.shortName());
		if (name.isEmpty()) {
			problems.put("name", "units.error.name.required");
		}
		else if (name.length() > MAX_NAME) {
			problems.put("name", "units.error.name.tooLong");
		}
		if (shortName.isEmpty()) {
			problems.put("shortName", "units.error.shortName.required");
		}
		else if (shortName.length() > MAX_SHORT_NAME) {
			problems.put("shortName", "units.error.shortName.tooLong");
		}
		if (command.type() == null) {
			problems.put("type", "units.error.type.required");
		}
		for (Unit other : this.repository.findAll()) {
			if (self != null && other.getId().equals(self.getId())) {
				continue;
			}
			if (!name.isEmpty() && (other.getName().equals(name) || other.getShortName().equals(name))) {
				problems.putIfAbsent("name", "units.error.name.taken");
			}
			if (!shortName.isEmpty() && (other.getShortName().equals(shortName) || other.getName().equals(shortName))) {
				problems.putIfAbsent("shortName", "units.error.shortName.taken");
			}
		}
		return problems;
	}

	private static String strip(String text) {
		return (text != null) ? text.strip() : "";
	}

}
