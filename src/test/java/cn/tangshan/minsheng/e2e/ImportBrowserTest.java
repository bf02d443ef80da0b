package cn.tangshan.minsheng.e2e;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.importing.AllocationWorkbooks;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lead department imports its task split from Excel: a file with mistakes is answered
 * with the list of rows, columns and reasons and changes nothing; the corrected file is
 * stored and shows on the grid. Uses 市司法局's 1-16 (法律援助) shares of 路南区 and 路北区, which no
 * other browser test touches, and puts them back afterwards.
 */
@BrowserPortalTest
class ImportBrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AllocationWorkbooks workbooks;

	@Autowired
	UserDetailsService users;

	@Test
	void aFileWithMistakesIsListedAndChangesNothingThenTheCorrectedFileIsStored(Browser browser, @TempDir Path dir)
			throws Exception {
		Long indicator = this.jdbc.queryForObject("""
				select i.id from indicator i join project p on p.id = i.project_id
				join project_group g on g.id = p.group_id where g.group_no = 1 and p.project_no = 16""", Long.class);
		List<BigDecimal> before = shares(indicator);
		try {
			browser.logIn("sfj").open("/allocations");
			browser.click("#excel-import summary");
			assertThat(browser.text("#excel-import")).contains("下载模板", "导入", "仅支持 .xlsx 格式，不超过5MB");

			Path wrong = dir.resolve("任务分解-有误.xlsx");
			Files.write(wrong, filled("abc", "-3"));
			browser.find("#import-file").sendKeys(wrong.toString());
			browser.clickAndWait("#excel-import button[type=submit]");
			assertThat(browser.text("h1")).isEqualTo("导入未完成");
			assertThat(browser.text(".alert-danger")).contains("文件中有2处问题，全部未导入。");
			List<String> rows = browser.findAll("#import-problems tbody tr").stream().map(WebElement::getText).toList();
			assertThat(rows).containsExactly("6 C列（无偿法律援助服务） 请输入数字", "7 C列（无偿法律援助服务） 分解数不能为负数");
			assertThat(shares(indicator)).as("nothing stored").isEqualTo(before);
			browser.screenshot("import-1-rejected");

			browser.clickAndWait("main a.btn-primary");
			browser.click("#excel-import summary");
			Path right = dir.resolve("任务分解.xlsx");
			Files.write(right, filled("321", "123.5"));
			browser.find("#import-file").sendKeys(right.toString());
			browser.clickAndWait("#excel-import button[type=submit]");
			assertThat(browser.text(".alert-success")).startsWith("已导入任务分解：读取");
			assertThat(browser.text(".alert-success")).contains("2个分解数有变化");
			assertThat(browser.value("#a-" + indicator + "-" + unit("lunan"))).isEqualTo("321");
			assertThat(browser.value("#a-" + indicator + "-" + unit("lubei"))).isEqualTo("123.5");
			browser.screenshot("import-2-stored");

			// The same card on the monthly form, with a template for the month and the
			// year.
			browser.open("/reports");
			browser.click("#excel-import summary");
			assertThat(browser.text("#excel-import")).contains("下载2024年6月模板", "2024年全年模板");
			browser.screenshotOf("import-3-reports-card", "#excel-import");
		}
		finally {
			restore(indicator, "lunan", before.get(0));
			restore(indicator, "lubei", before.get(1));
		}
	}

	/**
	 * 市司法局's template with 路南区's and 路北区's cells typed over.
	 */
	private byte[] filled(String lunan, String lubei) throws Exception {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		byte[] template = this.workbooks.template((CurrentUser) this.users.loadUserByUsername("sfj"));
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			type(sheet.getRow(5), "路南区", lunan);
			type(sheet.getRow(6), "路北区", lubei);
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static void type(Row row, String unit, String text) {
		assertThat(row.getCell(1).getStringCellValue()).isEqualTo(unit);
		Cell cell = row.getCell(2);
		assertThat(cell.getCellType()).isIn(CellType.NUMERIC, CellType.BLANK);
		cell.setCellValue(text);
	}

	private List<BigDecimal> shares(Long indicator) {
		return List.of(share(indicator, "lunan"), share(indicator, "lubei"));
	}

	private BigDecimal share(Long indicator, String unit) {
		return this.jdbc.query("select amount from allocation where indicator_id = ? and unit_id = ?",
				(rs) -> rs.next() ? rs.getBigDecimal(1) : null, indicator, unit(unit));
	}

	private void restore(Long indicator, String unit, BigDecimal amount) {
		this.jdbc.update("delete from allocation where indicator_id = ? and unit_id = ?", indicator, unit(unit));
		if (amount != null) {
			this.jdbc.update(
					"insert into allocation (indicator_id, unit_id, amount, updated_at) values (?, ?, ?, now())",
					indicator, unit(unit), amount);
		}
	}

	private Long unit(String code) {
		return this.jdbc.queryForObject("select id from unit where code = ?", Long.class, code);
	}

}
