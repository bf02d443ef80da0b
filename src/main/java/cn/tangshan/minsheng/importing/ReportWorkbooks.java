package cn.tangshan.minsheng.importing;

import java.io.IOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.account.Role;
import cn.tangshan.minsheng.org.UnitView;
import cn.tangshan.minsheng.org.Units;
import cn.tangshan.minsheng.reporting.FieldProblem;
import cn.tangshan.minsheng.reporting.IndicatorRow;
import cn.tangshan.minsheng.reporting.MonthForm;
import cn.tangshan.minsheng.reporting.ProjectForm;
import cn.tangshan.minsheng.reporting.ReportConflictException;
import cn.tangshan.minsheng.reporting.ReportForms;
import cn.tangshan.minsheng.reporting.ReportInput;
import cn.tangshan.minsheng.reporting.ReportValidationException;
import cn.tangshan.minsheng.reporting.Reporting;
import cn.tangshan.minsheng.reporting.ReportingCalendar;
import cn.tangshan.minsheng.system.Formats;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamSource;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's monthly values as an Excel file, for units that collect figures offline. The
 * template holds one month (or every month of the plan year so far) with last month's
 * approved figure; an import saves each changed project-month through
 * {@link Reporting#save} as a draft — the same rules, reporting windows, version check
 * and audit as the form — all in one transaction, so one bad row stores nothing. The unit
 * still submits the drafts on the reports page; a file never submits.
 */
@Service
public class ReportWorkbooks {

	static final String MARKER = "minsheng-reports/1";

	private static final String YEAR = "Y";

	private static final int KEY_COLUMN = 0;

	private static final int KEY_ROW = 1;

	private static final int HEADER_ROW = 2;

	private static final int FIRST_DATA_ROW = 3;

	/** The columns after the hidden key column, by the key written over each. */
	private static final List<String> FIELDS = List.of("month", "project", "indicator", "measure", "allocation", "last",
			"value", "reason", "confirm", "progress", "problems", "nextSteps", "status");

	private static final List<String> TEXTS = List.of("progress", "problems", "nextSteps");

	private static final Set<String> YES = Set.of("是", "yes", "y", "true", "1", "√", "✓", "确认", "確認");

	private static final Set<String> NO = Set.of("否", "no", "n", "false", "0");

	private final ReportForms forms;

	private final Reporting reporting;

	private final ReportingCalendar calendar;

	private final Units units;

	private final Formats formats;

	private final MessageSource messages;

	private final EntityManager entityManager;

	ReportWorkbooks(ReportForms forms, Reporting reporting, ReportingCalendar calendar, Units units, Formats formats,
			MessageSource messages, EntityManager entityManager) {
		this.entityManager = entityManager;
		this.forms = forms;
		this.reporting = reporting;
		this.calendar = calendar;
		this.units = units;
		this.formats = formats;
		this.messages = messages;
	}

	/**
	 * The unit's indicators for one month, or for every month of the plan year so far,
	 * with the stored figures and texts.
	 */
	@Transactional(readOnly = true)
	public byte[] template(CurrentUser user, YearMonth month, boolean wholeYear) {
		checkReporter(user);
		List<YearMonth> months = new ArrayList<>(wholeYear ? this.calendar.months() : List.of(month));
		Collections.sort(months);
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetWriter write = new SheetWriter(workbook);
		Sheet sheet = workbook.createSheet(text("import.report.sheet"));
		UnitView unit = this.units.find(user.unitId()).orElseThrow();
		String scope = wholeYear ? YEAR + month.getYear() : month.toString();
		Row title = sheet.createRow(0);
		write.key(title, KEY_COLUMN, MARKER + "|" + unit.id() + "|" + scope);
		write.title(title, 1, wholeYear ? text("import.report.title.year", unit.name(), String.valueOf(month.getYear()))
				: text("import.report.title", unit.name(), this.formats.month(month)));
		Row keys = sheet.createRow(KEY_ROW);
		keys.setZeroHeight(true);
		Row header = sheet.createRow(HEADER_ROW);
		write.key(keys, KEY_COLUMN, "#keys");
		write.key(header, KEY_COLUMN, "#header");
		header.setHeightInPoints(32);
		int[] widths = { 10, 24, 22, 8, 10, 12, 14, 20, 10, 30, 24, 24, 10 };
		for (int i = 0; i < FIELDS.size(); i++) {
			write.key(keys, i + 1, FIELDS.get(i));
			write.heading(header, i + 1, heading(FIELDS.get(i)));
			sheet.setColumnWidth(i + 1, widths[i] * 256);
		}
		int r = FIRST_DATA_ROW;
		for (YearMonth m : months) {
			MonthForm form = this.forms.monthForm(unit.id(), m);
			for (ProjectForm project : form.projects()) {
				int first = r;
				for (IndicatorRow indicator : project.rows()) {
					Row row = sheet.createRow(r);
					write.key(row, KEY_COLUMN,
							String.join("|", "R", String.valueOf(unit.id()), m.toString(),
									String.valueOf(project.project().id()), indicator.key(),
									String.valueOf(project.version())));
					write.label(row, column("month"), this.formats.month(m));
					write.label(row, column("project"), project.project().code() + " " + project.project().name());
					write.label(row, column("indicator"), indicator.indicator().name());
					boolean quantitative = indicator.indicator().isQuantitative();
					write.label(row, column("measure"), quantitative ? indicator.indicator().measureUnit() : "%");
					write.number(row, column("allocation"), quantitative ? indicator.allocation() : null);
					write.number(row, column("last"), indicator.lastApproved());
					BigDecimal stored = indicator.value().isEmpty() ? null : new BigDecimal(indicator.value());
					if (project.editable()) {
						write.numberInput(row, column("value"), stored);
						write.input(row, column("reason"), indicator.reason());
						write.input(row, column("confirm"), indicator.confirmed() ? text("import.report.yes") : "");
					}
					else {
						write.number(row, column("value"), stored);
						write.label(row, column("reason"), indicator.reason());
						write.label(row, column("confirm"), indicator.confirmed() ? text("import.report.yes") : "");
					}
					for (String field : TEXTS) {
						String value = (r == first) ? storedText(project, field) : "";
						if (project.editable()) {
							write.textInput(row, column(field), value);
						}
						else {
							write.label(row, column(field), value);
						}
					}
					write.label(row, column("status"), statusText(project));
					r++;
				}
				if (r - first > 1) {
					for (String field : TEXTS) {
						sheet.addMergedRegion(new CellRangeAddress(first, r - 1, column(field), column(field)));
					}
				}
			}
		}
		sheet.setColumnHidden(KEY_COLUMN, true);
		sheet.createFreezePane(4, FIRST_DATA_ROW);
		sheet.addMergedRegion(new CellRangeAddress(0, 0, 1, FIELDS.size()));
		SheetWriter.protect(sheet);
		List<String> lines = new ArrayList<>();
		for (int i = 1; i <= 8; i++) {
			lines.add(text("import.report.instructions." + i, ExcelFiles.MAX_MEGABYTES));
		}
		write.instructions(workbook.createSheet(text("import.instructions.sheet")),
				text("import.report.instructions.heading"), lines);
		return ExcelFiles.bytes(workbook);
	}

	/**
	 * Reads a filled-in template and saves every project-month that changed as a draft.
	 * @param month the month of the page the file was uploaded on: a one-month template
	 * must be of that month
	 * @throws ImportRejectedException nothing stored; every problem found, by row and
	 * column
	 */
	@Transactional(rollbackFor = Exception.class)
	public ImportResult importFile(CurrentUser user, YearMonth month, long size, InputStreamSource upload) {
		checkReporter(user);
		UnitView unit = this.units.find(user.unitId()).orElseThrow();
		List<Group> groups;
		Map<YearMonth, MonthForm> monthForms = new HashMap<>();
		int rows;
		ImportProblems problems = new ImportProblems();
		try (XSSFWorkbook workbook = ExcelFiles.open(size, upload)) {
			Sheet sheet = ExcelFiles.firstSheet(workbook, "import.report.notTemplate");
			Set<YearMonth> scope = scope(sheet, unit, month);
			ExcelFiles.checkSize(sheet);
			Map<String, Integer> columns = columns(sheet);
			Map<Integer, String> headings = new HashMap<>();
			columns.forEach((field, c) -> headings.put(c, heading(field)));
			Map<String, Group> byKey = new LinkedHashMap<>();
			Set<String> seen = new HashSet<>();
			Map<String, Integer> firstRows = new HashMap<>();
			rows = 0;
			for (int r = FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				int excelRow = r + 1;
				String key = ExcelFiles.key(row, KEY_COLUMN);
				if (key.startsWith("#")) {
					continue;
				}
				if (key.isEmpty()) {
					if (!ExcelFiles.isBlankRow(row, 1)) {
						problems.addRow(excelRow, "import.row.noKey");
					}
					continue;
				}
				RowKey rowKey = RowKey.parse(key);
				if (rowKey == null) {
					problems.addRow(excelRow, "import.row.noKey");
					continue;
				}
				if (!rowKey.unitId().equals(unit.id())) {
					problems.addRow(excelRow, "import.report.otherUnitRow", unit.name());
					continue;
				}
				if (!scope.contains(rowKey.month())) {
					problems.addRow(excelRow, "import.report.monthOutOfScope", this.formats.month(rowKey.month()));
					continue;
				}
				MonthForm form = monthForms.computeIfAbsent(rowKey.month(), (m) -> this.forms.monthForm(unit.id(), m));
				ProjectForm project = form.projects()
					.stream()
					.filter((p) -> p.project().id().equals(rowKey.projectId()))
					.findFirst()
					.orElse(null);
				IndicatorRow indicator = (project == null) ? null
						: project.rows()
							.stream()
							.filter((i) -> i.indicator().id().equals(rowKey.indicatorId()))
							.findFirst()
							.orElse(null);
				if (indicator == null) {
					problems.addRow(excelRow, "import.report.unknownIndicator");
					continue;
				}
				String cellKey = rowKey.month() + "|" + rowKey.projectId() + "|" + rowKey.indicatorId();
				if (!seen.add(cellKey)) {
					problems.addRow(excelRow, "import.row.duplicate", firstRows.get(cellKey));
					continue;
				}
				firstRows.put(cellKey, excelRow);
				rows++;
				Group group = byKey.computeIfAbsent(rowKey.month() + "|" + rowKey.projectId(),
						(k) -> new Group(rowKey.month(), project, rowKey.version(), excelRow));
				if (group.version != rowKey.version()) {
					problems.addRow(excelRow, "import.row.noKey");
					continue;
				}
				Line line = new Line(excelRow, indicator);
				for (String field : List.of("value", "reason", "confirm")) {
					int c = columns.get(field);
					ExcelFiles.Content content = ExcelFiles.read(row, c);
					if (content.isFormula()) {
						problems.add(excelRow, c, headings.get(c), "import.cell.formula");
					}
					else if (content.isError()) {
						problems.add(excelRow, c, headings.get(c), "import.cell.error");
					}
					else {
						line.cells.put(field, content.text());
					}
				}
				for (String field : TEXTS) {
					int c = columns.get(field);
					ExcelFiles.Content content = ExcelFiles.read(row, c);
					if (content.isFormula() || content.isError()) {
						problems.add(excelRow, c, headings.get(c),
								content.isFormula() ? "import.cell.formula" : "import.cell.error");
					}
					else if (!content.isBlank()) {
						String earlier = group.texts.get(field);
						if (earlier != null && !earlier.strip().equals(content.text().strip())) {
							problems.add(excelRow, c, headings.get(c), "import.report.textTwice",
									group.textRows.get(field));
						}
						else if (earlier == null) {
							group.texts.put(field, content.text());
							group.textRows.put(field, excelRow);
						}
					}
				}
				String confirm = line.cells.get("confirm");
				if (confirm != null && !confirm.isBlank() && yesNo(confirm) == null) {
					int c = columns.get("confirm");
					problems.add(excelRow, c, headings.get(c), "import.report.confirmValue");
				}
				group.lines.add(line);
			}
			if (rows == 0 && problems.isEmpty()) {
				throw ExcelFiles.reject("import.file.noRows");
			}
			groups = new ArrayList<>(byKey.values());
			// Saved even when reading found problems: the service's own checks then name
			// every bad cell in the same answer. Any problem rolls the whole import back.
			return save(user, groups, columns, headings, rows, problems);
		}
		catch (IOException ex) {
			throw ExcelFiles.reject("import.file.malformed");
		}
	}

	/**
	 * Saves every changed project-month, going on after a failure so that the user sees
	 * all problems; any problem rolls the whole import back.
	 */
	private ImportResult save(CurrentUser user, List<Group> groups, Map<String, Integer> columns,
			Map<Integer, String> headings, int rows, ImportProblems problems) {
		List<Group> changedGroups = new ArrayList<>();
		List<Reporting.Draft> drafts = new ArrayList<>();
		int changed = 0;
		Set<YearMonth> months = new HashSet<>();
		for (Group group : groups) {
			ReportInput input = group.input();
			int changes = changes(group.project, input);
			if (changes > 0) {
				changedGroups.add(group);
				drafts.add(new Reporting.Draft(group.month, group.project.project().id(), input));
				changed += changes;
				months.add(group.month);
			}
		}
		// Month by month, each in a fresh persistence context: one holding a whole year's
		// reports would make every flush slower.
		List<RuntimeException> outcomes = new ArrayList<>();
		int from = 0;
		try {
			while (from < drafts.size()) {
				YearMonth month = drafts.get(from).month();
				int to = from;
				while (to < drafts.size() && drafts.get(to).month().equals(month)) {
					to++;
				}
				outcomes.addAll(this.reporting.saveDrafts(user, drafts.subList(from, to)));
				this.entityManager.flush();
				this.entityManager.clear();
				from = to;
			}
		}
		catch (ConcurrencyFailureException | OptimisticLockException | PessimisticLockException ex) {
			// A report was saved elsewhere between this import reading and writing it:
			// the
			// whole file is rolled back.
			throw ExcelFiles.reject("import.report.changed");
		}
		for (int i = 0; i < outcomes.size(); i++) {
			Group group = changedGroups.get(i);
			RuntimeException outcome = outcomes.get(i);
			if (outcome instanceof ReportValidationException ex) {
				ex.problems()
					.forEach((field, problem) -> problems.add(locate(group, field, problem, columns, headings)));
			}
			else if (outcome instanceof ReportConflictException ex) {
				String code = "report.conflict.changed".equals(ex.code()) ? "import.report.changed" : ex.code();
				problems.addRow(group.firstRow, "import.report.conflict", group.project.project().code(),
						this.formats.month(group.month), text(code));
			}
			else if (outcome != null) {
				problems.addRow(group.firstRow, "import.report.unknownIndicator");
			}
		}
		problems.throwIfAny();
		return new ImportResult(rows, changed, drafts.size(), months.size());
	}

	private ImportProblem locate(Group group, String field, FieldProblem problem, Map<String, Integer> columns,
			Map<Integer, String> headings) {
		if (TEXTS.contains(field)) {
			int c = columns.get(field);
			return new ImportProblem(group.textRows.getOrDefault(field, group.firstRow), ExcelFiles.letter(c),
					headings.get(c), problem);
		}
		String kind = switch (field.charAt(0)) {
			case 'v' -> "value";
			case 'r' -> "reason";
			case 'c' -> "confirm";
			default -> null;
		};
		Long indicatorId = (kind != null) ? ImportProblems.id(field.substring(1)) : null;
		if (indicatorId != null) {
			int c = columns.get(kind);
			int row = group.lines.stream()
				.filter((l) -> l.indicator.indicator().id().equals(indicatorId))
				.map((l) -> l.row)
				.findFirst()
				.orElse(group.firstRow);
			return new ImportProblem(row, ExcelFiles.letter(c), headings.get(c), problem);
		}
		return new ImportProblem(group.firstRow, null, heading(field), problem);
	}

	/**
	 * How many figures and texts the input changes against the stored report; 0 when the
	 * file repeats what is stored (for instance the approved months of a whole-year
	 * file).
	 */
	private static int changes(ProjectForm stored, ReportInput input) {
		int changes = 0;
		for (IndicatorRow row : stored.rows()) {
			Long id = row.indicator().id();
			if (!sameFigure(row.value(), input.values().get(id)) || !sameText(row.reason(), input.reasons().get(id))
					|| row.confirmed() != input.confirmed().contains(id)) {
				changes++;
			}
		}
		if (!sameText(stored.progress(), input.progress())) {
			changes++;
		}
		if (!sameText(stored.problems(), input.problems())) {
			changes++;
		}
		if (!sameText(stored.nextSteps(), input.nextSteps())) {
			changes++;
		}
		return changes;
	}

	private static boolean sameFigure(String stored, String typed) {
		String a = normalized(stored);
		String b = normalized(typed);
		if (a.isEmpty() || b.isEmpty()) {
			return a.isEmpty() && b.isEmpty();
		}
		try {
			return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	private static boolean sameText(String stored, String typed) {
		return normalized(stored).equals(normalized(typed));
	}

	private static String normalized(String text) {
		return (text != null) ? Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replace(",", "") : "";
	}

	static Boolean yesNo(String text) {
		String value = text.strip().toLowerCase(Locale.ROOT);
		if (YES.contains(value)) {
			return Boolean.TRUE;
		}
		if (NO.contains(value) || value.isEmpty()) {
			return Boolean.FALSE;
		}
		return null;
	}

	/**
	 * The months a file may hold: its own month, which must be the page's, or every month
	 * of its plan year.
	 */
	private Set<YearMonth> scope(Sheet sheet, UnitView unit, YearMonth pageMonth) {
		String marker = ExcelFiles.key(sheet.getRow(0), KEY_COLUMN);
		String[] parts = marker.split("\\|", -1);
		if (parts.length != 3 || !MARKER.equals(parts[0])) {
			throw ExcelFiles.reject("import.report.notTemplate");
		}
		Long unitId = ImportProblems.id(parts[1]);
		if (!unit.id().equals(unitId)) {
			String other = (unitId != null) ? this.units.find(unitId).map(UnitView::name).orElse("?") : "?";
			throw ExcelFiles.reject("import.template.otherUnit", other, unit.name());
		}
		if (parts[2].startsWith(YEAR)) {
			Long year = ImportProblems.id(parts[2].substring(1));
			int planYear = this.calendar.currentMonth().getYear();
			// Compared as written: a number cut to an int could pass for the plan year,
			// or
			// be no year at all.
			if (year == null || year.longValue() != planYear) {
				throw ExcelFiles.reject("import.report.otherYear");
			}
			Set<YearMonth> months = new HashSet<>();
			for (int m = 1; m <= 12; m++) {
				months.add(YearMonth.of(planYear, m));
			}
			return months;
		}
		YearMonth month;
		try {
			month = YearMonth.parse(parts[2]);
		}
		catch (DateTimeParseException ex) {
			throw ExcelFiles.reject("import.report.notTemplate");
		}
		if (!month.equals(pageMonth)) {
			throw ExcelFiles.reject("import.report.otherMonth", this.formats.month(month),
					this.formats.month(pageMonth));
		}
		return Set.of(month);
	}

	private static Map<String, Integer> columns(Sheet sheet) {
		Row keys = sheet.getRow(KEY_ROW);
		if (!"#keys".equals(ExcelFiles.key(keys, KEY_COLUMN))) {
			throw ExcelFiles.reject("import.template.headers");
		}
		Map<String, Integer> columns = new HashMap<>();
		for (int c = 1; c < keys.getLastCellNum(); c++) {
			String key = ExcelFiles.key(keys, c);
			if (FIELDS.contains(key) && columns.putIfAbsent(key, c) != null) {
				throw ExcelFiles.reject("import.template.headers");
			}
		}
		for (String needed : List.of("value", "reason", "confirm", "progress", "problems", "nextSteps")) {
			if (!columns.containsKey(needed)) {
				throw ExcelFiles.reject("import.template.headers");
			}
		}
		return columns;
	}

	private static int column(String field) {
		return FIELDS.indexOf(field) + 1;
	}

	private String heading(String field) {
		return text("import.report.column." + field);
	}

	private String statusText(ProjectForm project) {
		String status = text("report.status." + project.status().name());
		return project.editable() ? status : status + text("import.report.readOnly");
	}

	private static String storedText(ProjectForm project, String field) {
		return switch (field) {
			case "progress" -> project.progress();
			case "problems" -> project.problems();
			default -> project.nextSteps();
		};
	}

	private static void checkReporter(CurrentUser user) {
		if (!(user.is(Role.COUNTY) || user.is(Role.DEPARTMENT) || user.is(Role.COORDINATOR))) {
			throw new AccessDeniedException("Only reporting units enter reports");
		}
	}

	private String text(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

	/**
	 * The hidden key of a data row: unit, month, project, indicator and the version of
	 * the report the template was made from.
	 */
	private record RowKey(Long unitId, YearMonth month, Long projectId, Long indicatorId, long version) {

		static RowKey parse(String key) {
			String[] parts = key.split("\\|", -1);
			if (parts.length != 6 || !"R".equals(parts[0])) {
				return null;
			}
			try {
				Long unitId = ImportProblems.id(parts[1]);
				Long projectId = ImportProblems.id(parts[3]);
				Long indicatorId = ImportProblems.id(parts[4]);
				if (unitId == null || projectId == null || indicatorId == null) {
					return null;
				}
				return new RowKey(unitId, YearMonth.parse(parts[2]), projectId, indicatorId, Long.parseLong(parts[5]));
			}
			catch (DateTimeParseException | NumberFormatException ex) {
				return null;
			}
		}

	}

	/**
	 * The rows of one project in one month: one report.
	 */
	private static final class Group {

		final YearMonth month;

		final ProjectForm project;

		final long version;

		final int firstRow;

		final List<Line> lines = new ArrayList<>();

		final Map<String, String> texts = new HashMap<>();

		final Map<String, Integer> textRows = new HashMap<>();

		Group(YearMonth month, ProjectForm project, long version, int firstRow) {
			this.month = month;
			this.project = project;
			this.version = version;
			this.firstRow = firstRow;
		}

		/**
		 * The stored report with the file's figures and texts over it; indicators missing
		 * from the file and the investment figures keep their stored values.
		 */
		ReportInput input() {
			Map<Long, String> values = new HashMap<>();
			Map<Long, String> reasons = new HashMap<>();
			Set<Long> confirmed = new HashSet<>();
			for (IndicatorRow row : this.project.rows()) {
				values.put(row.indicator().id(), row.value());
				reasons.put(row.indicator().id(), row.reason());
				if (row.confirmed()) {
					confirmed.add(row.indicator().id());
				}
			}
			for (Line line : this.lines) {
				Long id = line.indicator.indicator().id();
				values.put(id, Objects.requireNonNullElse(line.cells.get("value"), ""));
				reasons.put(id, Objects.requireNonNullElse(line.cells.get("reason"), ""));
				if (Boolean.TRUE.equals(yesNo(Objects.requireNonNullElse(line.cells.get("confirm"), "")))) {
					confirmed.add(id);
				}
				else {
					confirmed.remove(id);
				}
			}
			return new ReportInput(values, reasons, confirmed, this.texts.getOrDefault("progress", ""),
					this.texts.getOrDefault("problems", ""), this.texts.getOrDefault("nextSteps", ""),
					this.project.investmentPlanned(), this.project.investmentCompleted(), this.version);
		}

	}

	private static final class Line {

		final int row;

		final IndicatorRow indicator;

		final Map<String, String> cells = new HashMap<>();

		Line(int row, IndicatorRow indicator) {
			this.row = row;
			this.indicator = indicator;
		}

	}

}
