package cn.tangshan.minsheng.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.core.io.InputStreamSource;

/**
 * Reading an uploaded workbook safely and its cells exactly. Every check that needs no
 * parsing comes first: the size before anything is read, the file signature before POI
 * sees the bytes, and the inflated size of the archive before the workbook is built
 * (POI's own zip-bomb guard stays on as a second line).
 */
final class ExcelFiles {

	static final int MAX_MEGABYTES = 5;

	static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;

	/**
	 * Far above any real template (a year of one unit's values inflates to well under 1
	 * MB), and low enough that building the workbook in memory stays harmless.
	 */
	private static final long MAX_INFLATED_BYTES = 20L * 1024L * 1024L;

	/** Far above any real template; a guard against sheets padded with rows. */
	static final int MAX_ROWS = 5000;

	private static final byte[] ZIP = { 0x50, 0x4b, 0x03, 0x04 };

	private static final byte[] OLE2 = { (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0 };

	private ExcelFiles() {
	}

	/**
	 * Opens an uploaded .xlsx file.
	 * @throws ImportRejectedException empty, too large, not an .xlsx file, or unreadable
	 */
	static XSSFWorkbook open(long size, InputStreamSource upload) {
		if (size <= 0) {
			throw reject("import.file.empty");
		}
		if (size > MAX_BYTES) {
			throw reject("import.file.tooLarge", MAX_MEGABYTES);
		}
		byte[] content;
		try (InputStream in = upload.getInputStream()) {
			content = in.readNBytes((int) MAX_BYTES + 1);
		}
		catch (IOException ex) {
			throw reject("import.file.unreadable");
		}
		if (content.length == 0) {
			throw reject("import.file.empty");
		}
		if (content.length > MAX_BYTES) {
			throw reject("import.file.tooLarge", MAX_MEGABYTES);
		}
		if (startsWith(content, OLE2)) {
			// An .xls file, or an .xlsx file with a password (stored in an OLE2
			// container).
			throw reject("import.file.xls");
		}
		if (!startsWith(content, ZIP)) {
			throw reject("import.file.notExcel");
		}
		checkInflatedSize(content);
		try {
			return new XSSFWorkbook(new ByteArrayInputStream(content));
		}
		catch (IOException | RuntimeException ex) {
			// POIXMLException, NotOfficeXmlFileException, a zip bomb, broken XML, …
			throw reject("import.file.malformed");
		}
	}

	private static void checkInflatedSize(byte[] content) {
		long total = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			boolean any = false;
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				any = true;
				for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
					total += n;
					if (total > MAX_INFLATED_BYTES) {
						throw reject("import.file.malformed");
					}
				}
			}
			if (!any) {
				throw reject("import.file.malformed");
			}
		}
		catch (ZipException ex) {
			throw reject("import.file.malformed");
		}
		catch (IOException ex) {
			throw reject("import.file.malformed");
		}
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (content[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

	static byte[] bytes(XSSFWorkbook workbook) {
		try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot write a workbook in memory", ex);
		}
	}

	static ImportRejectedException reject(String code, Object... args) {
		return new ImportRejectedException(ImportProblem.ofFile(code, ImportProblems.plain(args)));
	}

	/**
	 * A cell's content as the user entered it: the text of a text cell, a number as Excel
	 * shows it in full (15 significant digits, no grouping).
	 */
	static Content read(Row row, int column) {
		Cell cell = (row != null) ? row.getCell(column) : null;
		if (cell == null) {
			return Content.BLANK;
		}
		return switch (cell.getCellType()) {
			case STRING -> new Content(cell.getStringCellValue(), Kind.TEXT);
			case NUMERIC -> new Content(NumberToTextConverter.toText(cell.getNumericCellValue()), Kind.NUMBER);
			case BOOLEAN -> new Content(new DataFormatter().formatCellValue(cell), Kind.TEXT);
			case FORMULA -> new Content("", Kind.FORMULA);
			case ERROR -> new Content("", Kind.ERROR);
			default -> Content.BLANK;
		};
	}

	/**
	 * The text in a key cell (hidden column A or row 2), or an empty string.
	 */
	static String key(Row row, int column) {
		Content content = read(row, column);
		return (content.kind() == Kind.TEXT) ? content.text().strip() : "";
	}

	static boolean isBlankRow(Row row, int firstColumn) {
		if (row == null) {
			return true;
		}
		for (Cell cell : row) {
			if (cell.getColumnIndex() >= firstColumn && cell.getCellType() != CellType.BLANK
					&& !(cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank())) {
				return false;
			}
		}
		return true;
	}

	static String letter(int column) {
		return CellReference.convertNumToColString(column);
	}

	/**
	 * The template's data sheet: the first one.
	 * @param notTemplate the message for a workbook without sheets
	 */
	static Sheet firstSheet(XSSFWorkbook workbook, String notTemplate) {
		if (workbook.getNumberOfSheets() == 0) {
			throw reject(notTemplate);
		}
		return workbook.getSheetAt(0);
	}

	static void checkSize(Sheet sheet) {
		if (sheet.getLastRowNum() + 1 > MAX_ROWS) {
			throw reject("import.file.tooManyRows", MAX_ROWS);
		}
	}

	/**
	 * What a cell holds.
	 */
	enum Kind {

		BLANK, TEXT, NUMBER, FORMULA, ERROR

	}

	record Content(String text, Kind kind) {

		static final Content BLANK = new Content("", Kind.BLANK);

		boolean isBlank() {
			return this.kind == Kind.BLANK || ((this.kind == Kind.TEXT) && this.text.isBlank());
		}

		boolean isFormula() {
			return this.kind == Kind.FORMULA;
		}

		boolean isError() {
			return this.kind == Kind.ERROR;
		}

	}

}
