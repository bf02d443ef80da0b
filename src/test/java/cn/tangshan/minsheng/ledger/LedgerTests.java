package cn.tangshan.minsheng.ledger;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.tangshan.minsheng.MutableClock;
import cn.tangshan.minsheng.PortalTest;
import cn.tangshan.minsheng.TestData;
import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.account.PortalUsers;
import cn.tangshan.minsheng.dashboard.Dashboard;
import cn.tangshan.minsheng.dashboard.Dashboards;
import cn.tangshan.minsheng.plan.ProjectView;
import cn.tangshan.minsheng.progress.Status;
import jakarta.persistence.EntityManagerFactory;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The work ledger on its own data, read back with POI. The data touches only 1-3 口袋公园
 * (市城管执法局, 14个) and 1-16 法律援助 (市司法局, 5000件以上, not split), and the counties 遵化市 and 迁安市:
 *
 * <pre>
 *               1-3 share  April           May
 * 遵化市            5                        3, approved
 * 迁安市            5                        4, submitted, not reviewed ("迁安未审核草稿")
 * 市城管执法局       4          2, approved
 *               1-16
 * 市司法局        (5000)                    2600, approved, texts "=HYPERLINK(…)" and "@SUM(1)"
 * </pre>
 *
 * The clock (2024-07-03) opens the ledger on May, expected progress 50%: 1-3 stands at (3
 * + 2) ÷ 14 = 35.7% (滞后), 1-16 at 52.0% (正常). The lead department's text speaks for its
 * project (1-3's 进展情况 is 市城管执法局's April text); where the lead wrote none, the units'
 * texts are cited with their names (1-3's 存在问题 is 遵化市's).
 */
@PortalTest
class LedgerTests {

	@Autowired
	TestData data;

	static final YearMonth APRIL = YearMonth.of(2024, 4);

	static final YearMonth MAY = YearMonth.of(2024, 5);

	static final String INJECTION = "=HYPERLINK(\"http://example.com/x\",\"点击查看\")";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Dashboards dashboards;

	@Autowired
	WorkLedgers ledgers;

	@Autowired
	MutableClock clock;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	ProjectView parks;

	ProjectView legalAid;

	@BeforeEach
	void buildDataset() {
		clean();
		this.parks = this.data.project("1-3");
		this.legalAid = this.data.project("1-16");
		Long parksIndicator = this.parks.indicators().get(0).id();
		Long cases = this.legalAid.indicators().get(0).id();
		this.data.allocate(parksIndicator, "zunhua", 5);
		this.data.allocate(parksIndicator, "qianan", 5);
		this.data.allocate(parksIndicator, "cgj", 4);
		report("zunhua", this.parks, MAY, "APPROVED", "2024-06-03T10:00", parksIndicator, 3, "遵化市新建口袋公园3个", "用地协调慢");
		report("qianan", this.parks, MAY, "SUBMITTED", "2024-06-04T10:00", parksIndicator, 4, "迁安未审核草稿", null);
		report("cgj", this.parks, APRIL, "APPROVED", "2024-05-04T10:00", parksIndicator, 2, "市本级开工2个", null);
		report("sfj", this.legalAid, MAY, "APPROVED", "2024-06-02T10:00", cases, 2600, INJECTION, "@SUM(1)");
	}

	@AfterEach
	void clean() {
		this.clock.reset();
		List<Long> projects = List.of(this.data.project("1-3").id(), this.data.project("1-16").id());
		for (Long project : projects) {
			this.jdbc.update("delete from report where project_id = ?", project);
			this.jdbc.update(
					"delete from allocation where indicator_id in (select id from indicator where project_id = ?)",
					project);
		}
	}

