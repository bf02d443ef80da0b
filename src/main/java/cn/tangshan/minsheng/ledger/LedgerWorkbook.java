package cn.tangshan.minsheng.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.tangshan.minsheng.dashboard.Breakdown;
import cn.tangshan.minsheng.dashboard.Dashboard;
import cn.tangshan.minsheng.plan.IndicatorView;
import cn.tangshan.minsheng.plan.Qualifier;
import cn.tangshan.minsheng.progress.Completeness;
import cn.tangshan.minsheng.progress.Status;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PaperSize;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The ledger as an Excel workbook: 工作台账, the breakdown by unit and reporting
 * completeness, each with a merged title, two-row merged headers, frozen panes, number
 * and percent formats, coloured lights and an A4 landscape print setup that repeats the
 * headers on every page.
 *
 * <p>
 * Every text, above all what users typed into their reports, is written as a string cell
 * ({@code setCellValue(String)}, never {@code setCellFormula}) with Excel's quote prefix,
 * so a report text like {@code =HYPERLINK(…)} stays text.
 */
final class LedgerWorkbook {

	static final String FONT = "宋体";

	static final String TITLE_FONT = "黑体";

	/** The dashboard's light colours (static/css/portal.css). */
	static final Map<Status, String> LIGHT_FILLS = Map.of(Status.COMPLETED, "1F5FBF", Status.NORMAL, "198754",
			Status.LAGGING, "F0B400", Status.SERIOUSLY_LAGGING, "C62828");

	static final Map<Completeness, String> STATE_FILLS = Map.of(Completeness.ON_TIME, "D1E7DD", Completeness.LATE,
			"FFE5D0", Completeness.PENDING, "CFE2FF", Completeness.RETURNED, "E2D9F3", Completeness.MISSING, "F8D7DA",
			Completeness.NOT_DUE, "F1F3F5");

	static final String PERCENT_FORMAT = "0.0%";

	private static final int HEADER_ROWS_END = 3;

	private final XSSFWorkbook workbook = new XSSFWorkbook();

	private final Texts texts;

	private final XSSFCellStyle title;

	private final XSSFCellStyle subtitle;

	private final XSSFCellStyle header;

	private final XSSFCellStyle section;

	private final XSSFCellStyle text;

	private final XSSFCellStyle centred;

	private final XSSFCellStyle userText;

	private final XSSFCellStyle note;

	private final XSSFCellStyle percent;

	private final Map<String, XSSFCellStyle> numbers = new HashMap<>();

	private final Map<Status, XSSFCellStyle> lights = new EnumMap<>(Status.class);

	private final Map<Completeness, XSSFCellStyle> states = new EnumMap<>(Completeness.class);

	LedgerWorkbook(Texts texts) {
		this.texts = texts;
		this.workbook.getFontAt(0).setFontName(FONT);
		this.title = style(font(TITLE_FONT, 16, true, null), false);
		this.title.setAlignment(HorizontalAlignment.CENTER);
		this.subtitle = style(font(FONT, 10, false, null), false);
		this.header = bordered(font(FONT, 11, true, null));
		this.header.setAlignment(HorizontalAlignment.CENTER);
		this.header.setWrapText(true);
		fill(this.header, "D9D9D9");
		this.section = bordered(font(FONT, 11, true, null));
		fill(this.section, "F2F2F2");
		this.text = bordered(font(FONT, 10, false, null));
		this.text.setWrapText(true);
		this.centred = bordered(font(FONT, 10, false, null));
		this.centred.setAlignment(HorizontalAlignment.CENTER);
		this.centred.setWrapText(true);
		this.userText = bordered(font(FONT, 10, false, null));
		this.userText.setWrapText(true);
		this.userText.setVerticalAlignment(VerticalAlignment.TOP);
		this.userText.setQuotePrefixed(true);
		this.note = style(font(FONT, 9, false, null), false);
		this.note.setWrapText(true);
		this.note.setVerticalAlignment(VerticalAlignment.TOP);
		this.percent = bordered(font(FONT, 10, false, null));
		this.percent.setDataFormat(this.workbook.createDataFormat().getFormat(PERCENT_FORMAT));
		for (Status status : Status.values()) {
			String fill = LIGHT_FILLS.get(status);
			XSSFCellStyle light = bordered(
					font(FONT, 10, true, (status == Status.LAGGING || fill == null) ? null : "FFFFFF"));
			light.setAlignment(HorizontalAlignment.CENTER);
			if (fill != null) {
				fill(light, fill);
			}
			this.lights.put(status, light);
		}
		for (Completeness state : Completeness.values()) {
			XSSFCellStyle style = bordered(font(FONT, 10, false, null));
			style.setAlignment(HorizontalAlignment.CENTER);
			fill(style, STATE_FILLS.get(state));
			this.states.put(state, style);
		}
	}

