package cn.tangshan.minsheng.reporting;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a lead department typed into the allocation grid, exactly as typed.
 *
 * @param amounts the text of each posted cell (blank: no allocation)
 * @param versions per indicator column, the token of the stored column the form was built
 * from (see {@link AllocationGrid.Column#token()})
 */
public record AllocationInput(Map<Cell, String> amounts, Map<Long, String> versions) {

	private static final Pattern CELL = Pattern.compile("a\\[(\\d{1,18})_(\\d{1,18})]");

	private static final Pattern VERSION = Pattern.compile("v\\[(\\d{1,18})]");

	public AllocationInput {
		amounts = Map.copyOf(amounts);
		versions = Map.copyOf(versions);
	}

	/**
	 * Reads the grid's fields: {@code a[<indicatorId>_<unitId>]} for a cell and
	 * {@code v[<indicatorId>]} for a column's version token. Other fields are ignored.
	 */
	public static AllocationInput fromForm(Map<String, String> form) {
		Map<Cell, String> amounts = new HashMap<>();
		Map<Long, String> versions = new HashMap<>();
		form.forEach((name, value) -> {
			Matcher cell = CELL.matcher(name);
			if (cell.matches()) {
				amounts.put(new Cell(Long.valueOf(cell.group(1)), Long.valueOf(cell.group(2))),
						(value != null) ? value : "");
				return;
			}
			Matcher version = VERSION.matcher(name);
			if (version.matches() && value != null) {
				versions.put(Long.valueOf(version.group(1)), value);
			}
		});
		return new AllocationInput(amounts, versions);
	}

	static String cellName(Long indicatorId, Long unitId) {
		return "a[" + indicatorId + "_" + unitId + "]";
	}

	static String versionName(Long indicatorId) {
		return "v[" + indicatorId + "]";
	}

	/**
	 * The indicator columns the form touches: those with a posted cell or version token.
	 */
	Set<Long> indicatorIds() {
		Set<Long> ids = new HashSet<>(this.versions.keySet());
		this.amounts.keySet().forEach((cell) -> ids.add(cell.indicatorId()));
		return ids;
	}

	boolean has(Long indicatorId, Long unitId) {
		return this.amounts.containsKey(new Cell(indicatorId, unitId));
	}

	String amount(Long indicatorId, Long unitId) {
		return this.amounts.getOrDefault(new Cell(indicatorId, unitId), "");
	}

	/**
	 * One cell of the grid: an indicator's share for one unit.
	 */
	public record Cell(Long indicatorId, Long unitId) {

		String name() {
			return cellName(this.indicatorId, this.unitId);
		}

	}

}
