package cn.tangshan.minsheng.importing;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.org.UnitView;
import cn.tangshan.minsheng.org.Units;
import cn.tangshan.minsheng.plan.IndicatorView;
import cn.tangshan.minsheng.reporting.AllocationConflictException;
import cn.tangshan.minsheng.reporting.AllocationGrid;
import cn.tangshan.minsheng.reporting.AllocationInput;
import cn.tangshan.minsheng.reporting.AllocationValidationException;
import cn.tangshan.minsheng.reporting.Allocations;
import cn.tangshan.minsheng.reporting.FieldProblem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamSource;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A lead department's task split (任务分解) as an Excel file: the template is the grid of the
 * allocations page with the stored shares, and an import saves the whole file through
 * {@link Allocations#save} at once — the same rules, the same concurrent-change check
 * (each column carries the version it was downloaded at) and the same audit entries.
 */
@Service
public class AllocationWorkbooks {

	static final String MARKER = "minsheng-allocations/1";

	// Zero-based layout of the sheet: hidden key column A, unit labels in B.
	private static final int KEY_COLUMN = 0;

	private static final int LABEL_COLUMN = 1;

	private static final int FIRST_VALUE_COLUMN = 2;

	private static final int KEY_ROW = 1;

	private static final int INDICATOR_ROW = 3;

	private static final int FIRST_DATA_ROW = 5;

	private final Allocations allocations;

	private final Units units;

	private final MessageSource messages;

	AllocationWorkbooks(Allocations allocations, Units units, MessageSource messages) {
		this.allocations = allocations;
		this.units = units;
		this.messages = messages;
	}

	/**
	 * The user's grid with the stored shares, as an .xlsx template.
	 * @throws org.springframework.security.access.AccessDeniedException the user splits
	 * no targets
	 */
	@Transactional(readOnly = true)
	public byte[] template(CurrentUser user) {
		AllocationGrid grid = this.allocations.grid(user);
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetWriter write = new SheetWriter(workbook);
		Sheet sheet = workbook.createSheet(text("import.allocation.sheet"));
		List<AllocationGrid.Column> columns = grid.columns();
		int lastColumn = FIRST_VALUE_COLUMN + Math.max(columns.size(), 1) - 1;

		Row title = sheet.createRow(0);
		write.key(title, KEY_COLUMN, MARKER + "|" + grid.unit().id());
		write.title(title, LABEL_COLUMN, text("import.allocation.title", grid.unit().name()));
		Row keys = sheet.createRow(KEY_ROW);
		write.key(keys, KEY_COLUMN, "#keys");
		keys.setZeroHeight(true);
		Row projects = sheet.createRow(2);
		Row indicators = sheet.createRow(INDICATOR_ROW);
		Row targets = sheet.createRow(4);
		for (Row row : List.of(projects, indicators, targets)) {
			write.key(row, KEY_COLUMN, "#header");
		}
		write.heading(projects, LABEL_COLUMN, text("import.allocation.project"));
		write.heading(indicators, LABEL_COLUMN, text("allocation.unit"));
		write.heading(targets, LABEL_COLUMN, text("allocation.target"));
		indicators.setHeightInPoints(48);
		for (int i = 0; i < columns.size(); i++) {
			AllocationGrid.Column column = columns.get(i);
			IndicatorView indicator = column.indicator();
			int c = FIRST_VALUE_COLUMN + i;
			write.key(keys, c, "I|" + indicator.id() + "|" + column.token());
			write.heading(projects, c, column.project().code() + " " + column.project().name());
			write.heading(indicators, c, indicator.name() + "（" + indicator.measureUnit() + "）");
			write.heading(targets, c,
					text(indicator.targetMessageKey(), indicator.targetText(), indicator.measureUnit()));
			sheet.setColumnWidth(c, 16 * 256);
		}
		int from = FIRST_VALUE_COLUMN;
		for (AllocationGrid.Heading heading : grid.headings()) {
			if (heading.span() > 1) {
				sheet.addMergedRegion(new CellRangeAddress(2, 2, from, from + heading.span() - 1));
			}
			from += heading.span();
		}
		int r = FIRST_DATA_ROW;
		for (AllocationGrid.Row gridRow : grid.rows()) {
			Row row = sheet.createRow(r++);
			write.key(row, KEY_COLUMN, "U|" + gridRow.unit().id());
			write.label(row, LABEL_COLUMN, label(gridRow));
			for (int i = 0; i < gridRow.cells().size(); i++) {
				AllocationGrid.Cell cell = gridRow.cells().get(i);
				if (cell.editable()) {
					write.numberInput(row, FIRST_VALUE_COLUMN + i, cell.stored());
				}
				else {
					write.unavailable(row, FIRST_VALUE_COLUMN + i);
				}
			}
		}
		if (!columns.isEmpty()) {
			Row sum = sheet.createRow(r);
			write.key(sum, KEY_COLUMN, "#sum");
			write.heading(sum, LABEL_COLUMN, text("allocation.sum"));
			for (int i = 0; i < columns.size(); i++) {
				String letter = ExcelFiles.letter(FIRST_VALUE_COLUMN + i);
				// Our own formula over the column, never user text.
				write.number(sum, FIRST_VALUE_COLUMN + i, null);
				sum.getCell(FIRST_VALUE_COLUMN + i)
					.setCellFormula("SUM(" + letter + (FIRST_DATA_ROW + 1) + ":" + letter + r + ")");
			}
		}
		sheet.setColumnHidden(KEY_COLUMN, true);
		sheet.setColumnWidth(LABEL_COLUMN, 26 * 256);
		sheet.createFreezePane(FIRST_VALUE_COLUMN, FIRST_DATA_ROW);
		sheet.addMergedRegion(new CellRangeAddress(0, 0, LABEL_COLUMN, Math.max(lastColumn, LABEL_COLUMN + 1)));
		SheetWriter.protect(sheet);
		workbook.setForceFormulaRecalculation(true);
		write.instructions(workbook.createSheet(text("import.instructions.sheet")),
				text("import.allocation.instructions.heading"), lines("import.allocation.instructions", 6));
		return ExcelFiles.bytes(workbook);
	}

	/**
	 * Reads a filled-in template and stores it as one save of the grid: every cell valid
	 * or nothing stored.
	 * @throws ImportRejectedException nothing stored; every problem found, by row and
	 * column
	 * @throws org.springframework.security.access.AccessDeniedException the user splits
	 * no targets
	 */
	@Transactional(rollbackFor = Exception.class)
	public ImportResult importFile(CurrentUser user, long size, InputStreamSource upload) {
		AllocationGrid grid = this.allocations.grid(user);
		if (grid.isEmpty()) {
			throw ExcelFiles.reject("allocation.none");
		}
		Parsed parsed;
		try (XSSFWorkbook workbook = ExcelFiles.open(size, upload)) {
			parsed = parse(grid, workbook);
		}
		catch (IOException ex) {
			throw ExcelFiles.reject("import.file.malformed");
		}
		// Saved even when reading found problems: the service's own checks then name
		// every bad cell in the same answer. Any problem rolls the whole save back.
		ImportProblems problems = parsed.problems();
		AllocationInput input = new AllocationInput(parsed.amounts(), parsed.versions());
		try {
			this.allocations.save(user, input);
		}
		catch (AllocationValidationException ex) {
			ex.problems().forEach((name, problem) -> {
				Location at = parsed.locations().get(name);
				problems.add((at != null) ? at.problem(problem) : new ImportProblem(0, null, null, problem));
			});
		}
		catch (AllocationConflictException ex) {
			parsed.columns().forEach((column, indicator) -> {
				if (ex.indicatorIds().contains(indicator.id())) {
					problems.add(INDICATOR_ROW + 1, column, indicator.name(), "import.allocation.changed");
				}
			});
		}
		catch (ConcurrencyFailureException ex) {
			// Changed meanwhile in a way the column check could not name: nothing stored.
			throw ExcelFiles.reject("import.allocation.changedMeanwhile");
		}
		problems.throwIfAny();
		return new ImportResult(parsed.rows(), changedCells(grid, this.allocations.grid(user)), 0, 0);
	}

	private Parsed parse(AllocationGrid grid, XSSFWorkbook workbook) {
		Sheet sheet = ExcelFiles.firstSheet(workbook, "import.allocation.notTemplate");
		String marker = ExcelFiles.key(sheet.getRow(0), KEY_COLUMN);
		if (!marker.startsWith(MARKER + "|")) {
			throw ExcelFiles.reject("import.allocation.notTemplate");
		}
		Long unitId = ImportProblems.id(marker.substring(MARKER.length() + 1));
		if (!grid.unit().id().equals(unitId)) {
			throw ExcelFiles.reject("import.template.otherUnit", unitName(unitId), grid.unit().name());
		}
		ExcelFiles.checkSize(sheet);
		Row keys = sheet.getRow(KEY_ROW);
		if (!"#keys".equals(ExcelFiles.key(keys, KEY_COLUMN))) {
			throw ExcelFiles.reject("import.template.headers");
		}
		ImportProblems problems = new ImportProblems();
		Map<Long, AllocationGrid.Column> gridColumns = new HashMap<>();
		grid.columns().forEach((c) -> gridColumns.put(c.indicator().id(), c));
		Map<Integer, IndicatorView> columns = new LinkedHashMap<>();
		Map<Long, String> versions = new HashMap<>();
		Set<Integer> badColumns = new HashSet<>();
		int lastColumn = (keys.getLastCellNum() > 0) ? keys.getLastCellNum() : 0;
		for (int c = FIRST_VALUE_COLUMN; c < lastColumn; c++) {
			String key = ExcelFiles.key(keys, c);
			if (key.isEmpty()) {
				continue;
			}
			String[] parts = key.split("\\|", -1);
			Long indicatorId = (parts.length == 3 && "I".equals(parts[0])) ? ImportProblems.id(parts[1]) : null;
			AllocationGrid.Column column = (indicatorId != null) ? gridColumns.get(indicatorId) : null;
			String heading = ExcelFiles.key(sheet.getRow(INDICATOR_ROW), c);
			if (column == null) {
				problems.add(INDICATOR_ROW + 1, c, heading, "import.allocation.unknownIndicator");
				badColumns.add(c);
			}
			else if (versions.containsKey(indicatorId)) {
				problems.add(INDICATOR_ROW + 1, c, heading, "import.column.duplicate");
				badColumns.add(c);
			}
			else {
				columns.put(c, column.indicator());
				versions.put(indicatorId, parts[2]);
			}
		}
		if (columns.isEmpty() && problems.isEmpty()) {
			throw ExcelFiles.reject("import.template.headers");
		}
		Map<Long, AllocationGrid.Row> gridRows = new HashMap<>();
		grid.rows().forEach((row) -> gridRows.put(row.unit().id(), row));
		Map<Long, Integer> seenRows = new HashMap<>();
		Map<AllocationInput.Cell, String> amounts = new HashMap<>();
		Map<String, Location> locations = new HashMap<>();
		String unitHeading = text("allocation.unit");
		int rows = 0;
		for (int r = FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			int excelRow = r + 1;
			String key = ExcelFiles.key(row, KEY_COLUMN);
			if (key.startsWith("#")) {
				continue;
			}
			if (key.isEmpty()) {
				if (!ExcelFiles.isBlankRow(row, LABEL_COLUMN)) {
					problems.add(excelRow, LABEL_COLUMN, unitHeading, "import.row.noKey");
				}
				continue;
			}
			Long unitKey = key.startsWith("U|") ? ImportProblems.id(key.substring(2)) : null;
			AllocationGrid.Row gridRow = (unitKey != null) ? gridRows.get(unitKey) : null;
			if (gridRow == null) {
				problems.add(excelRow, LABEL_COLUMN, unitHeading, "import.allocation.unknownUnit");
				continue;
			}
			Integer first = seenRows.putIfAbsent(unitKey, excelRow);
			if (first != null) {
				problems.add(excelRow, LABEL_COLUMN, unitHeading, "import.row.duplicate", first);
				continue;
			}
			rows++;
			Map<Long, AllocationGrid.Cell> cells = new HashMap<>();
			gridRow.cells().forEach((cell) -> cells.put(cell.indicatorId(), cell));
			int lastCell = (row.getLastCellNum() > 0) ? row.getLastCellNum() : 0;
			for (int c = FIRST_VALUE_COLUMN; c < lastCell; c++) {
				IndicatorView indicator = columns.get(c);
				ExcelFiles.Content content = ExcelFiles.read(row, c);
				if (indicator == null) {
					if (!content.isBlank() && !badColumns.contains(c)) {
						problems.add(excelRow, c, null, "import.column.unknown");
					}
					continue;
				}
				if (content.isFormula()) {
					problems.add(excelRow, c, indicator.name(), "import.cell.formula");
					continue;
				}
				if (content.isError()) {
					problems.add(excelRow, c, indicator.name(), "import.cell.error");
					continue;
				}
				AllocationGrid.Cell cell = cells.get(indicator.id());
				if (cell == null || !cell.editable()) {
					if (!content.isBlank()) {
						problems.add(excelRow, c, indicator.name(), "import.allocation.notEditable");
					}
					continue;
				}
				AllocationInput.Cell at = new AllocationInput.Cell(indicator.id(), unitKey);
				amounts.put(at, content.text());
				locations.put(cellName(at), new Location(excelRow, c, indicator.name()));
			}
			// Cells past the row's last one are blank: the share is cleared.
			for (Map.Entry<Integer, IndicatorView> column : columns.entrySet()) {
				AllocationGrid.Cell cell = cells.get(column.getValue().id());
				AllocationInput.Cell at = new AllocationInput.Cell(column.getValue().id(), unitKey);
				if (cell != null && cell.editable() && !amounts.containsKey(at) && column.getKey() >= lastCell) {
					amounts.put(at, "");
					locations.put(cellName(at), new Location(excelRow, column.getKey(), column.getValue().name()));
				}
			}
		}
		if (rows == 0 && problems.isEmpty()) {
			throw ExcelFiles.reject("import.file.noRows");
		}
		return new Parsed(columns, versions, amounts, locations, rows, problems);
	}

	private static String cellName(AllocationInput.Cell cell) {
		// The field name AllocationValidationException reports problems by.
		return "a[" + cell.indicatorId() + "_" + cell.unitId() + "]";
	}

	private static int changedCells(AllocationGrid before, AllocationGrid after) {
		Map<String, BigDecimal> stored = new HashMap<>();
		before.rows().forEach((row) -> row.cells().forEach((cell) -> stored.put(cell.name(), cell.stored())));
		int changed = 0;
		for (AllocationGrid.Row row : after.rows()) {
			for (AllocationGrid.Cell cell : row.cells()) {
				BigDecimal old = stored.get(cell.name());
				BigDecimal now = cell.stored();
				if (!((old == null) ? now == null : now != null && old.compareTo(now) == 0)) {
					changed++;
				}
			}
		}
		return changed;
	}

	private String label(AllocationGrid.Row row) {
		return row.cityLevel() ? text("allocation.row.city", row.unit().shortName()) : row.unit().name();
	}

	private String unitName(Long unitId) {
		return (unitId != null) ? this.units.find(unitId).map(UnitView::name).orElse("?") : "?";
	}

	private List<String> lines(String prefix, int count) {
		List<String> lines = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			lines.add(text(prefix + "." + i, ExcelFiles.MAX_MEGABYTES));
		}
		return lines;
	}

	private String text(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

	private record Location(int row, int column, String heading) {

		ImportProblem problem(FieldProblem reason) {
			return new ImportProblem(this.row, ExcelFiles.letter(this.column), this.heading, reason);
		}

	}

	private record Parsed(Map<Integer, IndicatorView> columns, Map<Long, String> versions,
			Map<AllocationInput.Cell, String> amounts, Map<String, Location> locations, int rows,
			ImportProblems problems) {
	}

}
