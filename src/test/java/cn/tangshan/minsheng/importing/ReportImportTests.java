package cn.tangshan.minsheng.importing;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import cn.tangshan.minsheng.MutableClock;
import cn.tangshan.minsheng.PortalTest;
import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.account.PortalUsers;
import cn.tangshan.minsheng.org.Units;
import cn.tangshan.minsheng.plan.IndicatorView;
import cn.tangshan.minsheng.plan.PlanCatalog;
import cn.tangshan.minsheng.plan.ProjectView;
import jakarta.persistence.EntityManager;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A unit's monthly values as an Excel file: the template, a round trip that ends in a
 * draft with the same audit as the form, the value rules, a whole year in one file with
 * each month's reporting window, and every refusal with nothing stored. Uses only 市人社局's
 * reports of 1-13 (就业促进工程), and removes them again.
 */
@PortalTest
class ReportImportTests {

	// Template columns (zero-based): hidden key, month, project, indicator, unit, share,
	// last approved, value, reason, confirmation, progress, problems, next steps, status.
	private static final int VALUE = 7;

	private static final int REASON = 8;

	private static final int CONFIRM = 9;

	private static final int PROGRESS = 10;

	private static final int PROBLEMS = 11;

	private static final int NEXT_STEPS = 12;

	private static final int FIRST_DATA_ROW = 3;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlanCatalog plans;

	@Autowired
	Units units;

	@Autowired
	MutableClock clock;

	@Autowired
	ReportWorkbooks reportWorkbooks;

	@Autowired
	UserDetailsService users;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	EntityManager entityManager;

	@BeforeEach
	@AfterEach
	void removeTheReportsUnderTest() {
		this.clock.reset();
		Long rsj = unit("rsj");
		this.jdbc.update("delete from audit_entry where report_id in (select id from report where unit_id = ?)", rsj);
		this.jdbc.update("delete from report where unit_id = ?", rsj);
		this.jdbc.update("delete from extension where unit_id = ?", rsj);
	}

