package cn.tangshan.minsheng.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.mock.web.MockMultipartFile;

/**
 * Reading and filling in downloaded templates in tests, and reading the problem table of
 * a rejected import.
 */
final class Sheets {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final Pattern PROBLEM = Pattern
		.compile("<tr>\\s*<td class=\"text-nowrap\">([^<]*)</td>\\s*<td>([^<]*)</td>\\s*<td>([^<]*)</td>\\s*</tr>");

	private Sheets() {
	}

	static XSSFWorkbook open(byte[] content) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(content));
	}

	static byte[] bytes(XSSFWorkbook workbook) throws IOException {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.write(out);
			return out.toByteArray();
		}
	}

	static MockMultipartFile file(byte[] content) {
		return new MockMultipartFile("file", "填报.xlsx", XLSX, content);
	}

	/**
	 * The zero-based index of the first row whose cell in the column holds the text.
	 */
	static int rowOf(Sheet sheet, int column, String text) {
		for (Row row : sheet) {
			Cell cell = row.getCell(column);
			if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
					&& cell.getStringCellValue().equals(text)) {
				return row.getRowNum();
			}
		}
		throw new AssertionError("No row with " + text);
	}

	static int columnOf(Row row, String text) {
		for (Cell cell : row) {
			if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
					&& cell.getStringCellValue().equals(text)) {
				return cell.getColumnIndex();
			}
		}
		throw new AssertionError("No column with " + text);
	}

	static Cell cell(Sheet sheet, int row, int column) {
		Row r = (sheet.getRow(row) != null) ? sheet.getRow(row) : sheet.createRow(row);
		return (r.getCell(column) != null) ? r.getCell(column) : r.createCell(column);
	}

	/**
	 * The problem table of a rejected import: "row | column | reason" per line.
	 */
	static List<String> problems(String page) {
		List<String> lines = new ArrayList<>();
		Matcher matcher = PROBLEM.matcher(page);
		while (matcher.find()) {
			lines.add(matcher.group(1) + " | " + matcher.group(2) + " | " + matcher.group(3));
		}
		return lines;
	}

}
