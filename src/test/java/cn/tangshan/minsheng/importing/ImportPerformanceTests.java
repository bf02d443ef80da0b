package cn.tangshan.minsheng.importing;

import java.time.LocalDate;
import java.time.LocalDateTime;

import cn.tangshan.minsheng.MutableClock;
import cn.tangshan.minsheng.PortalTest;
import cn.tangshan.minsheng.account.PortalUsers;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Large imports finish in seconds: a full grid (every quantitative indicator of the plan
 * × the 18 counties and the 市本级 rows) and a whole year of one unit's values. Both use a
 * department of their own (导入测试局), made co-lead of every project for the test only and
 * removed afterwards with everything it stored.
 */
@PortalTest
class ImportPerformanceTests {

	/**
	 * On an idle machine; scaled by {@link #slowdown()} when the machine is loaded (the
	 * imports are bound by database round trips). Measured times are printed.
	 */
	private static final long LIMIT_MILLIS = 10_000;

	/** 500 round trips take well under this on an idle machine. */
	private static final long IDLE_ROUND_TRIPS_MILLIS = 250;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	Long unitId;

	Long userId;

	@BeforeEach
	void department() {
		this.unitId = this.jdbc.queryForObject("insert into unit (code, name, short_name, type, sort_order) "
				+ "values ('imptest', '导入测试局', '导入测试局', 'DEPARTMENT', 999) returning id", Long.class);
		this.userId = this.jdbc.queryForObject(
				"insert into user_account (username, password_hash, display_name, role, unit_id, created_at) "
						+ "values ('imptest', '{noop}unused', '导入测试员', 'DEPARTMENT', ?, now()) returning id",
				Long.class, this.unitId);
		this.jdbc.update("insert into project_lead (project_id, position, unit_id) "
				+ "select project_id, max(position) + 1, ? from project_lead group by project_id", this.unitId);
	}

	@AfterEach
	void removeEverything() {
		this.clock.reset();
		this.jdbc.update("delete from audit_entry where username = 'imptest' or report_id in "
				+ "(select id from report where unit_id = ?)", this.unitId);
		this.jdbc.update("delete from report where unit_id = ?", this.unitId);
		this.jdbc.update("delete from extension where unit_id = ?", this.unitId);
		this.jdbc.update("delete from allocation where unit_id = ? or updated_by = ?", this.unitId, this.userId);
		this.jdbc.update("delete from project_lead where unit_id = ?", this.unitId);
		this.jdbc.update("delete from user_account where id = ?", this.userId);
		this.jdbc.update("delete from unit where id = ?", this.unitId);
	}

