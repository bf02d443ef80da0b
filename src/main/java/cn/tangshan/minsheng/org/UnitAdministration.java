package cn.tangshan.minsheng.org;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
		Integer[] tile = tile(command);
		unit.placeTile(tile[0], tile[1]);
		try {
			unit = this.repository.saveAndFlush(unit);
		}
		catch (DataIntegrityViolationException ex) {
			// Added by someone else at the same moment.
			throw new UnitValidationException(Map.of("code", "units.error.code.taken"));
		}
		UnitRow row = UnitRow.of(unit);
		this.events.publishEvent(new UnitChanged("CREATED", row.id(), row.code(), null, row.describe()));
		if (row.hasTile()) {
			this.events.publishEvent(new UnitChanged("TILE_PLACED", row.id(), row.code(), null, row.describeTile()));
		}
		return row;
	}

	/**
	 * Renames a unit (its code and type stay) and places its tile on the county map (a
	 * command without the tile's fields keeps it where it is). Issued bulletins keep the
	 * name they were issued with.
	 * @throws UnitValidationException nothing stored
	 * @throws UnitConflictException changed by someone else meanwhile
	 */
	public UnitRow rename(Long id, long version, UnitCommand command) {
		Unit unit = current(id, version);
		if (command.tileCol() == null && command.tileRow() == null) {
			// A form without the tile's fields keeps the tile where it is.
			command = new UnitCommand(command.code(), command.name(), command.shortName(), command.type(),
					(unit.getTileCol() != null) ? String.valueOf(unit.getTileCol()) : null,
					(unit.getTileRow() != null) ? String.valueOf(unit.getTileRow()) : null);
		}
		command = new UnitCommand(unit.getCode(), command.name(), command.shortName(), unit.getType(),
				command.tileCol(), command.tileRow());
		Map<String, String> problems = validate(unit, command);
		if (!problems.isEmpty()) {
			throw new UnitValidationException(problems);
		}
		UnitRow before = UnitRow.of(unit);
		unit.rename(strip(command.name()), strip(command.shortName()));
		Integer[] tile = tile(command);
		unit.placeTile(tile[0], tile[1]);
		boolean renamed = !before.name().equals(unit.getName()) || !before.shortName().equals(unit.getShortName());
		boolean placed = !Objects.equals(before.tileCol(), tile[0]) || !Objects.equals(before.tileRow(), tile[1]);
		UnitRow after = (renamed || !placed) ? changed("RENAMED", before, flush(unit)) : UnitRow.of(flush(unit));
		if (placed) {
			this.events.publishEvent(new UnitChanged("TILE_PLACED", after.id(), after.code(), before.describeTile(),
					after.describeTile()));
		}
		return after;
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
		validateTile(self, command, problems);
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

	/**
	 * A tile is a column and a row on the county map, both or neither, whole numbers in
	 * range, for a county only, and not where another active county already is.
	 */
	private void validateTile(Unit self, UnitCommand command, Map<String, String> problems) {
		String col = strip(command.tileCol());
		String row = strip(command.tileRow());
		if (col.isEmpty() && row.isEmpty()) {
			return;
		}
		if (command.type() != null && command.type() != UnitType.COUNTY) {
			problems.put(col.isEmpty() ? "tileRow" : "tileCol", "units.error.tile.countyOnly");
			return;
		}
		Integer c = number(col, UnitTile.MAX_COL);
		Integer r = number(row, UnitTile.MAX_ROW);
		if (col.isEmpty()) {
			problems.put("tileCol", "units.error.tile.both");
		}
		else if (c == null) {
			problems.put("tileCol", "units.error.tileCol.range");
		}
		if (row.isEmpty()) {
			problems.put("tileRow", "units.error.tile.both");
		}
		else if (r == null) {
			problems.put("tileRow", "units.error.tileRow.range");
		}
		if (c == null || r == null) {
			return;
		}
		for (Unit other : this.repository.findByTypeOrderBySortOrderAscIdAsc(UnitType.COUNTY)) {
			if ((self == null || !other.getId().equals(self.getId())) && other.isActive()
					&& c.equals(other.getTileCol()) && r.equals(other.getTileRow())) {
				problems.put("tileCol", "units.error.tile.taken");
				return;
			}
		}
	}

	/** The tile of a command that passed {@link #validate}: column and row, or nulls. */
	private static Integer[] tile(UnitCommand command) {
		String col = strip(command.tileCol());
		String row = strip(command.tileRow());
		if (col.isEmpty() || row.isEmpty() || command.type() != UnitType.COUNTY) {
			return new Integer[] { null, null };
		}
		return new Integer[] { number(col, UnitTile.MAX_COL), number(row, UnitTile.MAX_ROW) };
	}

	/** A whole number from 0 to max as typed (ASCII digits only), or null. */
	private static Integer number(String text, int max) {
		if (text.isEmpty() || text.length() > 2 || !text.chars().allMatch((ch) -> ch >= '0' && ch <= '9')) {
			return null;
		}
		int value = Integer.parseInt(text);
		return (value <= max) ? value : null;
	}

	private static String strip(String text) {
		return (text != null) ? text.strip() : "";
	}

}
