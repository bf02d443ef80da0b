package cn.tangshan.minsheng.importing;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a template's cells with a handful of shared styles: locked headings and labels,
 * unlocked (yellow) input cells, grey cells that take nothing. Every text goes in as a
 * text cell, never a formula; one that Excel would read as a formula when edited (=, +,
 * -,
 *
 * @) is also marked quote-prefixed, so it stays text even then.
 */
final class SheetWriter {

	private final XSSFWorkbook workbook;

	private final CellStyle title;

	private final CellStyle heading;

	private final CellStyle label;

	private final CellStyle labelQuoted;

	private final CellStyle number;

	private final CellStyle input;

	private final CellStyle inputQuoted;

	private final CellStyle inputText;

	private final CellStyle inputTextQuoted;

	private final CellStyle unavailable;

	private final CellStyle key;

	SheetWriter(XSSFWorkbook workbook) {
		this.workbook = workbook;
		Font bold = workbook.createFont();
		bold.setBold(true);
		Font big = workbook.createFont();
		big.setBold(true);
		big.setFontHeightInPoints((short) 14);
		this.title = workbook.createCellStyle();
		this.title.setFont(big);
		this.heading = bordered(IndexedColors.GREY_25_PERCENT);
		this.heading.setFont(bold);
		this.heading.setAlignment(HorizontalAlignment.CENTER);
		this.label = bordered(null);
		this.labelQuoted = quoted(this.label);
		this.number = bordered(null);
		this.number.setAlignment(HorizontalAlignment.RIGHT);
		this.input = bordered(IndexedColors.LIGHT_YELLOW);
		this.input.setLocked(false);
		this.inputQuoted = quoted(this.input);
		this.inputText = bordered(IndexedColors.LIGHT_YELLOW);
		this.inputText.setLocked(false);
		this.inputText.setVerticalAlignment(VerticalAlignment.TOP);
		this.inputTextQuoted = quoted(this.inputText);
		this.unavailable = bordered(IndexedColors.GREY_40_PERCENT);
		this.key = workbook.createCellStyle();
		this.key.setHidden(true);
	}

	private CellStyle bordered(IndexedColors fill) {
		CellStyle style = this.workbook.createCellStyle();
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		style.setWrapText(true);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		style.setLocked(true);
		if (fill != null) {
			style.setFillForegroundColor(fill.getIndex());
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		}
		return style;
	}

	private CellStyle quoted(CellStyle base) {
		CellStyle style = this.workbook.createCellStyle();
		style.cloneStyleFrom(base);
		style.setQuotePrefixed(true);
		return style;
	}

	/**
	 * Whether Excel would take the text for a formula if the user edited the cell.
	 */
	static boolean looksLikeFormula(String text) {
		return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
	}

	void title(Row row, int column, String text) {
		text(row, column, text, this.title, this.title);
	}

	void heading(Row row, int column, String text) {
		text(row, column, text, this.heading, this.heading);
	}

	void label(Row row, int column, String text) {
		text(row, column, text, this.label, this.labelQuoted);
	}

	void number(Row row, int column, BigDecimal value) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(this.number);
		if (value != null) {
			cell.setCellValue(value.doubleValue());
		}
	}

	/**
	 * An input cell for a figure, holding the stored figure (as a number) if any.
	 */
	void numberInput(Row row, int column, BigDecimal value) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(this.input);
		if (value != null) {
			cell.setCellValue(value.doubleValue());
		}
	}

	/**
	 * An input cell for a short text, holding the stored text if any.
	 */
	void input(Row row, int column, String text) {
		text(row, column, text, this.input, this.inputQuoted);
	}

	/**
	 * An input cell for a longer text (wrapped, aligned to the top).
	 */
	void textInput(Row row, int column, String text) {
		text(row, column, text, this.inputText, this.inputTextQuoted);
	}

	void unavailable(Row row, int column) {
		row.createCell(column).setCellStyle(this.unavailable);
	}

	void key(Row row, int column, String text) {
		text(row, column, text, this.key, this.key);
	}

	private static void text(Row row, int column, String text, CellStyle plain, CellStyle quoted) {
		Cell cell = row.createCell(column);
		String value = (text != null) ? text : "";
		cell.setCellStyle(looksLikeFormula(value) ? quoted : plain);
		if (!value.isEmpty()) {
			cell.setCellValue(value);
		}
	}

	/**
	 * Locks the sheet without a password: a guard against editing the headings by
	 * mistake, not a secret. Column widths stay adjustable.
	 */
	static void protect(Sheet sheet) {
		sheet.protectSheet("");
		if (sheet instanceof org.apache.poi.xssf.usermodel.XSSFSheet xssf) {
			xssf.lockFormatColumns(false);
			xssf.lockFormatRows(false);
			xssf.lockSelectLockedCells(false);
			xssf.lockSelectUnlockedCells(false);
		}
	}

	/**
	 * The instructions sheet: one paragraph a row.
	 */
	void instructions(Sheet sheet, String heading, Iterable<String> lines) {
		sheet.setColumnWidth(0, 110 * 256);
		title(sheet.createRow(0), 0, heading);
		CellStyle wrap = this.workbook.createCellStyle();
		wrap.setWrapText(true);
		int r = 2;
		for (String line : lines) {
			Cell cell = sheet.createRow(r++).createCell(0);
			cell.setCellStyle(wrap);
			cell.setCellValue(line);
		}
		protect(sheet);
	}

}