	@Test
	void aFullAllocationGridImportsInSeconds() throws Exception {
		int filled = 0;
		try (XSSFWorkbook workbook = Sheets
			.open(this.mvc.perform(get("/allocations/template.xlsx").with(PortalUsers.user("imptest")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray())) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			int columns = sheet.getRow(1).getLastCellNum() - 2;
			assertThat(columns).isGreaterThanOrEqualTo(30);
			int grey = -1;
			Row greyRow = null;
			for (int r = 5; r < sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				for (int c = 2; c < 2 + columns; c++) {
					Cell cell = row.getCell(c);
					if (!cell.getCellStyle().getLocked() && cell.getCellType() == CellType.BLANK) {
						cell.setCellValue(r + c / 100.0);
						filled++;
					}
					else if (cell.getCellStyle().getLocked() && grey < 0) {
						grey = c;
						greyRow = row;
					}
				}
			}
			assertThat(filled).isGreaterThanOrEqualTo(18 * 30);
			// A figure in a grey cell (a department without a share of that project)
			// refuses the whole grid.
			assertThat(greyRow).isNotNull();
			greyRow.getCell(grey).setCellValue(1);
			String page = this.mvc
				.perform(multipart("/allocations/import").file(Sheets.file(Sheets.bytes(workbook)))
					.with(PortalUsers.user("imptest"))
					.with(csrf()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(Sheets.problems(page)).singleElement().asString().endsWith("该单位不承担此指标，此格应留空");
			assertThat(count("select count(*) from allocation where updated_by = ?")).isZero();

			greyRow.getCell(grey).setBlank();
			byte[] file = Sheets.bytes(workbook);
			double slowdown = slowdown();
			long start = System.nanoTime();
			MvcResult result = this.mvc
				.perform(multipart("/allocations/import").file(Sheets.file(file))
					.with(PortalUsers.user("imptest"))
					.with(csrf()))
				.andExpect(redirectedUrl("/allocations"))
				.andReturn();
			long millis = (System.nanoTime() - start) / 1_000_000;
			System.out.printf("Allocation grid import: %d columns, %d cells, %d bytes, %d ms%n", columns, filled,
					file.length, millis);
			assertThat(millis).isLessThan((long) (LIMIT_MILLIS * slowdown));
			assertThat((String) result.getFlashMap().get("imported")).contains(filled + "个分解数有变化");
		}
		assertThat(count("select count(*) from allocation where updated_by = ?")).isEqualTo(filled);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where username = 'imptest' and action = 'ALLOCATION_CHANGED'",
				Integer.class))
			.isEqualTo(filled);
	}

	@Test
	void aWholeYearOfValuesImportsInSeconds() throws Exception {
		// December: every month of the year is there, the earlier ones by extension.
		this.clock.set(LocalDateTime.of(2024, 12, 20, 10, 0));
		for (int m = 1; m <= 11; m++) {
			this.jdbc.update(
					"insert into extension (unit_id, period, until, reason, granted_at) values "
							+ "(?, ?, '2024-12-31T18:00:00+08:00', '测试', now())",
					this.unitId, LocalDate.of(2024, m, 1));
		}
		// A 市本级 share of every quantitative indicator: the department reports them all.
		this.jdbc.update(
				"insert into allocation (indicator_id, unit_id, amount, updated_by, updated_at) "
						+ "select id, ?, 1000, ?, now() from indicator where kind = 'QUANTITATIVE'",
				this.unitId, this.userId);
		int indicators = count("select count(*) from allocation where unit_id = ?");
		int projects = this.jdbc.queryForObject(
				"select count(distinct i.project_id) from allocation a join indicator i on i.id = a.indicator_id "
						+ "where a.unit_id = ?",
				Integer.class, this.unitId);
		try (XSSFWorkbook workbook = Sheets.open(this.mvc
			.perform(get("/reports/template.xlsx").param("month", "2024-12")
				.param("year", "true")
				.with(PortalUsers.user("imptest")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray())) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum() - 2).isEqualTo(12 * indicators);
			String group = "";
			for (int r = 3; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				row.getCell(7).setCellValue(r);
				// The texts once per project and month (the first row of its merged
				// cell).
				String key = row.getCell(1).getStringCellValue() + row.getCell(2).getStringCellValue();
				if (!key.equals(group)) {
					row.getCell(10).setCellValue("进展" + r);
					group = key;
				}
			}
			byte[] file = Sheets.bytes(workbook);
			double slowdown = slowdown();
			long start = System.nanoTime();
			MvcResult result = this.mvc
				.perform(multipart("/reports/import").file(Sheets.file(file))
					.param("month", "2024-12")
					.with(PortalUsers.user("imptest"))
					.with(csrf()))
				.andExpect(redirectedUrl("/reports?month=2024-12"))
				.andReturn();
			long millis = (System.nanoTime() - start) / 1_000_000;
			System.out.printf("Whole-year values import: %d rows, %d reports, %d bytes, %d ms%n", 12 * indicators,
					12 * projects, file.length, millis);
			assertThat(millis).isLessThan((long) (LIMIT_MILLIS * slowdown));
			assertThat((String) result.getFlashMap().get("imported")).startsWith("已导入" + (12 * projects) + "份报告（12个月）");
		}
		assertThat(count("select count(*) from report where unit_id = ? and status = 'DRAFT'"))
			.isEqualTo(12 * projects);
		assertThat(count("select count(*) from report_value v join report r on r.id = v.report_id where r.unit_id = ?"))
			.isEqualTo(12 * indicators);
	}

	/**
	 * How much slower than idle the database answers now: at least 1.
	 */
	private double slowdown() {
		long start = System.nanoTime();
		for (int i = 0; i < 500; i++) {
			this.jdbc.queryForObject("select 1", Integer.class);
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		double slowdown = Math.max(1.0, (double) millis / IDLE_ROUND_TRIPS_MILLIS);
		System.out.printf("500 database round trips: %d ms (slowdown %.1f)%n", millis, slowdown);
		return slowdown;
	}

	private int count(String sql) {
		return this.jdbc.queryForObject(sql, Integer.class, sql.contains("updated_by") ? this.userId : this.unitId);
	}

}