	@Test
	void templateHoldsTheMonthsIndicatorsWithLastMonthsApprovedFigures() throws Exception {
		approvedMay(1, 2, 10000);
		MvcResult result = this.mvc
			.perform(get("/reports/template.xlsx").param("month", "2024-06").with(PortalUsers.user("rsj")))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(result.getResponse().getContentType()).isEqualTo(Sheets.XLSX);
		try (XSSFWorkbook workbook = Sheets.open(result.getResponse().getContentAsByteArray())) {
			assertThat(workbook.getSheetName(0)).isEqualTo("月度数值");
			assertThat(workbook.getSheetName(1)).isEqualTo("填写说明");
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getProtect()).isTrue();
			assertThat(sheet.isColumnHidden(0)).isTrue();
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("市人力资源和社会保障局 2024年6月民生工程进展填报表");
			Row header = sheet.getRow(2);
			assertThat(List.of(1, 2, 3, 7, 8, 9, 10, 11, 12, 13)
				.stream()
				.map((c) -> header.getCell(c).getStringCellValue())
				.toList()).containsExactly("月份", "项目", "指标", "本月累计完成值", "更正原因（低于上月时必填）", "确认超150%（填“是”）", "进展情况",
						"存在问题", "下步打算", "报告状态");
			assertThat(sheet.getLastRowNum()).isEqualTo(FIRST_DATA_ROW + 2);
			Row brands = sheet.getRow(FIRST_DATA_ROW);
			assertThat(brands.getCell(1).getStringCellValue()).isEqualTo("2024年6月");
			assertThat(brands.getCell(2).getStringCellValue()).isEqualTo("1-13 就业促进工程");
			assertThat(brands.getCell(3).getStringCellValue()).isEqualTo("推荐省级劳务品牌");
			assertThat(brands.getCell(4).getStringCellValue()).isEqualTo("个");
			assertThat(brands.getCell(5).getNumericCellValue()).isEqualTo(3);
			assertThat(brands.getCell(6).getNumericCellValue()).isEqualTo(1);
			assertThat(brands.getCell(VALUE).getCellType()).isEqualTo(CellType.BLANK);
			assertThat(brands.getCell(VALUE).getCellStyle().getLocked()).isFalse();
			assertThat(brands.getCell(13).getStringCellValue()).isEqualTo("草稿");
			assertThat(sheet.getRow(FIRST_DATA_ROW + 2).getCell(6).getNumericCellValue()).isEqualTo(10000);
			assertThat(sheet.getMergedRegions()).extracting((region) -> region.formatAsString())
				.contains("K4:K6", "L4:L6", "M4:M6");
		}
		String page = this.mvc.perform(get("/reports").with(PortalUsers.user("rsj")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("href=\"/reports/template.xlsx?month=2024-06\"",
				"href=\"/reports/template.xlsx?month=2024-06&amp;year=true\"", "action=\"/reports/import\"");
	}

	@Test
	void aFilledInTemplateBecomesADraftAuditedLikeTheFormAndTextsNeverBecomeFormulas() throws Exception {
		List<IndicatorView> indicators = indicators();
		try (XSSFWorkbook workbook = template("2024-06", false)) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			sheet.getRow(FIRST_DATA_ROW).getCell(VALUE).setCellValue(2);
			sheet.getRow(FIRST_DATA_ROW + 1).getCell(VALUE).setCellValue("５");
			sheet.getRow(FIRST_DATA_ROW + 2).getCell(VALUE).setCellValue(12000.5);
			sheet.getRow(FIRST_DATA_ROW).getCell(PROGRESS).setCellValue("=HYPERLINK(\"http://example.com\",\"点击\")");
			sheet.getRow(FIRST_DATA_ROW).getCell(PROBLEMS).setCellValue("+1 场地不足");
			sheet.getRow(FIRST_DATA_ROW).getCell(NEXT_STEPS).setCellValue("@SUM(A1:A2)");
			MvcResult result = this.mvc.perform(upload(workbook, "2024-06"))
				.andExpect(redirectedUrl("/reports?month=2024-06"))
				.andReturn();
			assertThat(result.getFlashMap().get("imported")).isEqualTo("已导入1份报告（1个月），6项内容有变化，均已保存为草稿，请核对后报送。");
		}
		Long reportId = this.jdbc.queryForObject("select id from report where unit_id = ? and period = '2024-06-01'",
				Long.class, unit("rsj"));
		assertThat(this.jdbc.queryForList("select status || ':' || progress_text || ':' || problems_text || ':' "
				+ "|| next_steps_text from report where id = ?", String.class, reportId))
			.containsExactly("DRAFT:=HYPERLINK(\"http://example.com\",\"点击\"):+1 场地不足:@SUM(A1:A2)");
		assertThat(
				this.jdbc.queryForList("select cumulative from report_value where report_id = ? order by indicator_id",
						BigDecimal.class, reportId))
			.containsExactly(new BigDecimal("2.00"), new BigDecimal("5.00"), new BigDecimal("12000.50"));
		assertThat(this.jdbc.queryForList(
				"select action || ':' || field || ':' || coalesce(new_value, '-') || '@' || username from audit_entry "
						+ "where report_id = ? order by id",
				String.class, reportId))
			.containsExactly("VALUE_CHANGED:cumulative:2@rsj", "VALUE_CHANGED:cumulative:5@rsj",
					"VALUE_CHANGED:cumulative:12000.5@rsj",
					"TEXT_CHANGED:progress:=HYPERLINK(\"http://example.com\",\"点击\")@rsj",
					"TEXT_CHANGED:problems:+1 场地不足@rsj", "TEXT_CHANGED:nextSteps:@SUM(A1:A2)@rsj");
		assertThat(indicators).hasSize(3);

		// Downloaded again, the stored texts are text cells, marked so Excel keeps them
		// text even when edited.
		try (XSSFWorkbook workbook = template("2024-06", false)) {
			Row row = workbook.getSheetAt(0).getRow(FIRST_DATA_ROW);
			for (int column : List.of(PROGRESS, PROBLEMS, NEXT_STEPS)) {
				Cell cell = row.getCell(column);
				assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
				assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
			}
			assertThat(row.getCell(PROGRESS).getStringCellValue())
				.isEqualTo("=HYPERLINK(\"http://example.com\",\"点击\")");
			assertThat(workbook.getSheetAt(0).getRow(FIRST_DATA_ROW + 2).getCell(VALUE).getNumericCellValue())
				.isEqualTo(12000.5);
		}
		String page = this.mvc.perform(get("/reports").with(PortalUsers.user("rsj")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("value=\"12000.5\"", "草稿");
	}

	@Test
	void theFormsRulesApplyAndAreListedByRowAndColumnWithNothingStored() throws Exception {
		approvedMay(1, 2, 10000);
		try (XSSFWorkbook workbook = template("2024-06", false)) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			Row brands = sheet.getRow(FIRST_DATA_ROW);
			brands.getCell(VALUE).setCellValue(0);
			brands.getCell(CONFIRM).setCellValue("也许");
			brands.getCell(PROBLEMS).setCellFormula("1+1");
			sheet.getRow(FIRST_DATA_ROW + 1).getCell(VALUE).setCellValue("abc");
			sheet.getRow(FIRST_DATA_ROW + 2).getCell(VALUE).setCellValue(40000);
			String page = rejected(workbook, "2024-06");
			assertThat(Sheets.problems(page)).containsExactly("4 | I列（更正原因（低于上月时必填）） | 低于上月已审核的累计值1，请填写更正原因",
					"4 | J列（确认超150%（填“是”）） | 请填“是”或留空", "4 | L列（存在问题） | 此处不能使用公式，请直接填写数值或文字", "5 | H列（本月累计完成值） | 请输入数字",
					"6 | J列（确认超150%（填“是”）） | 超过分解任务22971的150%，请核实后勾选确认");
			assertThat(reports()).isEqualTo(1);

			brands.getCell(REASON).setCellValue("统计口径调整");
			brands.getCell(CONFIRM).setBlank();
			// A formula cell keeps its formula when given a value: replace the cell.
			brands.removeCell(brands.getCell(PROBLEMS));
			brands.createCell(PROBLEMS).setCellValue("无");
			sheet.getRow(FIRST_DATA_ROW + 1).getCell(VALUE).setCellValue(6);
			sheet.getRow(FIRST_DATA_ROW + 2).getCell(CONFIRM).setCellValue("是");
			this.mvc.perform(upload(workbook, "2024-06")).andExpect(redirectedUrl("/reports?month=2024-06"));
		}
		assertThat(this.jdbc
			.queryForList("select coalesce(v.correction_reason, '-') || ':' || v.over_confirmed from report_value v "
					+ "join report r on r.id = v.report_id where r.unit_id = ? and r.period = '2024-06-01' "
					+ "order by v.indicator_id", String.class, unit("rsj")))
			.containsExactly("统计口径调整:false", "-:false", "-:true");
	}

	@Test
	void aWholeYearInOneFileIsStoredOnlyIfEveryMonthIsOpen() throws Exception {
		for (int m = 2; m <= 5; m++) {
			extension(m);
		}
		try (XSSFWorkbook workbook = template("2024-06", true)) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("市人力资源和社会保障局 2024年民生工程进展填报表");
			assertThat(sheet.getLastRowNum()).isEqualTo(FIRST_DATA_ROW + 6 * 3 - 1);
			assertThat(sheet.getRow(FIRST_DATA_ROW).getCell(1).getStringCellValue()).isEqualTo("2024年1月");
			assertThat(sheet.getRow(FIRST_DATA_ROW + 15).getCell(1).getStringCellValue()).isEqualTo("2024年6月");
			for (int i = 0; i < 18; i++) {
				sheet.getRow(FIRST_DATA_ROW + i).getCell(VALUE).setCellValue((i / 3 + 1) * 0.5);
			}
			String page = rejected(workbook, "2024-06");
			assertThat(Sheets.problems(page)).containsExactly("4 | — | 1-13（2024年1月）：本月报送已截止，如需补报请联系市发改委申请延期。");
			assertThat(reports()).isZero();

			extension(1);
			MvcResult result = this.mvc.perform(upload(workbook, "2024-06"))
				.andExpect(redirectedUrl("/reports?month=2024-06"))
				.andReturn();
			assertThat(result.getFlashMap().get("imported")).isEqualTo("已导入6份报告（6个月），18项内容有变化，均已保存为草稿，请核对后报送。");
		}
		assertThat(this.jdbc.queryForList(
				"select to_char(r.period, 'MM') || '=' || v.cumulative from report r join report_value v on v.report_id = r.id "
						+ "where r.unit_id = ? and r.status = 'DRAFT' and v.indicator_id = ? order by r.period",
				String.class, unit("rsj"), indicators().get(0).id()))
			.containsExactly("01=0.50", "02=1.00", "03=1.50", "04=2.00", "05=2.50", "06=3.00");
	}