	void write(WorkLedger ledger, OutputStream out) throws IOException {
		ledgerSheet(ledger);
		countySheet(ledger);
		completenessSheet(ledger);
		this.workbook.write(out);
		this.workbook.close();
	}

	private void ledgerSheet(WorkLedger ledger) {
		String[] columns = { "ledger.col.no", "dashboard.col.code", "ledger.col.project", "ledger.col.indicator",
				"ledger.col.measureUnit", "ledger.col.target", "dashboard.col.approved", "dashboard.col.rate",
				"dashboard.col.expected", "dashboard.col.status", "dashboard.col.projectStatus", "dashboard.col.lead",
				"ledger.col.progress", "ledger.col.problems" };
		int[][] widths = { { 5, 6 }, { 6, 7 }, { 12, 26 }, { 12, 26 }, { 6, 10 }, { 10, 16 }, { 10, 14 }, { 8, 10 },
				{ 8, 10 }, { 9, 10 }, { 9, 10 }, { 10, 16 }, { 46, 46 }, { 34, 34 } };
		Table t = new Table(this.texts.get("ledger.sheet.ledger"), columns.length, widths);
		titles(t, ledger);
		// Two header rows: single columns merged down, 指标 and 完成情况 over their parts.
		t.header(2, 0, 3, 0, columns[0]);
		t.header(2, 1, 3, 1, columns[1]);
		t.header(2, 2, 3, 2, columns[2]);
		t.header(2, 3, 2, 5, "ledger.col.indicators");
		t.header(2, 6, 2, 10, "ledger.col.progressGroup");
		t.header(2, 11, 3, 11, columns[11]);
		t.header(2, 12, 3, 12, columns[12]);
		t.header(2, 13, 3, 13, columns[13]);
		for (int c = 3; c <= 10; c++) {
			t.header(3, c, 3, c, columns[c]);
		}
		int r = HEADER_ROWS_END + 1;
		int no = 0;
		for (WorkLedger.Group group : ledger.groups()) {
			t.merged(r, 0, r, columns.length - 1, this.texts.get("ledger.group", this.texts.chinese(group.number()),
					group.name(), group.projects().size()), this.section);
			r++;
			no = 0;
			for (WorkLedger.ProjectEntry project : group.projects()) {
				int first = r;
				int last = r + project.indicators().size() - 1;
				no++;
				t.mergedNumber(first, 0, last, 0, BigDecimal.valueOf(no), this.centred);
				t.merged(first, 1, last, 1, project.project().code(), this.centred);
				t.merged(first, 2, last, 2, project.project().name(), this.text);
				t.merged(first, 10, last, 10, this.texts.get(project.status().messageKey()),
						this.lights.get(project.status()));
				t.merged(first, 11, last, 11, project.leads(), this.centred);
				t.merged(first, 12, last, 12, project.progress(), this.userText);
				t.merged(first, 13, last, 13, project.problems(), this.userText);
				for (Dashboard.IndicatorLine line : project.indicators()) {
					IndicatorView indicator = line.indicator();
					t.text(r, 3, indicator.name(), this.text);
					if (indicator.isQuantitative()) {
						t.text(r, 4, indicator.measureUnit(), this.centred);
						t.number(r, 5, indicator.target(), number(indicator.target(), indicator.qualifier()));
						t.number(r, 6, line.approved(), number(line.approved(), null));
					}
					else {
						t.text(r, 4, "", this.centred);
						t.text(r, 5, this.texts.get("indicator.milestone"), this.centred);
						t.text(r, 6, "", this.centred);
					}
					t.percent(r, 7, line.assessment().rate().percent().orElse(null), this.percent);
					t.percent(r, 8, line.assessment().expectedPercent(), this.percent);
					t.text(r, 9, this.texts.get(line.assessment().status().messageKey()),
							this.lights.get(line.assessment().status()));
					r++;
				}
				t.fitHeight(first, last, 12, project.progress());
				t.fitHeight(first, last, 13, project.problems());
			}
		}
		if (ledger.groups().isEmpty()) {
			t.merged(r, 0, r, columns.length - 1, this.texts.get("ledger.empty"), this.text);
			r++;
		}
		r++;
		t.merged(
				r, 0, r, columns.length - 1, this.texts.get("ledger.note",
						Texts.plain(ledger.settings().greenGapPoints()), Texts.plain(ledger.settings().redGapPoints())),
				this.note);
		t.sheet.getRow(r).setHeightInPoints(30);
		t.finish(4, HEADER_ROWS_END + 1);
	}

