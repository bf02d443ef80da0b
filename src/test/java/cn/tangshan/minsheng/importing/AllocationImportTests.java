package cn.tangshan.minsheng.importing;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import cn.tangshan.minsheng.PortalTest;
import cn.tangshan.minsheng.account.PortalUsers;
import cn.tangshan.minsheng.org.Units;
import cn.tangshan.minsheng.plan.IndicatorView;
import cn.tangshan.minsheng.plan.PlanCatalog;
import cn.tangshan.minsheng.plan.ProjectView;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The allocation grid as an Excel file: the template, a round trip through it, and every
 * way a file is refused with nothing stored. Writes only the shares of 市残联's indicators
 * (1-14, 精准助残服务), and removes them again.
 */
@PortalTest
class AllocationImportTests {

	/** Template layout: hidden key column A, unit labels in B, indicators from C. */
	private static final int FIRST_DATA_ROW = 5;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlanCatalog plans;

	@Autowired
	Units units;

	@BeforeEach
	@AfterEach
	void removeSharesOfTheIndicatorsUnderTest() {
		for (IndicatorView indicator : indicators()) {
			this.jdbc.update("delete from allocation where indicator_id = ?", indicator.id());
			this.jdbc.update("delete from audit_entry where action = 'ALLOCATION_CHANGED' and indicator_id = ?",
					indicator.id());
		}
	}