	@Test
	void figuresEqualTheDashboardsForEveryRole() {
		for (String username : List.of("fgw", "leader", "cgj", "sfj", "zunhua")) {
			CurrentUser user = this.data.user(username);
			Dashboard d = this.dashboards.view(user, MAY);
			WorkLedger ledger = this.ledgers.of(user, MAY);
			assertThat(ledger.month()).isEqualTo(d.month());
			assertThat(ledger.expectedPercent()).isEqualTo(d.expectedPercent());
			assertThat(ledger.projects()).extracting((p) -> p.project().code(), WorkLedger.ProjectEntry::status)
				.as(username)
				.containsExactlyElementsOf(
						d.projects().stream().map((p) -> tuple(p.project().code(), p.status())).toList());
			List<Dashboard.IndicatorLine> expected = d.projects()
				.stream()
				.flatMap((p) -> p.indicators().stream())
				.toList();
			List<Dashboard.IndicatorLine> actual = ledger.projects()
				.stream()
				.flatMap((p) -> p.indicators().stream())
				.toList();
			assertThat(actual).as(username).isEqualTo(expected);
		}
		WorkLedger.ProjectEntry parks = entry(this.ledgers.of(this.data.user("fgw"), null), "1-3");
		Dashboard.IndicatorLine line = parks.indicators().get(0);
		assertThat(line.approved()).isEqualByComparingTo("5");
		assertThat(line.assessment().rate().percent()).contains(new BigDecimal("35.7"));
		assertThat(parks.status()).isEqualTo(Status.LAGGING);
		assertThat(parks.progress()).isEqualTo("市城管执法局（2024年4月）：市本级开工2个");
		assertThat(parks.problems()).isEqualTo("遵化市：用地协调慢");
		assertThat(entry(this.ledgers.of(this.data.user("fgw"), null), "1-16").progress()).isEqualTo(INJECTION);
	}

	@Test
	void manyUnitsTextsPointToTheSheetByUnit() {
		Long parksIndicator = this.parks.indicators().get(0).id();
		for (String county : List.of("yutian", "qianxi", "luanzhou")) {
			this.data.allocate(parksIndicator, county, 1);
			report(county, this.parks, MAY, "APPROVED", "2024-06-03T10:00", parksIndicator, 1, null, county + "的问题");
		}
		WorkLedger ledger = this.ledgers.of(this.data.user("fgw"), MAY);
		WorkLedger.ProjectEntry parks = entry(ledger, "1-3");
		assertThat(parks.problems()).isEqualTo("4个单位填报，详见Excel台账“分单位完成情况”表。");
		assertThat(parks.progress()).isEqualTo("市城管执法局（2024年4月）：市本级开工2个");
		assertThat(ledger.counties()
			.stream()
			.filter((r) -> r.project().code().equals("1-3"))
			.findFirst()
			.orElseThrow()
			.units()).extracting((l) -> l.figures().unit().code(), WorkLedger.UnitEntry::problems)
			.contains(tuple("zunhua", "用地协调慢"), tuple("yutian", "yutian的问题"), tuple("qianan", ""));
	}