	private void countySheet(WorkLedger ledger) {
		String[] columns = { "dashboard.col.code", "ledger.col.project", "ledger.col.indicator",
				"ledger.col.measureUnit", "ledger.col.cityTarget", "ledger.col.unit", "dashboard.col.allocation",
				"dashboard.col.approved", "dashboard.col.rate", "dashboard.col.status", "ledger.col.progress",
				"ledger.col.problems" };
		int[][] widths = { { 6, 7 }, { 12, 26 }, { 12, 26 }, { 6, 10 }, { 10, 16 }, { 10, 26 }, { 10, 14 }, { 10, 14 },
				{ 8, 10 }, { 9, 10 }, { 40, 40 }, { 28, 28 } };
		Table t = new Table(this.texts.get("ledger.sheet.counties"), columns.length, widths);
		titles(t, ledger);
		t.header(2, 0, 3, 0, columns[0]);
		t.header(2, 1, 3, 1, columns[1]);
		t.header(2, 2, 2, 4, "ledger.col.indicators");
		t.header(2, 5, 3, 5, columns[5]);
		t.header(2, 6, 2, 9, "ledger.col.unitProgress");
		t.header(2, 10, 3, 10, columns[10]);
		t.header(2, 11, 3, 11, columns[11]);
		for (int c : new int[] { 2, 3, 4, 6, 7, 8, 9 }) {
			t.header(3, c, 3, c, columns[c]);
		}
		int r = HEADER_ROWS_END + 1;
		for (WorkLedger.CountyRow row : ledger.counties()) {
			int first = r;
			int last = r + row.units().size() - 1;
			IndicatorView indicator = row.indicator();
			t.merged(first, 0, last, 0, row.project().code(), this.centred);
			t.merged(first, 1, last, 1, row.project().name(), this.text);
			t.merged(first, 2, last, 2, indicator.name(), this.text);
			t.merged(first, 3, last, 3, indicator.measureUnit(), this.centred);
			t.mergedNumber(first, 4, last, 4, indicator.target(), number(indicator.target(), indicator.qualifier()));
			for (WorkLedger.UnitEntry entry : row.units()) {
				Breakdown.UnitLine line = entry.figures();
				t.text(r, 5, line.unit().name(), this.text);
				t.number(r, 6, line.allocation(), number(line.allocation(), null));
				t.number(r, 7, line.approved(), number(line.approved(), null));
				t.percent(r, 8, line.assessment().rate().percent().orElse(null), this.percent);
				t.text(r, 9, this.texts.get(line.assessment().status().messageKey()),
						this.lights.get(line.assessment().status()));
				t.text(r, 10, entry.progress(), this.userText);
				t.text(r, 11, entry.problems(), this.userText);
				t.fitHeight(r, r, 10, entry.progress());
				t.fitHeight(r, r, 11, entry.problems());
				r++;
			}
		}
		if (ledger.counties().isEmpty()) {
			t.merged(r, 0, r, columns.length - 1, this.texts.get("ledger.empty"), this.text);
		}
		t.finish(3, HEADER_ROWS_END + 1);
	}

