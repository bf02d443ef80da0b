package cn.tangshan.minsheng.importing;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Formula injection is impossible in what the templates write: every text is a text cell,
 * and one Excel would read as a formula when edited is quote-prefixed. Reading tells a
 * formula apart from what it shows.
 */
class SheetWriterTest {

	@Test
	void textsThatLookLikeFormulasAreWrittenAsQuotePrefixedTextCells() throws Exception {
		List<String> risky = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1:A2)",
				"=cmd|' /C calc'!A0");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			SheetWriter write = new SheetWriter(workbook);
			Row row = workbook.createSheet().createRow(0);
			for (int i = 0; i < risky.size(); i++) {
				write.label(row, 3 * i, risky.get(i));
				write.input(row, 3 * i + 1, risky.get(i));
				write.textInput(row, 3 * i + 2, risky.get(i));
			}
			write.label(row, 20, "正常文字");
			Row reread = Sheets.open(Sheets.bytes(workbook)).getSheetAt(0).getRow(0);
			for (int c = 0; c < 3 * risky.size(); c++) {
				Cell cell = reread.getCell(c);
				assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
				assertThat(cell.getStringCellValue()).isEqualTo(risky.get(c / 3));
				assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
				assertThat(ExcelFiles.read(reread, c))
					.isEqualTo(new ExcelFiles.Content(risky.get(c / 3), ExcelFiles.Kind.TEXT));
			}
			assertThat(reread.getCell(20).getCellStyle().getQuotePrefixed()).isFalse();
		}
	}

	@Test
	void cellsAreReadAsTheUserEnteredThem() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Row row = workbook.createSheet().createRow(0);
			row.createCell(0).setCellValue(0.1 + 0.2);
			row.createCell(1).setCellValue(12000.5);
			row.createCell(2).setCellFormula("1+2");
			row.createCell(3).setCellValue(" ");
			assertThat(ExcelFiles.read(row, 0).text()).isEqualTo("0.3");
			assertThat(ExcelFiles.read(row, 1).text()).isEqualTo("12000.5");
			assertThat(ExcelFiles.read(row, 2).isFormula()).isTrue();
			assertThat(ExcelFiles.read(row, 3).isBlank()).isTrue();
			assertThat(ExcelFiles.read(row, 4).isBlank()).isTrue();
		}
	}

}