	@Test
	void workbookHasHeadersValuesFormatsLightsAndPrintSetup() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/ledger.xlsx").param("month", "2024-05").with(PortalUsers.user("fgw")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		String disposition = response.getHeader("Content-Disposition");
		assertThat(disposition).startsWith("attachment; filename=\"ledger-2024-05.xlsx\"; filename*=UTF-8''");
		assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2), StandardCharsets.UTF_8))
			.isEqualTo("唐山市2024年民生工程工作台账（2024年5月）.xlsx");

		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			assertThat(book.getNumberOfSheets()).isEqualTo(4);
			assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3)))
				.containsExactly("工作台账", "分单位完成情况", "报送情况", "问题清单");
			XSSFSheet sheet = book.getSheetAt(0);
			assertThat(text(sheet, 0, 0)).isEqualTo("唐山市2024年民生工程工作台账（2024年5月）");
			assertThat(text(sheet, 1, 0)).startsWith("数据截至2024年5月底，序时进度50.0%");
			assertThat(List.of(text(sheet, 2, 0), text(sheet, 2, 1), text(sheet, 2, 2), text(sheet, 2, 3),
					text(sheet, 2, 6), text(sheet, 2, 11), text(sheet, 2, 12), text(sheet, 2, 13)))
				.containsExactly("序号", "编号", "项目名称", "指标", "完成情况", "牵头单位", "最新进展情况", "存在问题");
			assertThat(List.of(text(sheet, 3, 3), text(sheet, 3, 4), text(sheet, 3, 5), text(sheet, 3, 6),
					text(sheet, 3, 7), text(sheet, 3, 8), text(sheet, 3, 9), text(sheet, 3, 10)))
				.containsExactly("指标名称", "计量单位", "目标任务", "累计完成（已审核）", "完成率", "序时进度", "指标状态", "项目状态");
			assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A1:N1"),
					CellRangeAddress.valueOf("A3:A4"), CellRangeAddress.valueOf("D3:F3"),
					CellRangeAddress.valueOf("G3:K3"), CellRangeAddress.valueOf("M3:M4"));
			assertThat(text(sheet, 4, 0)).isEqualTo("一、省达19项民生工程（19项）");
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 4);
			assertThat(sheet.getPaneInformation().getVerticalSplitLeftColumn()).isEqualTo((short) 4);

			Row parks = rowOf(sheet, 1, "1-3");
			assertThat(parks.getCell(2).getStringCellValue()).isEqualTo("口袋公园建设工程");
			assertThat(parks.getCell(3).getStringCellValue()).isEqualTo("新建口袋公园");
			assertThat(parks.getCell(4).getStringCellValue()).isEqualTo("个");
			assertThat(parks.getCell(5).getNumericCellValue()).isEqualTo(14);
			assertThat(parks.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(parks.getCell(6).getNumericCellValue()).isEqualTo(5);
			assertThat(parks.getCell(7).getNumericCellValue()).isEqualTo(0.357);
			assertThat(parks.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
			assertThat(parks.getCell(8).getNumericCellValue()).isEqualTo(0.5);
			assertThat(parks.getCell(8).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
			assertThat(parks.getCell(9).getStringCellValue()).isEqualTo("滞后");
			assertThat(fill(parks.getCell(9))).isEqualTo("F0B400");
			assertThat(parks.getCell(10).getStringCellValue()).isEqualTo("滞后");
			assertThat(parks.getCell(11).getStringCellValue()).isEqualTo("市城管执法局");
			assertThat(parks.getCell(12).getStringCellValue()).isEqualTo("市城管执法局（2024年4月）：市本级开工2个");
			assertThat(parks.getCell(13).getStringCellValue()).isEqualTo("遵化市：用地协调慢");
			// The text columns are wide and wrap; the project's columns fit its name.
			assertThat(sheet.getColumnWidth(12)).isEqualTo(46 * 256);
			assertThat(sheet.getColumnWidth(2)).isGreaterThanOrEqualTo(18 * 256);

			Row legalAid = rowOf(sheet, 1, "1-16");
			assertThat(legalAid.getCell(5).getNumericCellValue()).isEqualTo(5000);
			assertThat(legalAid.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0\"以上\"");
			assertThat(legalAid.getCell(7).getNumericCellValue()).isEqualTo(0.52);
			assertThat(fill(legalAid.getCell(9))).isEqualTo("198754");
			// Report texts are text, never formulas.
			XSSFCell injected = (XSSFCell) legalAid.getCell(12);
			assertThat(injected.getCellType()).isEqualTo(CellType.STRING);
			assertThat(injected.getStringCellValue()).isEqualTo(INJECTION);
			assertThat(injected.getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(legalAid.getCell(13).getCellType()).isEqualTo(CellType.STRING);
			assertThat(legalAid.getCell(13).getStringCellValue()).isEqualTo("@SUM(1)");
			for (XSSFSheet any : List.of(book.getSheetAt(0), book.getSheetAt(1), book.getSheetAt(2))) {
				for (Row row : any) {
					for (Cell cell : row) {
						assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
					}
				}
			}

			for (XSSFSheet any : List.of(book.getSheetAt(0), book.getSheetAt(1), book.getSheetAt(2))) {
				PrintSetup print = any.getPrintSetup();
				assertThat(print.getLandscape()).isTrue();
				assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
				assertThat(any.getFitToPage()).isTrue();
				assertThat(print.getFitWidth()).isEqualTo((short) 1);
				assertThat(print.getFitHeight()).isEqualTo((short) 0);
				assertThat(any.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("3:4"));
				assertThat(any.getFooter().getCenter()).isEqualTo("第 &P 页，共 &N 页");
			}

			XSSFSheet counties = book.getSheetAt(1);
			assertThat(List.of(text(counties, 2, 0), text(counties, 2, 2), text(counties, 2, 5), text(counties, 2, 6),
					text(counties, 3, 6), text(counties, 3, 7), text(counties, 3, 8)))
				.containsExactly("编号", "指标", "填报单位", "本单位完成情况", "分解任务", "累计完成（已审核）", "完成率");
			int first = rowOf(counties, 0, "1-3").getRowNum();
			assertThat(counties.getMergedRegions()).contains(new CellRangeAddress(first, first + 2, 0, 0));
			assertThat(unitLines(counties, first, 3)).containsExactly(tuple("遵化市", 5.0, 3.0, 0.6, "正常"),
					tuple("迁安市", 5.0, null, 0.0, "严重滞后"), tuple("市城市管理综合行政执法局", 4.0, 2.0, 0.5, "正常"));
			assertThat(fill(counties.getRow(first + 1).getCell(9))).isEqualTo("C62828");
			assertThat(List.of(text(counties, 2, 10), text(counties, 2, 11))).containsExactly("最新进展情况", "存在问题");
			assertThat(List.of(text(counties, first, 10), text(counties, first, 11), text(counties, first + 1, 10),
					text(counties, first + 2, 10)))
				.containsExactly("遵化市新建口袋公园3个", "用地协调慢", "", "2024年4月：市本级开工2个");

			XSSFSheet reporting = book.getSheetAt(2);
			assertThat(text(reporting, 3, 5)).isEqualTo("2024年5月");
			Row zunhua = rowOf(reporting, 0, "遵化市");
			assertThat(zunhua.getCell(5).getStringCellValue()).isEqualTo("按时报送（1/1）");
			assertThat(fill(zunhua.getCell(5))).isEqualTo("D1E7DD");
			assertThat(rowOf(reporting, 0, "迁安市").getCell(5).getStringCellValue()).isEqualTo("待审核（1/1）");
		}
	}

	@Test
	void aCountyDownloadsOnlyItsOwnLines() throws Exception {
		byte[] xlsx = this.mvc.perform(get("/ledger.xlsx").param("month", "2024-05").with(PortalUsers.user("zunhua")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Dashboard d = this.dashboards.view(this.data.user("zunhua"), MAY);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			XSSFSheet sheet = book.getSheetAt(0);
			assertThat(text(sheet, 1, 0)).endsWith("范围：遵化市");
			List<String> codes = new ArrayList<>();
			for (Row row : sheet) {
				if (row.getRowNum() > 3 && row.getCell(1) != null
						&& row.getCell(1).getStringCellValue().matches("\\d-\\d+")) {
					codes.add(row.getCell(1).getStringCellValue());
				}
			}
			assertThat(codes).containsExactlyElementsOf(d.projects().stream().map((p) -> p.project().code()).toList())
				.contains("1-3")
				.doesNotContain("1-16");
			XSSFSheet counties = book.getSheetAt(1);
			int first = rowOf(counties, 0, "1-3").getRowNum();
			assertThat(unitLines(counties, first, 1)).containsExactly(tuple("遵化市", 5.0, 3.0, 0.6, "正常"));
			assertThat(book.getSheetAt(2).getLastRowNum()).isLessThanOrEqualTo(6);
			assertThat(rowOf(book.getSheetAt(2), 0, "遵化市")).isNotNull();
			// Nothing of another county: not its name, not its unreviewed value or text.
			for (int s = 0; s < 3; s++) {
				for (Row row : book.getSheetAt(s)) {
					for (Cell cell : row) {
						if (cell.getCellType() == CellType.STRING) {
							assertThat(cell.getStringCellValue()).doesNotContain("迁安").doesNotContain("市本级开工");
						}
					}
				}
			}
		}
		this.mvc.perform(get("/ledger.csv").param("month", "2024-05").with(PortalUsers.user("zunhua")))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("遵化市新建口袋公园3个"), not(containsString("迁安")), not(containsString("HYPERLINK")))));
	}

	@Test
	void aDepartmentSeesItsProjectsWithoutUnreviewedValues() throws Exception {
		WorkLedger ledger = this.ledgers.of(this.data.user("cgj"), MAY);
		assertThat(ledger.projects()).extracting((p) -> p.project().code()).containsExactly("1-3");
		assertThat(ledger.scope()).isEqualTo("市城市管理综合行政执法局");
		assertThat(ledger.counties()).singleElement()
			.satisfies((row) -> assertThat(row.units())
				.extracting((l) -> l.figures().unit().code(), (l) -> l.figures().approved(),
						WorkLedger.UnitEntry::progress)
				.containsExactly(tuple("zunhua", new BigDecimal("3.00"), "遵化市新建口袋公园3个"), tuple("qianan", null, ""),
						tuple("cgj", new BigDecimal("2.00"), "2024年4月：市本级开工2个")));
		assertThat(ledger.completeness().rows()).extracting((r) -> r.unit().code())
			.containsExactly("zunhua", "qianan", "cgj");
		assertThat(ledger.projects().get(0).progress()).doesNotContain("迁安未审核草稿");
	}

	@Test
	void csvHasTheBomCrlfQuotingAndNeutralisedFormulas() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/ledger.csv").param("month", "2024-05").with(PortalUsers.user("fgw")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(URLDecoder.decode(response.getHeader("Content-Disposition").replaceFirst(".*''", ""),
				StandardCharsets.UTF_8))
			.isEqualTo("唐山市2024年民生工程工作台账（2024年5月）.csv");
		byte[] bytes = response.getContentAsByteArray();
		assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
		String[] records = csv.split("\r\n");
		assertThat(records[0]).startsWith("\"类别\",\"编号\",\"项目名称\",\"指标名称\",\"指标类型\",\"计量单位\",\"目标任务\"");
		assertThat(records).hasSize(1 + this.ledgers.of(this.data.user("fgw"), MAY).indicatorCount());
		String parks = find(records, "\"1-3\"");
		assertThat(parks).startsWith("\"省达19项民生工程\",\"1-3\",\"口袋公园建设工程\",\"新建口袋公园\",\"量化指标\",\"个\",\"14\",\"\",\"5\","
				+ "\"35.7\",\"50\",\"滞后\",\"滞后\",\"市城管执法局\",");
		String legalAid = find(records, "\"1-16\"");
		assertThat(legalAid).contains(",\"5000\",\"以上\",\"2600\",\"52\",\"50\",\"正常\",")
			.endsWith(",\"'=HYPERLINK(\"\"http://example.com/x\"\",\"\"点击查看\"\")\",\"'@SUM(1)\"");
		// The lead department speaks for the project; a county's text says whose it is.
		assertThat(csv).contains("\"市城管执法局（2024年4月）：市本级开工2个\",\"遵化市：用地协调慢\"");
	}

	@Test
	void pageShowsTheTableWithDownloadsAndTheNavItem() throws Exception {
		this.mvc.perform(get("/ledger").with(PortalUsers.user("fgw")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("工作台账 · 2024年5月"), containsString("口袋公园建设工程"),
					containsString("35.7%"), containsString("light-LAGGING"), containsString("市本级开工2个"),
					containsString("href=\"/ledger.xlsx?month=2024-05\""),
					containsString("href=\"/ledger.csv?month=2024-05\""), containsString("状态灯图例"),
					containsString("href=\"/ledger\" aria-current=\"page\""), not(containsString("迁安未审核草稿")),
					not(containsString("<script>")))));
		this.mvc.perform(get("/ledger").param("month", "2024-04").with(PortalUsers.user("leader")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("工作台账 · 2024年4月")));
		this.mvc.perform(get("/").with(PortalUsers.user("admin")))
			.andExpect(content().string(not(containsString("href=\"/ledger\""))));
	}

	@Test
	void administratorsHaveNoLedgerAndBadMonthsAreNotErrors() throws Exception {
		for (String path : List.of("/ledger", "/ledger.xlsx", "/ledger.csv")) {
			this.mvc.perform(get(path).with(PortalUsers.user("admin"))).andExpect(status().isForbidden());
			this.mvc.perform(get(path).param("month", "2024-08").with(PortalUsers.user("fgw")))
				.andExpect(status().isNotFound());
			this.mvc.perform(get(path).param("month", "2023-12").with(PortalUsers.user("fgw")))
				.andExpect(status().isNotFound());
			this.mvc.perform(get(path).param("month", "juni").with(PortalUsers.user("fgw")))
				.andExpect(status().isBadRequest());
			this.mvc.perform(get(path)).andExpect(status().is3xxRedirection());
		}
	}

	@Test
	void aDownloadIsAFixedNumberOfStatements() throws Exception {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		try {
			statistics.clear();
			this.mvc.perform(get("/ledger.xlsx").param("month", "2024-05").with(PortalUsers.user("fgw")))
				.andExpect(status().isOk());
			assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(20);
		}
		finally {
			statistics.setStatisticsEnabled(false);
		}
	}

	private static String find(String[] records, String code) {
		for (String record : records) {
			if (record.contains("," + code + ",")) {
				return record;
			}
		}
		throw new AssertionError("No record " + code);
	}

	private static List<org.assertj.core.groups.Tuple> unitLines(XSSFSheet sheet, int first, int count) {
		List<org.assertj.core.groups.Tuple> lines = new ArrayList<>();
		for (int r = first; r < first + count; r++) {
			Row row = sheet.getRow(r);
			lines.add(tuple(row.getCell(5).getStringCellValue(), number(row.getCell(6)), number(row.getCell(7)),
					number(row.getCell(8)), row.getCell(9).getStringCellValue()));
		}
		return lines;
	}

	private static Double number(Cell cell) {
		return (cell.getCellType() == CellType.NUMERIC) ? cell.getNumericCellValue() : null;
	}

	private static String fill(Cell cell) {
		return Optional.ofNullable(((XSSFCell) cell).getCellStyle().getFillForegroundColorColor())
			.map((c) -> c.getARGBHex().substring(2))
			.orElse(null);
	}

	private static String text(XSSFSheet sheet, int row, int col) {
		return sheet.getRow(row).getCell(col).getStringCellValue();
	}

	private static Row rowOf(XSSFSheet sheet, int col, String value) {
		for (Row row : sheet) {
			Cell cell = row.getCell(col);
			if (row.getRowNum() > 3 && cell != null && cell.getCellType() == CellType.STRING
					&& cell.getStringCellValue().equals(value)) {
				return row;
			}
		}
		throw new AssertionError("No row with " + value);
	}

	private WorkLedger.ProjectEntry entry(WorkLedger ledger, String code) {
		return ledger.projects().stream().filter((p) -> p.project().code().equals(code)).findFirst().orElseThrow();
	}

	private void report(String unit, ProjectView project, YearMonth month, String status, String submittedAt,
			Long indicator, int cumulative, String progress, String problems) {
		OffsetDateTime at = LocalDateTime.parse(submittedAt).atZone(MutableClock.ZONE).toOffsetDateTime();
		Long id = this.jdbc.queryForObject("""
				insert into report (unit_id, project_id, period, status, progress_text, problems_text,
					first_submitted_at, submitted_at, late, reviewed_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?) returning id""", Long.class, this.data.unitId(unit),
				project.id(), month.atDay(1), status, progress, problems, at, at, "APPROVED".equals(status) ? at : null,
				at);
		this.jdbc.update("insert into report_value (report_id, indicator_id, cumulative) values (?, ?, ?)", id,
				indicator, cumulative);
	}

}