	@Test
	void templateIsTheGridWithTheStoredSharesLockedHeadingsAndInstructions() throws Exception {
		IndicatorView children = indicators().get(0);
		this.jdbc.update(
				"insert into allocation (indicator_id, unit_id, amount, updated_at) values (?, ?, 55.5, now())",
				children.id(), unit("lunan"));
		MvcResult result = this.mvc.perform(get("/allocations/template.xlsx").with(PortalUsers.user("cl")))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(result.getResponse().getContentType()).isEqualTo(Sheets.XLSX);
		assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment").contains(".xlsx");
		try (XSSFWorkbook workbook = Sheets.open(result.getResponse().getContentAsByteArray())) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
			assertThat(workbook.getSheetName(0)).isEqualTo("任务分解");
			assertThat(workbook.getSheetName(1)).isEqualTo("填写说明");
			assertThat(workbook.getSheetAt(1).getRow(2).getCell(0).getStringCellValue()).startsWith("1. 只在黄色单元格中填写");
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getProtect()).isTrue();
			assertThat(sheet.isColumnHidden(0)).isTrue();
			assertThat(sheet.getRow(1).getZeroHeight()).isTrue();
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("市残疾人联合会 任务分解表");
			assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("1-14 精准助残服务工程");
			Row headings = sheet.getRow(3);
			assertThat(headings.getCell(2).getStringCellValue()).isEqualTo("残疾儿童康复救助（名）");
			assertThat(headings.getCell(7).getStringCellValue()).isEqualTo("残疾人家庭无障碍改造（户）");
			assertThat(headings.getCell(8)).isNull();
			assertThat(sheet.getRow(4).getCell(2).getStringCellValue()).isEqualTo("1100名");
			assertThat(headings.getCell(2).getCellStyle().getLocked()).isTrue();
			int lunan = Sheets.rowOf(sheet, 1, "路南区");
			assertThat(lunan).isEqualTo(FIRST_DATA_ROW);
			assertThat(sheet.getRow(lunan).getCell(2).getNumericCellValue()).isEqualTo(55.5);
			assertThat(sheet.getRow(lunan).getCell(2).getCellStyle().getLocked()).isFalse();
			assertThat(sheet.getRow(lunan).getCell(3).getCellType()).isEqualTo(CellType.BLANK);
			int city = Sheets.rowOf(sheet, 1, "市本级（市残联）");
			assertThat(city).isEqualTo(FIRST_DATA_ROW + 18);
			Row sum = sheet.getRow(city + 1);
			assertThat(sum.getCell(1).getStringCellValue()).isEqualTo("合计");
			assertThat(sum.getCell(2).getCellFormula()).isEqualTo("SUM(C6:C24)");
		}
	}

	@Test
	void aFilledInTemplateIsStoredExactlyAndEveryChangedCellIsAudited() throws Exception {
		List<IndicatorView> indicators = indicators();
		this.jdbc.update("insert into allocation (indicator_id, unit_id, amount, updated_at) values (?, ?, 7, now())",
				indicators.get(1).id(), unit("guye"));
		try (XSSFWorkbook workbook = template("cl")) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			sheet.getRow(Sheets.rowOf(sheet, 1, "路南区")).getCell(2).setCellValue(3);
			// Text typed into a number cell, with full-width digits, counts as typed.
			sheet.getRow(Sheets.rowOf(sheet, 1, "路北区")).getCell(2).setCellValue("２.５");
			sheet.getRow(Sheets.rowOf(sheet, 1, "市本级（市残联）")).getCell(7).setCellValue(10.25);
			// Clearing a cell removes the share.
			sheet.getRow(Sheets.rowOf(sheet, 1, "古冶区")).getCell(3).setBlank();
			MvcResult result = this.mvc.perform(upload("cl", workbook))
				.andExpect(redirectedUrl("/allocations"))
				.andReturn();
			assertThat(result.getFlashMap().get("imported")).isEqualTo("已导入任务分解：读取19行，4个分解数有变化。");
		}
		assertThat(shares(indicators.get(0))).containsOnly(Map.entry(unit("lunan"), new BigDecimal("3.00")),
				Map.entry(unit("lubei"), new BigDecimal("2.50")));
		assertThat(shares(indicators.get(1))).isEmpty();
		assertThat(shares(indicators.get(5))).containsOnly(Map.entry(unit("cl"), new BigDecimal("10.25")));
		assertThat(this.jdbc.queryForList(
				"select coalesce(old_value, '-') || '>' || coalesce(new_value, '-') || '@' || username from audit_entry "
						+ "where action = 'ALLOCATION_CHANGED' and indicator_id in (?, ?, ?) order by id",
				String.class, indicators.get(0).id(), indicators.get(1).id(), indicators.get(5).id()))
			.containsExactly("->3@cl", "->2.5@cl", "7>-@cl", "->10.25@cl");
		String page = this.mvc.perform(get("/allocations").with(PortalUsers.user("cl")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("value=\"3\"", "value=\"2.5\"", "value=\"10.25\"",
				"href=\"/allocations/template.xlsx\"", "action=\"/allocations/import\"",
				"enctype=\"multipart/form-data\"");

		// The same file again changes nothing: its versions are out of date now.
		try (XSSFWorkbook workbook = template("cl")) {
			this.mvc.perform(upload("cl", workbook)).andExpect(redirectedUrl("/allocations"));
		}
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'ALLOCATION_CHANGED' and indicator_id = ?",
				Integer.class, indicators.get(0).id()))
			.isEqualTo(2);
	}

	@Test
	void badCellsAreListedByRowColumnAndReasonAndNothingIsStored() throws Exception {
		try (XSSFWorkbook workbook = template("cl")) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			int lunan = Sheets.rowOf(sheet, 1, "路南区");
			sheet.getRow(lunan).getCell(2).setCellValue("abc");
			sheet.getRow(lunan + 1).getCell(2).setCellValue(-1);
			sheet.getRow(lunan + 2).getCell(2).setCellValue(1.234);
			sheet.getRow(lunan + 3).getCell(3).setCellFormula("1+2");
			sheet.getRow(lunan + 4).getCell(3).setCellValue(4);
			sheet.getRow(lunan + 4).createCell(9).setCellValue(8);
			// A row typed below the grid, with no key.
			Row extra = sheet.createRow(sheet.getLastRowNum() + 2);
			extra.createCell(1).setCellValue("新增单位");
			extra.createCell(2).setCellValue(1);
			String page = rejected("cl", workbook);
			assertThat(Sheets.problems(page)).containsExactly("6 | C列（残疾儿童康复救助） | 请输入数字", "7 | C列（残疾儿童康复救助） | 分解数不能为负数",
					"8 | C列（残疾儿童康复救助） | 最多保留2位小数", "9 | D列（残疾人基本康复服务） | 此处不能使用公式，请直接填写数值或文字",
					"10 | J | 该列不是模板中的列，请勿增加列",
					(extra.getRowNum() + 1) + " | B列（单位） | 无法识别该行（可能增加了行或改动了隐藏列），请在模板原有的行中填写");
			assertThat(page).contains("文件中有6处问题，全部未导入。", "系统中的数据没有任何改动。", "href=\"/allocations\"");
		}
		indicators().forEach((indicator) -> assertThat(shares(indicator)).isEmpty());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'ALLOCATION_CHANGED' and username = 'cl'",
				Integer.class))
			.isZero();
	}

	@Test
	void filesThatAreNotAFilledInTemplateAreRefusedWithAClearMessage() throws Exception {
		assertRefused(new byte[0], "请选择要导入的文件（文件不能为空）");
		assertRefused(new byte[5 * 1024 * 1024 + 1], "文件太大：不能超过5MB");
		assertRefused("单位,数值\n路南区,3\n".getBytes(StandardCharsets.UTF_8), "这不是Excel文件");
		assertRefused(new byte[] { (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a,
				(byte) 0xe1, 0, 0 }, "不支持 .xls 格式或加密的Excel文件");
		assertRefused(new byte[] { 0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, "文件已损坏或不是有效的 .xlsx 文件");
		assertRefused(zipBomb(), "文件已损坏或不是有效的 .xlsx 文件");
		assertRefused(Sheets.bytes(new XSSFWorkbook()), "这不是任务分解模板");
		this.mvc.perform(multipart("/allocations/import").with(PortalUsers.user("cl")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("请选择要导入的文件（文件不能为空）"));
		try (XSSFWorkbook other = template("zjj")) {
			assertRefused(Sheets.bytes(other), "这是市住房和城乡建设局的模板，不能导入到市残疾人联合会，请下载本单位的模板");
		}
		try (XSSFWorkbook workbook = template("cl")) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			for (int r = sheet.getLastRowNum(); r >= FIRST_DATA_ROW; r--) {
				sheet.removeRow(sheet.getRow(r));
			}
			assertRefused(Sheets.bytes(workbook), "文件中没有数据行，请在模板中填写后再导入");
		}
		try (XSSFWorkbook workbook = template("cl")) {
			workbook.getSheetAt(0).removeRow(workbook.getSheetAt(0).getRow(1));
			assertRefused(Sheets.bytes(workbook), "表头与模板不一致");
		}
		try (XSSFWorkbook workbook = template("cl")) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			int lunan = Sheets.rowOf(sheet, 1, "路南区");
			sheet.getRow(lunan + 1).getCell(0).setCellValue(sheet.getRow(lunan).getCell(0).getStringCellValue());
			sheet.getRow(lunan + 2).getCell(0).setCellValue("U|999999");
			sheet.getRow(1).getCell(4).setCellValue("I|999999|x");
			String page = rejected("cl", workbook);
			assertThat(Sheets.problems(page)).containsExactly("4 | E列（残疾人辅助器具适配服务（名）） | 该列不是本单位可分解的指标，请重新下载模板",
					"7 | B列（单位） | 该行与第6行重复", "8 | B列（单位） | 无法识别该行的单位（可能复制了其他模板的行），请重新下载模板");
		}
		// Over the container's limit (10 MB) the upload never reaches the import: the
		// filter sends the browser here.
		assertThat(Sheets.problems(this.mvc.perform(get("/allocations/import/too-large").with(PortalUsers.user("cl")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString())).containsExactly("整个文件 | — | 文件太大：不能超过5MB");
		indicators().forEach((indicator) -> assertThat(shares(indicator)).isEmpty());
	}

	@Test
	void malformedHiddenKeysAreProblemsNeverErrors() throws Exception {
		try (XSSFWorkbook workbook = template("cl")) {
			workbook.getSheetAt(0).getRow(0).getCell(0).setCellValue("minsheng-allocations/1|99999999999999999999");
			assertRefused(Sheets.bytes(workbook), "这是?的模板，不能导入到市残疾人联合会，请下载本单位的模板");
		}
		try (XSSFWorkbook workbook = template("cl")) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			int lunan = Sheets.rowOf(sheet, 1, "路南区");
			sheet.getRow(lunan).getCell(0).setCellValue("U|99999999999999999999");
			sheet.getRow(lunan + 1).getCell(0).setCellValue("U|-5");
			sheet.getRow(lunan + 2).getCell(0).setCellValue("U|");
			String children = sheet.getRow(1).getCell(2).getStringCellValue();
			sheet.getRow(1).getCell(2).setCellValue(children.substring(0, children.lastIndexOf('|')) + "|x|y");
			sheet.getRow(1).getCell(3).setCellValue("I|99999999999999999999|x");
			sheet.getRow(1).getCell(4).setCellValue("I|-1|x");
			List<String> problems = Sheets.problems(rejected("cl", workbook));
			assertThat(problems).contains("6 | B列（单位） | 无法识别该行的单位（可能复制了其他模板的行），请重新下载模板",
					"7 | B列（单位） | 无法识别该行的单位（可能复制了其他模板的行），请重新下载模板", "8 | B列（单位） | 无法识别该行的单位（可能复制了其他模板的行），请重新下载模板");
			assertThat(problems).filteredOn((p) -> p.startsWith("4 | ")).hasSize(3);
		}
		indicators().forEach((indicator) -> assertThat(shares(indicator)).isEmpty());
	}

	@Test
	void aColumnChangedAfterTheDownloadIsNotOverwritten() throws Exception {
		IndicatorView children = indicators().get(0);
		try (XSSFWorkbook workbook = template("cl")) {
			// Someone saves on the page meanwhile.
			this.mvc
				.perform(post("/allocations").with(PortalUsers.user("cl"))
					.with(csrf())
					.param("v[" + children.id() + "]", token(template("cl"), 2))
					.param("a[" + children.id() + "_" + unit("lunan") + "]", "9"))
				.andExpect(redirectedUrl("/allocations"));
			XSSFSheet sheet = workbook.getSheetAt(0);
			sheet.getRow(Sheets.rowOf(sheet, 1, "路南区")).getCell(2).setCellValue(30);
			sheet.getRow(Sheets.rowOf(sheet, 1, "路北区")).getCell(3).setCellValue(40);
			String page = rejected("cl", workbook);
			assertThat(Sheets.problems(page)).containsExactly("4 | C列（残疾儿童康复救助） | 下载模板后，该指标的分解已被他人修改，请重新下载模板后再填写");
		}
		assertThat(shares(children)).containsOnly(Map.entry(unit("lunan"), new BigDecimal("9.00")));
		assertThat(shares(indicators().get(1))).isEmpty();
	}

	@Test
	void onlyDepartmentsAndTheCoordinatorImportAGrid() throws Exception {
		this.mvc.perform(get("/allocations/template.xlsx").with(PortalUsers.user("lunan")))
			.andExpect(status().isForbidden());
		byte[] file;
		try (XSSFWorkbook workbook = template("cl")) {
			file = Sheets.bytes(workbook);
		}
		this.mvc.perform(
				multipart("/allocations/import").file(Sheets.file(file)).with(PortalUsers.user("lunan")).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(multipart("/allocations/import").file(Sheets.file(file)).with(PortalUsers.user("cl")))
			.andExpect(status().isForbidden());
	}

	private void assertRefused(byte[] content, String message) throws Exception {
		String page = this.mvc.perform(
				multipart("/allocations/import").file(Sheets.file(content)).with(PortalUsers.user("cl")).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Sheets.problems(page)).singleElement().asString().startsWith("整个文件 | — | " + message);
	}

	private String rejected(String username, XSSFWorkbook workbook) throws Exception {
		return this.mvc.perform(upload(username, workbook))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private RequestBuilder upload(String username, XSSFWorkbook workbook) throws Exception {
		MockMultipartFile file = Sheets.file(Sheets.bytes(workbook));
		return multipart("/allocations/import").file(file).with(PortalUsers.user(username)).with(csrf());
	}

	private XSSFWorkbook template(String username) throws Exception {
		return Sheets.open(this.mvc.perform(get("/allocations/template.xlsx").with(PortalUsers.user(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
	}

	private static String token(XSSFWorkbook workbook, int column) throws Exception {
		try (workbook) {
			String key = workbook.getSheetAt(0).getRow(1).getCell(column).getStringCellValue();
			return key.substring(key.lastIndexOf('|') + 1);
		}
	}

	/**
	 * A small archive that inflates to 80 MB of zeros.
	 */
	static byte[] zipBomb() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 80; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	private Map<Long, BigDecimal> shares(IndicatorView indicator) {
		Map<Long, BigDecimal> shares = new HashMap<>();
		this.jdbc.queryForList("select unit_id, amount from allocation where indicator_id = ?", indicator.id())
			.forEach((row) -> shares.put(((Number) row.get("unit_id")).longValue(), (BigDecimal) row.get("amount")));
		return shares;
	}

	private Long unit(String code) {
		return this.units.findByCode(code).orElseThrow().id();
	}

	/**
	 * The quantitative indicators of 1-14 精准助残服务工程, in plan order.
	 */
	private List<IndicatorView> indicators() {
		return this.plans.currentOverview()
			.orElseThrow()
			.projects()
			.stream()
			.filter((p) -> p.leads().stream().anyMatch((u) -> u.code().equals("cl")))
			.flatMap((ProjectView p) -> p.indicators().stream())
			.filter(IndicatorView::isQuantitative)
			.toList();
	}

}