	@Test
	void aTemplateOfAnotherMonthOrUnitOrAnOutdatedOrLockedReportIsRefused() throws Exception {
		try (XSSFWorkbook may = template("2024-05", false)) {
			assertThat(Sheets.problems(rejected(may, "2024-06")))
				.containsExactly("整个文件 | — | 这是2024年5月的模板，当前页面为2024年6月；请切换到2024年5月后导入，或下载本月模板");
		}
		byte[] other = this.mvc
			.perform(get("/reports/template.xlsx").param("month", "2024-06").with(PortalUsers.user("sfj")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = Sheets.open(other)) {
			assertThat(Sheets.problems(rejected(workbook, "2024-06")))
				.containsExactly("整个文件 | — | 这是市司法局的模板，不能导入到市人力资源和社会保障局，请下载本单位的模板");
		}
		try (XSSFWorkbook workbook = template("2024-06", false)) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			// A row copied in from another unit's file, and a duplicated row.
			String key = sheet.getRow(FIRST_DATA_ROW).getCell(0).getStringCellValue();
			sheet.getRow(FIRST_DATA_ROW + 1).getCell(0).setCellValue(key.replace("|" + unit("rsj") + "|", "|1|"));
			sheet.getRow(FIRST_DATA_ROW + 2).getCell(0).setCellValue(key);
			assertThat(Sheets.problems(rejected(workbook, "2024-06")))
				.containsExactly("5 | — | 该行不属于市人力资源和社会保障局（可能复制了其他单位模板的行）", "6 | — | 该行与第4行重复");
		}
		try (XSSFWorkbook workbook = template("2024-06", false)) {
			// Someone saves the report on the page after the download.
			this.mvc
				.perform(post("/reports/{id}", project().id()).with(PortalUsers.user("rsj"))
					.with(csrf())
					.param("month", "2024-06")
					.param("version", "-1")
					.param("v" + indicators().get(0).id(), "1"))
				.andExpect(redirectedUrl("/reports?month=2024-06#project-" + project().id()));
			workbook.getSheetAt(0).getRow(FIRST_DATA_ROW).getCell(VALUE).setCellValue(2);
			assertThat(Sheets.problems(rejected(workbook, "2024-06")))
				.containsExactly("4 | — | 1-13（2024年6月）：下载模板后这份报告已被修改，请重新下载模板后再填写");
		}
		this.jdbc.update("update report set status = 'SUBMITTED' where unit_id = ?", unit("rsj"));
		try (XSSFWorkbook workbook = template("2024-06", false)) {
			Row row = workbook.getSheetAt(0).getRow(FIRST_DATA_ROW);
			assertThat(row.getCell(VALUE).getCellStyle().getLocked()).isTrue();
			assertThat(row.getCell(13).getStringCellValue()).isEqualTo("已报送（不可修改）");
			// Unchanged: nothing to do, and no error.
			MvcResult result = this.mvc.perform(upload(workbook, "2024-06"))
				.andExpect(redirectedUrl("/reports?month=2024-06"))
				.andReturn();
			assertThat(result.getFlashMap().get("imported")).isEqualTo("文件中的内容与系统中已保存的一致，没有需要导入的变化。");
			row.getCell(VALUE).setCellValue(3);
			assertThat(Sheets.problems(rejected(workbook, "2024-06")))
				.containsExactly("4 | — | 1-13（2024年6月）：这份报告已报送或已审核，不能再修改。");
		}
		assertThat(this.jdbc.queryForObject(
				"select v.cumulative from report_value v join report r on r.id = v.report_id where r.unit_id = ? "
						+ "and v.indicator_id = ?",
				BigDecimal.class, unit("rsj"), indicators().get(0).id()))
			.isEqualByComparingTo("1");
	}

