package cn.tangshan.minsheng.reporting;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.account.Role;
import cn.tangshan.minsheng.audit.AuditLog;
import cn.tangshan.minsheng.audit.AuditRecord;
import cn.tangshan.minsheng.org.UnitType;
import cn.tangshan.minsheng.org.UnitView;
import cn.tangshan.minsheng.org.Units;
import cn.tangshan.minsheng.plan.IndicatorView;
import cn.tangshan.minsheng.plan.PlanCatalog;
import cn.tangshan.minsheng.plan.PlanOverview;
import cn.tangshan.minsheng.plan.ProjectView;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A lead department splitting its quantitative indicators' city targets across the
 * counties and its own 市本级 share (任务分解). Scoped on the server: a department or the
 * coordinator edits only the indicators of the projects it leads. A save is all or
 * nothing: every cell valid, no column changed by someone else since the form was built,
 * every changed cell audited.
 */
@Service
@Transactional
public class Allocations {

	// First key of the PostgreSQL advisory locks that serialize saves of one indicator's
	// column (the second key is the indicator id): a row lock cannot guard cells that do
	// not exist yet.
	private static final int COLUMN_LOCK = 0x414c4c4f;

	private final PlanCatalog plans;

	private final Units units;

	private final AllocationRepository allocations;

	private final AuditLog audit;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Allocations(PlanCatalog plans, Units units, AllocationRepository allocations, AuditLog audit, JdbcTemplate jdbc,
			Clock clock) {
		this.plans = plans;
		this.units = units;
		this.allocations = allocations;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The user's grid with the stored shares.
	 * @throws AccessDeniedException the user is neither a department nor the coordinator
	 */
	@Transactional(readOnly = true)
	public AllocationGrid grid(CurrentUser user) {
		Scope scope = scope(user);
		return grid(scope, stored(scope.indicatorIds()));
	}

	/**
	 * Stores the typed shares: a blank cell removes the share, an unchanged one is left
	 * alone.
	 * @throws AllocationValidationException nothing stored; the problems go next to the
	 * cells
	 * @throws AllocationConflictException nothing stored; someone changed a column
	 * meanwhile
	 * @throws AccessDeniedException the form names an indicator or unit outside the
	 * user's grid
	 */
	public void save(CurrentUser user, AllocationInput input) {
		Scope scope = scope(user);
		Set<Long> touched = input.indicatorIds();
		this.plans.requireIndicatorsInForce(touched);
		for (Long indicatorId : touched) {
			if (!scope.columns().containsKey(indicatorId)) {
				throw new AccessDeniedException(
						"Indicator " + indicatorId + " is not split by unit " + scope.unit().code());
			}
		}
		Map<AllocationInput.Cell, BigDecimal> amounts = validate(input);
		new TreeSet<>(touched).forEach(this::lockColumn);
		Map<Long, Map<Long, Allocation>> stored = stored(touched);
		Map<Long, UnitView> rows = rowUnits(scope, stored);
		for (AllocationInput.Cell cell : input.amounts().keySet()) {
			UnitView unit = rows.get(cell.unitId());
			if (unit == null
					|| !editable(scope.columns().get(cell.indicatorId()), unit, stored.get(cell.indicatorId()))) {
				throw new AccessDeniedException(
						"Unit " + cell.unitId() + " has no share of indicator " + cell.indicatorId());
			}
		}
		Set<Long> changed = new TreeSet<>();
		for (Long indicatorId : touched) {
			String token = input.versions().get(indicatorId);
			if (token == null || !token.equals(token(stored.get(indicatorId)))) {
				changed.add(indicatorId);
			}
		}
		if (!changed.isEmpty()) {
			throw new AllocationConflictException(changed);
		}
		apply(user, input, amounts, stored, scope.indicatorIds(), rows.keySet());
	}

	/**
	 * Stores the changed cells, column by column in the grid's row order, and audits
	 * each.
	 */
	private void apply(CurrentUser user, AllocationInput input, Map<AllocationInput.Cell, BigDecimal> amounts,
			Map<Long, Map<Long, Allocation>> stored, Set<Long> columnOrder, Set<Long> rowOrder) {
		List<AllocationInput.Cell> cells = new ArrayList<>();
		for (Long indicatorId : columnOrder) {
			for (Long unitId : rowOrder) {
				AllocationInput.Cell cell = new AllocationInput.Cell(indicatorId, unitId);
				if (amounts.containsKey(cell)) {
					cells.add(cell);
				}
			}
		}
		Instant now = this.clock.instant();
		List<AuditRecord> changes = new ArrayList<>();
		for (AllocationInput.Cell cell : cells) {
			Allocation existing = stored.get(cell.indicatorId()).get(cell.unitId());
			BigDecimal old = (existing != null) ? existing.getAmount() : null;
			BigDecimal amount = amounts.get(cell);
			if (Reporting.sameNumber(old, amount)) {
				continue;
			}
			if (amount == null) {
				this.allocations.delete(existing);
			}
			else if (existing == null) {
				this.allocations.save(new Allocation(cell.indicatorId(), cell.unitId(), amount, user.id(), now));
			}
			else {
				existing.change(amount, user.id(), now);
			}
			changes.add(new AuditRecord("ALLOCATION_CHANGED", null, cell.indicatorId(), cell.unitId(), "amount",
					Reporting.plain(old), Reporting.plain(amount), null));
		}
		try {
			this.allocations.flush();
		}
		catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException ex) {
			// Written around the column lock (not through this service): still nothing
			// lost.
			throw new AllocationConflictException(input.indicatorIds());
		}
		changes.forEach(this.audit::record);
	}

