package cn.tangshan.minsheng.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import cn.tangshan.minsheng.org.UnitView;
import cn.tangshan.minsheng.plan.IndicatorView;
import cn.tangshan.minsheng.plan.ProjectView;

/**
 * A lead department's task split (任务分解): one column per quantitative indicator of its
 * projects, one row per county and per 市本级 share, and per column the sum of the shares
 * against the city target. A sum that differs from the target is shown, never corrected.
 *
 * @param unit the department splitting its targets
 * @param problems what is wrong with typed cells, by the cell's form field name
 * @param conflict whether the grid comes back because someone else changed it meanwhile
 */
public record AllocationGrid(UnitView unit, List<Column> columns, List<Row> rows, Map<String, FieldProblem> problems,
		boolean conflict) {

	public boolean isEmpty() {
		return this.columns.isEmpty();
	}

	public boolean hasProblems() {
		return !this.problems.isEmpty();
	}

	/**
	 * The columns that are split and whose sum differs from the target.
	 */
	public List<Column> mismatched() {
		return this.columns.stream().filter(Column::isMismatched).toList();
	}

	/**
	 * The projects over the columns, each spanning its indicators.
	 */
	public List<Heading> headings() {
		List<Heading> headings = new ArrayList<>();
		for (Column column : this.columns) {
			int last = headings.size() - 1;
			if (last >= 0 && headings.get(last).project().id().equals(column.project().id())) {
				headings.set(last, new Heading(column.project(), headings.get(last).span() + 1));
			}
			else {
				headings.add(new Heading(column.project(), 1));
			}
		}
		return headings;
	}

	/**
	 * The grid as the user typed it, with the problems next to the cells. The columns
	 * keep the tokens the user's form was built from, so that a change made meanwhile by
	 * someone else is still detected at the next save.
	 */
	public AllocationGrid typed(AllocationInput input, Map<String, FieldProblem> problems) {
		List<Column> typedColumns = this.columns.stream()
			.map((c) -> c.withToken(input.versions().getOrDefault(c.indicator().id(), c.token())))
			.toList();
		List<Row> typedRows = this.rows.stream().map((row) -> row.map((cell) -> {
			String value = input.has(cell.indicatorId(), cell.unitId())
					? input.amount(cell.indicatorId(), cell.unitId()) : cell.value();
			return cell.with(value, problems.get(cell.name()), false);
		})).toList();
		return new AllocationGrid(this.unit, typedColumns, typedRows, Map.copyOf(problems), false);
	}

	/**
	 * The current grid with the user's input kept: the columns someone else changed are
	 * marked and their cells show the stored value where it differs from the typed one.
	 * The columns carry the current tokens, so saving again is a deliberate overwrite.
	 */
	public AllocationGrid conflicting(AllocationInput input, Set<Long> changedIndicatorIds) {
		List<Column> markedColumns = this.columns.stream()
			.map((c) -> c.withChanged(changedIndicatorIds.contains(c.indicator().id())))
			.toList();
		List<Row> typedRows = this.rows.stream().map((row) -> row.map((cell) -> {
			if (!input.has(cell.indicatorId(), cell.unitId())) {
				return cell;
			}
			String value = input.amount(cell.indicatorId(), cell.unitId());
			boolean showStored = changedIndicatorIds.contains(cell.indicatorId()) && !cell.holds(value);
			return cell.with(value, null, showStored);
		})).toList();
		return new AllocationGrid(this.unit, markedColumns, typedRows, Map.of(), true);
	}

	/**
	 * How a column's shares add up against the city target.
	 */
	public enum Balance {

		/** Nothing allocated: the lead department reports the indicator alone. */
		NOT_SPLIT,
		/** The shares add up to the target. */
		MATCHED,
		/** The shares add up to more or less than the target. */
		MISMATCHED

	}

	/**
	 * One quantitative indicator.
	 *
	 * @param token identifies the column's stored shares; posted back as
	 * {@code v[<indicatorId>]} to detect a concurrent change
	 * @param sum the sum of the stored shares
	 * @param split whether any share is stored
	 * @param changed whether someone else changed the column since the user's form was
	 * built
	 */
	public record Column(ProjectView project, IndicatorView indicator, String token, BigDecimal sum, boolean split,
			boolean changed) {

		public String versionName() {
			return AllocationInput.versionName(this.indicator.id());
		}

		public Balance balance() {
			if (!this.split) {
				return Balance.NOT_SPLIT;
			}
			return (this.sum.compareTo(this.indicator.target()) == 0) ? Balance.MATCHED : Balance.MISMATCHED;
		}

		public boolean isMismatched() {
			return balance() == Balance.MISMATCHED;
		}

		public String sumText() {
			return Reporting.plain(this.sum);
		}

		/**
		 * The sum minus the target, signed (+5, -10, 0); blank while nothing is split.
		 */
		public String differenceText() {
			if (!this.split) {
				return "";
			}
			BigDecimal difference = this.sum.subtract(this.indicator.target());
			return ((difference.signum() > 0) ? "+" : "") + Reporting.plain(difference);
		}

		Column withToken(String token) {
			return new Column(this.project, this.indicator, token, this.sum, this.split, this.changed);
		}

		Column withChanged(boolean changed) {
			return new Column(this.project, this.indicator, this.token, this.sum, this.split, changed);
		}

	}

	/**
	 * One unit's shares: a county's, or a lead department's own 市本级 share.
	 *
	 * @param cityLevel whether this is a 市本级 row (a lead department, not a county)
	 * @param cells one per column, in the columns' order
	 */
	public record Row(UnitView unit, boolean cityLevel, List<Cell> cells) {

		Row map(UnaryOperator<Cell> change) {
			return new Row(this.unit, this.cityLevel, this.cells.stream().map(change).toList());
		}

	}

	/**
	 * One unit's share of one indicator.
	 *
	 * @param editable whether the unit may hold a share of this indicator (a county, or a
	 * lead department of the indicator's project)
	 * @param stored the stored share; null when none
	 * @param value the share as shown in the field: stored, or exactly as typed
	 * @param problem what is wrong with the typed value, if anything
	 * @param showStored whether to show the stored value next to a typed one that differs
	 * (after a conflict)
	 */
	public record Cell(Long indicatorId, Long unitId, boolean editable, BigDecimal stored, String value,
			FieldProblem problem, boolean showStored) {

		/**
		 * The form field name, {@code a[<indicatorId>_<unitId>]}.
		 */
		public String name() {
			return AllocationInput.cellName(this.indicatorId, this.unitId);
		}

		/**
		 * The field's HTML id, {@code a-<indicatorId>-<unitId>}.
		 */
		public String id() {
			return "a-" + this.indicatorId + "-" + this.unitId;
		}

		public String storedText() {
			return (this.stored != null) ? Reporting.plain(this.stored) : "";
		}

		public boolean isInvalid() {
			return this.problem != null;
		}

		Cell with(String value, FieldProblem problem, boolean showStored) {
			return new Cell(this.indicatorId, this.unitId, this.editable, this.stored, value, problem, showStored);
		}

		/**
		 * Whether the typed text means the stored value (blank for none).
		 */
		boolean holds(String typed) {
			try {
				Optional<BigDecimal> parsed = ValueRules.parse(typed);
				return Reporting.sameNumber(this.stored, parsed.orElse(null));
			}
			catch (ValueRules.InvalidValue ex) {
				return false;
			}
		}

	}

	/**
	 * A project over its indicators' columns.
	 */
	public record Heading(ProjectView project, int span) {
	}

}