	@Test
	void aMalformedYearOrMonthInTheHiddenKeysIsAProblemNeverAnError() throws Exception {
		String marker = "minsheng-reports/1|" + unit("rsj") + "|";
		// 4294969320 is 2024 once cut to an int.
		for (String scope : List.of("Y1000000000", "Y4294969320", "Y99999999999999999999", "Y-2024", "Y", "Y2023")) {
			try (XSSFWorkbook workbook = template("2024-06", true)) {
				workbook.getSheetAt(0).getRow(0).getCell(0).setCellValue(marker + scope);
				assertThat(Sheets.problems(rejected(workbook, "2024-06"))).as(scope)
					.containsExactly("整个文件 | — | 模板不属于当前计划年度，请重新下载模板");
			}
		}
		for (String scope : List.of("+1000000000-01", "2024-13", "")) {
			try (XSSFWorkbook workbook = template("2024-06", false)) {
				workbook.getSheetAt(0).getRow(0).getCell(0).setCellValue(marker + scope);
				assertThat(Sheets.problems(rejected(workbook, "2024-06"))).as(scope)
					.containsExactly("整个文件 | — | 这不是月度填报模板，请在“月度填报”页面下载模板填写");
			}
		}
		try (XSSFWorkbook workbook = template("2024-06", false)) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			String key = sheet.getRow(FIRST_DATA_ROW).getCell(0).getStringCellValue();
			sheet.getRow(FIRST_DATA_ROW).getCell(0).setCellValue(key.replace("|2024-06|", "|+999999999-12|"));
			sheet.getRow(FIRST_DATA_ROW + 1).getCell(0).setCellValue(key.replace("|2024-06|", "|+1000000000-01|"));
			sheet.getRow(FIRST_DATA_ROW + 2)
				.getCell(0)
				.setCellValue(key.substring(0, key.lastIndexOf('|')) + "|99999999999999999999");
			List<String> problems = Sheets.problems(rejected(workbook, "2024-06"));
			assertThat(problems).hasSize(3);
			assertThat(problems.get(0)).startsWith("4 | — | 该行的月份（").endsWith("）不属于本模板");
			assertThat(problems.subList(1, 3)).containsExactly("5 | — | 无法识别该行（可能增加了行或改动了隐藏列），请在模板原有的行中填写",
					"6 | — | 无法识别该行（可能增加了行或改动了隐藏列），请在模板原有的行中填写");
		}
		assertThat(reports()).isZero();
	}

	@Test
	void aReportChangedWhileTheFileIsSavedRejectsTheFileWithNothingStored() throws Exception {
		this.mvc
			.perform(post("/reports/{id}", project().id()).with(PortalUsers.user("rsj"))
				.with(csrf())
				.param("month", "2024-06")
				.param("version", "-1")
				.param("v" + indicators().get(0).id(), "1"))
			.andExpect(redirectedUrl("/reports?month=2024-06#project-" + project().id()));
		byte[] file;
		try (XSSFWorkbook workbook = template("2024-06", false)) {
			workbook.getSheetAt(0).getRow(FIRST_DATA_ROW).getCell(VALUE).setCellValue(2);
			file = Sheets.bytes(workbook);
		}
		CurrentUser rsj = (CurrentUser) this.users.loadUserByUsername("rsj");
		// The import has read the report (version 0) when another save commits version 1:
		// its own write then finds the row changed.
		ImportRejectedException rejected = new TransactionTemplate(this.transactions).execute((tx) -> {
			tx.setRollbackOnly();
			this.entityManager.createQuery("select r from Report r where r.unitId = ?1")
				.setParameter(1, unit("rsj"))
				.getResultList();
			this.jdbc.update("update report set version = version + 1 where unit_id = ?", unit("rsj"));
			try {
				this.reportWorkbooks.importFile(rsj, YearMonth.of(2024, 6), file.length, new ByteArrayResource(file));
				return null;
			}
			catch (ImportRejectedException ex) {
				return ex;
			}
		});
		assertThat(rejected).isNotNull();
		assertThat(rejected.problems()).extracting((p) -> p.reason().code()).containsExactly("import.report.changed");
		assertThat(this.jdbc.queryForObject(
				"select v.cumulative from report_value v join report r on r.id = v.report_id where r.unit_id = ? "
						+ "and v.indicator_id = ?",
				BigDecimal.class, unit("rsj"), indicators().get(0).id()))
			.isEqualByComparingTo("1");
	}

	@Test
	void onlyReportingUnitsUseTheTemplates() throws Exception {
		this.mvc.perform(get("/reports/template.xlsx").with(PortalUsers.user("leader")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(multipart("/reports/import").file(Sheets.file(new byte[10]))
				.param("month", "2024-06")
				.with(PortalUsers.user("admin"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/reports/template.xlsx").param("month", "2023-12").with(PortalUsers.user("rsj")))
			.andExpect(status().isNotFound());
	}

	private void approvedMay(int brands, int bases, int jobs) {
		Long reportId = this.jdbc.queryForObject(
				"insert into report (unit_id, project_id, period, status, updated_at) values (?, ?, '2024-05-01', "
						+ "'APPROVED', now()) returning id",
				Long.class, unit("rsj"), project().id());
		List<IndicatorView> indicators = indicators();
		int[] values = { brands, bases, jobs };
		for (int i = 0; i < 3; i++) {
			this.jdbc.update("insert into report_value (report_id, indicator_id, cumulative) values (?, ?, ?)",
					reportId, indicators.get(i).id(), values[i]);
		}
	}

	private void extension(int month) {
		this.jdbc.update(
				"insert into extension (unit_id, period, until, reason, granted_at) values (?, ?, "
						+ "'2024-07-10T18:00:00+08:00', '测试', now())",
				unit("rsj"), java.time.LocalDate.of(2024, month, 1));
	}

	private int reports() {
		return this.jdbc.queryForObject("select count(*) from report where unit_id = ?", Integer.class, unit("rsj"));
	}

	private String rejected(XSSFWorkbook workbook, String month) throws Exception {
		return this.mvc.perform(upload(workbook, month))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private RequestBuilder upload(XSSFWorkbook workbook, String month) throws Exception {
		return multipart("/reports/import").file(Sheets.file(Sheets.bytes(workbook)))
			.param("month", month)
			.with(PortalUsers.user("rsj"))
			.with(csrf());
	}

	private XSSFWorkbook template(String month, boolean year) throws Exception {
		return Sheets.open(this.mvc
			.perform(get("/reports/template.xlsx").param("month", month)
				.param("year", String.valueOf(year))
				.with(PortalUsers.user("rsj")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
	}

	private Long unit(String code) {
		return this.units.findByCode(code).orElseThrow().id();
	}

	private ProjectView project() {
		return this.plans.currentOverview()
			.orElseThrow()
			.projects()
			.stream()
			.filter((p) -> p.code().equals("1-13"))
			.findFirst()
			.orElseThrow();
	}

	private List<IndicatorView> indicators() {
		return project().indicators();
	}

}