	/**
	 * Parses every cell; throws with all problems at once, so the user sees them
	 * together.
	 * @return the typed amounts; a blank cell maps to null
	 */
	private static Map<AllocationInput.Cell, BigDecimal> validate(AllocationInput input) {
		Map<String, FieldProblem> problems = new LinkedHashMap<>();
		Map<AllocationInput.Cell, BigDecimal> amounts = new HashMap<>();
		input.amounts().forEach((cell, text) -> {
			try {
				amounts.put(cell, ValueRules.parse(text).orElse(null));
			}
			catch (ValueRules.InvalidValue ex) {
				problems.put(cell.name(), forAllocation(ex.problem()));
			}
		});
		if (!problems.isEmpty()) {
			throw new AllocationValidationException(problems);
		}
		return amounts;
	}

	/**
	 * The same rule as a report's figure, worded for a share of a target
	 * ({@code report.value.negative} becomes {@code allocation.value.negative}).
	 */
	private static FieldProblem forAllocation(FieldProblem problem) {
		String code = problem.code();
		return new FieldProblem("allocation.value." + code.substring(code.lastIndexOf('.') + 1), problem.args());
	}

	private void lockColumn(Long indicatorId) {
		this.jdbc.query("select pg_advisory_xact_lock(?, ?)", (ResultSet rs) -> null, COLUMN_LOCK,
				Math.toIntExact(indicatorId));
	}

	/**
	 * The quantitative indicators of the projects the user's unit leads.
	 */
	private Scope scope(CurrentUser user) {
		if (!user.is(Role.DEPARTMENT) && !user.is(Role.COORDINATOR)) {
			throw new AccessDeniedException("Only lead departments split targets");
		}
		UnitView unit = this.units.find(user.unitId()).orElseThrow();
		List<ProjectView> projects = this.plans.currentOverview()
			.map(PlanOverview::projects)
			.orElse(List.of())
			.stream()
			.filter((p) -> p.leads().stream().anyMatch((lead) -> lead.id().equals(unit.id())))
			.toList();
		Map<Long, ProjectIndicator> columns = new LinkedHashMap<>();
		for (ProjectView project : projects) {
			for (IndicatorView indicator : project.indicators()) {
				if (indicator.isQuantitative()) {
					columns.put(indicator.id(), new ProjectIndicator(project, indicator));
				}
			}
		}
		return new Scope(unit, projects, columns);
	}

	/**
	 * Stored shares by indicator, then unit; every asked indicator has a (maybe empty)
	 * entry.
	 */
	private Map<Long, Map<Long, Allocation>> stored(Set<Long> indicatorIds) {
		Map<Long, Map<Long, Allocation>> stored = new HashMap<>();
		indicatorIds.forEach((id) -> stored.put(id, new TreeMap<>()));
		if (!indicatorIds.isEmpty()) {
			for (Allocation allocation : this.allocations.findByIndicatorIdIn(indicatorIds)) {
				stored.get(allocation.getIndicatorId()).put(allocation.getUnitId(), allocation);
			}
		}
		return stored;
	}