	private void completenessSheet(WorkLedger ledger) {
		List<java.time.YearMonth> months = ledger.completeness().months();
		int columnCount = Math.max(months.size() + 1, 2);
		int[][] widths = new int[columnCount][];
		widths[0] = new int[] { 12, 26 };
		for (int c = 1; c < columnCount; c++) {
			widths[c] = new int[] { 12, 16 };
		}
		Table t = new Table(this.texts.get("ledger.sheet.completeness"), columnCount, widths);
		titles(t, ledger);
		t.header(2, 0, 3, 0, "dashboard.col.unit");
		if (!months.isEmpty()) {
			t.header(2, 1, 2, columnCount - 1, "ledger.col.months");
		}
		for (int i = 0; i < months.size(); i++) {
			t.merged(3, i + 1, 3, i + 1, this.texts.month(months.get(i)), this.header);
		}
		int r = HEADER_ROWS_END + 1;
		for (Dashboard.MatrixRow row : ledger.completeness().rows()) {
			t.text(r, 0, row.unit().name(), this.text);
			for (int i = 0; i < row.cells().size(); i++) {
				Dashboard.MatrixCell cell = row.cells().get(i);
				t.text(r, i + 1, this.texts.get("dashboard.matrix.cell", this.texts.get(cell.state().messageKey()),
						cell.submitted(), cell.due()), this.states.get(cell.state()));
			}
			r++;
		}
		r++;
		t.merged(r, 0, r, columnCount - 1, this.texts.get("ledger.completeness.note"), this.note);
		t.finish(1, HEADER_ROWS_END + 1);
	}

	/** Row 0 the title, row 1 the month, expected progress and scope. */
	private void titles(Table t, WorkLedger ledger) {
		t.merged(0, 0, 0, t.columns - 1, this.texts.title(ledger), this.title);
		t.sheet.getRow(0).setHeightInPoints(30);
		String line = this.texts.get("ledger.subtitle", this.texts.month(ledger.month()),
				ledger.expectedPercent().toPlainString() + "%");
		if (ledger.scope() != null) {
			line = line + this.texts.get("ledger.scope", ledger.scope());
		}
		t.merged(1, 0, 1, t.columns - 1, line, this.subtitle);
		t.sheet.getRow(1).setHeightInPoints(20);
	}

	/**
	 * Numbers as the plan writes them: no decimals for whole figures, two otherwise, and
	 * the target's qualifier as part of the format (约950000, 230左右), so the cell stays a
	 * number.
	 */
	private XSSFCellStyle number(BigDecimal value, Qualifier qualifier) {
		String digits = (value != null && value.stripTrailingZeros().scale() > 0) ? "0.00" : "0";
		String format = (qualifier == null) ? digits : switch (qualifier) {
			case APPROXIMATELY -> "\"约\"" + digits;
			case ABOUT -> digits + "\"左右\"";
			case AT_LEAST -> digits + "\"以上\"";
		};
		return this.numbers.computeIfAbsent(format, (f) -> {
			XSSFCellStyle style = bordered(font(FONT, 10, false, null));
			style.setDataFormat(this.workbook.createDataFormat().getFormat(f));
			return style;
		});
	}

	private XSSFFont font(String name, int points, boolean bold, String colour) {
		XSSFFont font = this.workbook.createFont();
		font.setFontName(name);
		font.setFontHeightInPoints((short) points);
		font.setBold(bold);
		if (colour != null) {
			font.setColor(colour(colour));
		}
		return font;
	}

	private XSSFCellStyle style(XSSFFont font, boolean borders) {
		XSSFCellStyle style = this.workbook.createCellStyle();
		style.setFont(font);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		if (borders) {
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
		}
		return style;
	}

	private XSSFCellStyle bordered(XSSFFont font) {
		return style(font, true);
	}

	private static void fill(XSSFCellStyle style, String rgb) {
		style.setFillForegroundColor(colour(rgb));
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
	}

	private static XSSFColor colour(String rgb) {
		int value = Integer.parseInt(rgb, 16);
		return new XSSFColor(new byte[] { (byte) (value >> 16), (byte) (value >> 8), (byte) value }, null);
	}

	/**
	 * Width of a text in Excel character units: CJK and full-width characters count two.
	 */
	static int displayWidth(String text) {
		int widest = 0;
		for (String line : text.split("\n", -1)) {
			int width = line.codePoints().map((cp) -> (cp >= 0x2E80) ? 2 : 1).sum();
			widest = Math.max(widest, width);
		}
		return widest;
	}

	/**
	 * One sheet being filled: tracks the widest text per column for widths that fit
	 * Chinese text, and sets up freezing and printing at the end.
	 */
	private final class Table {

		final XSSFSheet sheet;

		final int columns;

		private final int[][] limits;

		private final int[] widest;

		Table(String name, int columns, int[][] limits) {
			this.sheet = LedgerWorkbook.this.workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
			this.columns = columns;
			this.limits = limits;
			this.widest = new int[columns];
		}

