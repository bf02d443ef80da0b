package cn.tangshan.minsheng.ledger;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PaperSize;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One sheet being filled: tracks the widest text per column for widths that fit Chinese
 * text, and sets up freezing and printing at the end.
 */
final class SheetTable {

	/**
	 * Rows 0 and 1 hold the title, rows 2 and 3 the header, repeated on every printed
	 * page.
	 */
	static final int HEADER_ROWS_END = 3;

	private final LedgerStyles styles;

	private final Texts texts;

	final XSSFSheet sheet;

	final int columns;

	private final int[][] limits;

	private final int[] widest;

	SheetTable(XSSFWorkbook workbook, LedgerStyles styles, Texts texts, String name, int columns, int[][] limits) {
		this.styles = styles;
		this.texts = texts;
		this.sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
		this.columns = columns;
		this.limits = limits;
		this.widest = new int[columns];
	}

	void header(int firstRow, int firstCol, int lastRow, int lastCol, String key) {
		merged(firstRow, firstCol, lastRow, lastCol, this.texts.get(key), this.styles.header);
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
		if (firstCol == lastCol && value != null && style != this.styles.title && style != this.styles.subtitle) {
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
		this.sheet.getFooter().setCenter(this.texts.get("ledger.footer", "&P", "&N"));
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

}