	private AllocationGrid grid(Scope scope, Map<Long, Map<Long, Allocation>> stored) {
		Map<Long, UnitView> rowUnits = rowUnits(scope, stored);
		List<AllocationGrid.Column> columns = new ArrayList<>();
		for (ProjectIndicator column : scope.columns().values()) {
			Map<Long, Allocation> shares = stored.get(column.indicator().id());
			BigDecimal sum = shares.values()
				.stream()
				.map(Allocation::getAmount)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			columns.add(new AllocationGrid.Column(column.project(), column.indicator(), token(shares), sum,
					!shares.isEmpty(), false));
		}
		List<AllocationGrid.Row> rows = new ArrayList<>();
		for (UnitView unit : rowUnits.values()) {
			List<AllocationGrid.Cell> cells = new ArrayList<>();
			for (ProjectIndicator column : scope.columns().values()) {
				Map<Long, Allocation> shares = stored.get(column.indicator().id());
				Allocation share = shares.get(unit.id());
				BigDecimal amount = (share != null) ? share.getAmount() : null;
				cells.add(new AllocationGrid.Cell(column.indicator().id(), unit.id(), editable(column, unit, shares),
						amount, (amount != null) ? Reporting.plain(amount) : "", null, false));
			}
			rows.add(new AllocationGrid.Row(unit, !unit.isCounty(), cells));
		}
		return new AllocationGrid(scope.unit(), columns, rows, Map.of(), false);
	}

	/**
	 * The grid's rows: the active counties (and an inactive one still holding a share),
	 * then the 市本级 rows of the lead departments, the user's own first, then any other
	 * unit still holding a share, so that the rows always add up to the sums.
	 */
	private Map<Long, UnitView> rowUnits(Scope scope, Map<Long, Map<Long, Allocation>> stored) {
		Set<Long> holders = new HashSet<>();
		stored.values().forEach((shares) -> holders.addAll(shares.keySet()));
		Map<Long, UnitView> rows = new LinkedHashMap<>();
		for (UnitView county : this.units.ofType(UnitType.COUNTY)) {
			if (county.active() || holders.contains(county.id())) {
				rows.put(county.id(), county);
			}
		}
		rows.put(scope.unit().id(), scope.unit());
		scope.projects()
			.stream()
			.filter((p) -> p.quantitativeCount() > 0)
			.flatMap((p) -> p.leads().stream())
			.forEach((lead) -> rows.putIfAbsent(lead.id(), lead));
		Set<Long> others = new HashSet<>(holders);
		others.removeAll(rows.keySet());
		if (!others.isEmpty()) {
			this.units.byIds(others)
				.values()
				.stream()
				.sorted(Comparator.comparing(UnitView::id))
				.forEach((unit) -> rows.put(unit.id(), unit));
		}
		return rows;
	}

	/**
	 * A county may hold a share of any indicator, a department only of the projects it
	 * leads; a share stored for anyone else can still be cleared.
	 */
	private static boolean editable(ProjectIndicator column, UnitView unit, Map<Long, Allocation> shares) {
		// A deactivated unit gets no new share; one it holds can still be changed or
		// cleared.
		return shares.containsKey(unit.id()) || (unit.active() && (unit.isCounty()
				|| column.project().leads().stream().anyMatch((lead) -> lead.id().equals(unit.id()))));
	}

	/**
	 * Identifies a column's stored shares (unit and amount of each), so that a form built
	 * from another state of the column is told apart.
	 */
	static String token(Map<Long, Allocation> shares) {
		StringBuilder text = new StringBuilder();
		new TreeMap<>(shares).forEach((unitId,
				share) -> text.append(unitId).append('=').append(Reporting.plain(share.getAmount())).append(';'));
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(text.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Scope(UnitView unit, List<ProjectView> projects, Map<Long, ProjectIndicator> columns) {

		Set<Long> indicatorIds() {
			return this.columns.keySet();
		}

	}

	private record ProjectIndicator(ProjectView project, IndicatorView indicator) {
	}

}