		void header(int firstRow, int firstCol, int lastRow, int lastCol, String key) {
			merged(firstRow, firstCol, lastRow, lastCol, LedgerWorkbook.this.texts.get(key),
					LedgerWorkbook.this.header);
		}

		/**
		 * A text over a region (one cell when it is one), every cell styled for borders.
		 */
		void merged(int firstRow, int firstCol, int lastRow, int lastCol, String value, XSSFCellStyle style) {
			for (int r = firstRow; r <= lastRow; r++) {
				for (int c = firstCol; c <= lastCol; c++) {
					cell(r, c).setCellStyle(style);
				}
			}
			XSSFCell cell = cell(firstRow, firstCol);
			cell.setCellValue((value != null) ? value : "");
			if (firstRow != lastRow || firstCol != lastCol) {
				this.sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
			}
			if (firstCol == lastCol && value != null && style != LedgerWorkbook.this.title
					&& style != LedgerWorkbook.this.subtitle) {
				measure(firstCol, displayWidth(value));
			}
		}

		void mergedNumber(int firstRow, int firstCol, int lastRow, int lastCol, BigDecimal value, XSSFCellStyle style) {
			merged(firstRow, firstCol, lastRow, lastCol, null, style);
			number(firstRow, firstCol, value, style);
		}

		void text(int row, int col, String value, XSSFCellStyle style) {
			merged(row, col, row, col, value, style);
		}

		void number(int row, int col, BigDecimal value, XSSFCellStyle style) {
			XSSFCell cell = cell(row, col);
			cell.setCellStyle(style);
			if (value != null) {
				cell.setCellValue(value.doubleValue());
				measure(col, value.stripTrailingZeros().toPlainString().length() + 4);
			}
			else {
				cell.setBlank();
			}
		}

		/** A percent such as 62.3 as the number 0.623 shown as 62.3%. */
		void percent(int row, int col, BigDecimal percent, XSSFCellStyle style) {
			number(row, col, (percent != null) ? percent.movePointLeft(2) : null, style);
		}

		/** Rows tall enough for a wrapped text in a merged column. */
		void fitHeight(int firstRow, int lastRow, int col, String value) {
			if (value == null || value.isEmpty()) {
				return;
			}
			int perLine = Math.max(1, this.limits[col][1] - 2);
			int lines = 0;
			for (String line : value.split("\n", -1)) {
				lines += Math.max(1, (displayWidth(line) + perLine - 1) / perLine);
			}
			float perRow = (lines * 13.5f + 4) / (lastRow - firstRow + 1);
			for (int r = firstRow; r <= lastRow; r++) {
				XSSFRow row = this.sheet.getRow(r);
				row.setHeightInPoints(Math.max(row.getHeightInPoints(), Math.max(18f, perRow)));
			}
		}

		void finish(int frozenColumns, int frozenRows) {
			for (int c = 0; c < this.columns; c++) {
				int width = Math.min(this.limits[c][1], Math.max(this.limits[c][0], this.widest[c] + 2));
				this.sheet.setColumnWidth(c, width * 256);
			}
			this.sheet.createFreezePane(frozenColumns, frozenRows);
			var print = this.sheet.getPrintSetup();
			print.setLandscape(true);
			print.setPaperSize(PaperSize.A4_PAPER);
			print.setFitWidth((short) 1);
			print.setFitHeight((short) 0);
			this.sheet.setFitToPage(true);
			this.sheet.setAutobreaks(true);
			this.sheet.setHorizontallyCenter(true);
			this.sheet.setRepeatingRows(new CellRangeAddress(2, HEADER_ROWS_END, -1, -1));
			this.sheet.setMargin(PageMargin.LEFT, 0.4);
			this.sheet.setMargin(PageMargin.RIGHT, 0.4);
			this.sheet.setMargin(PageMargin.TOP, 0.5);
			this.sheet.setMargin(PageMargin.BOTTOM, 0.6);
			this.sheet.getFooter().setCenter(LedgerWorkbook.this.texts.get("ledger.footer", "&P", "&N"));
		}

		private void measure(int col, int width) {
			this.widest[col] = Math.max(this.widest[col], width);
		}

		private XSSFCell cell(int row, int col) {
			XSSFRow r = this.sheet.getRow(row);
			if (r == null) {
				r = this.sheet.createRow(row);
			}
			XSSFCell c = r.getCell(col);
			return (c != null) ? c : r.createCell(col);
		}

	}

}
