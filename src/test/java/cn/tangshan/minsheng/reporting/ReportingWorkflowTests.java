package cn.tangshan.minsheng.reporting;

import java.time.LocalDateTime;
import java.util.List;

import cn.tangshan.minsheng.MutableClock;
import cn.tangshan.minsheng.PortalTest;
import cn.tangshan.minsheng.account.PortalUsers;
import cn.tangshan.minsheng.plan.IndicatorView;
import cn.tangshan.minsheng.plan.PlanCatalog;
import cn.tangshan.minsheng.plan.ProjectView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The monthly cycle through the web layer, on real PostgreSQL: draft, submit, return with
 * a reason, resubmit, approve, reopen; the deadline and an extension with a moved clock;
 * conflicts; access; the audit trail. Uses project 1-4 (农村公路, led by 市交通运输局) split to 玉田县
 * and 丰润区, which no other test touches.
 */
@PortalTest
class ReportingWorkflowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlanCatalog plans;

	@Autowired
	MutableClock clock;

	Long project;

	Long indicator;

	@BeforeEach
	void splitRuralRoads() {
		ProjectView roads = project("1-4");
		this.project = roads.id();
		this.indicator = roads.indicators().get(0).id();
		this.jdbc.update("delete from audit_entry where report_id in (select id from report where project_id = ?)",
				this.project);
		this.jdbc.update("delete from report where project_id = ?", this.project);
		this.jdbc.update("delete from extension");
		this.jdbc.update("delete from allocation where indicator_id = ?", this.indicator);
		allocate("yutian", "40");
		allocate("fengrun", "30");
		allocate("jtj", "430");
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void countySeesItsTaskWithDeadline() throws Exception {
		this.mvc.perform(get("/reports").with(PortalUsers.user("yutian")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("玉田县 · 2024年6月进展填报"), containsString("报送截止：2024年7月5日 24:00（还剩2天）"),
						containsString("1-4 “四好农村路”提升工程"), containsString("建设改造农村公路"), containsString("40公里"))));
	}

	@Test
	void fullCycleFromDraftToApprovalAndReopening() throws Exception {
		this.mvc.perform(save("yutian", -1, "12.5", "").param("progress", "已完成路基12.5公里"))
			.andExpect(redirectedUrl("/reports?month=2024-06#project-" + this.project))
			.andExpect(flash().attribute("message", "report.saved"));
		assertThat(reportStatus("yutian")).isEqualTo("DRAFT");
		long version = version("yutian");

		this.mvc.perform(save("yutian", version, "12.5", "submit").param("progress", "已完成路基12.5公里"))
			.andExpect(flash().attribute("message", "report.submitted"));
		assertThat(reportStatus("yutian")).isEqualTo("SUBMITTED");
		assertThat(this.jdbc.queryForObject("select late from report where id = ?", Boolean.class, reportId("yutian")))
			.isFalse();

		this.mvc.perform(get("/reviews").with(PortalUsers.user("jtj")))
			.andExpect(content()
				.string(allOf(containsString("玉田县 · 1-4"), containsString("12.5"), containsString("已完成路基12.5公里"))));
		this.mvc
			.perform(post("/reviews/{id}/return", reportId("yutian")).with(PortalUsers.user("jtj"))
				.with(csrf())
				.param("version", String.valueOf(version("yutian")))
				.param("reason", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写原因")));
		assertThat(reportStatus("yutian")).isEqualTo("SUBMITTED");
		this.mvc
			.perform(post("/reviews/{id}/return", reportId("yutian")).with(PortalUsers.user("jtj"))
				.with(csrf())
				.param("version", String.valueOf(version("yutian")))
				.param("reason", "请补充路段清单"))
			.andExpect(redirectedUrl("/reviews"));
		assertThat(reportStatus("yutian")).isEqualTo("RETURNED");
		this.mvc.perform(get("/reports").with(PortalUsers.user("yutian")))
			.andExpect(content().string(allOf(containsString("已退回："), containsString("请补充路段清单"))));

		this.mvc.perform(save("yutian", version("yutian"), "13", "submit").param("progress", "已完成路基13公里，附清单"))
			.andExpect(flash().attribute("message", "report.submitted"));
		this.mvc
			.perform(post("/reviews/{id}/approve", reportId("yutian")).with(PortalUsers.user("jtj"))
				.with(csrf())
				.param("version", String.valueOf(version("yutian"))))
			.andExpect(flash().attribute("message", "review.approved"));
		assertThat(reportStatus("yutian")).isEqualTo("APPROVED");

		// Approved reports are locked: neither the form nor a crafted post changes them.
		this.mvc.perform(get("/reports").with(PortalUsers.user("yutian")))
			.andExpect(content().string(containsString("已审核")));
		this.mvc.perform(save("yutian", version("yutian"), "99", "save"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("这份报告已报送或已审核，不能再修改。")));
		assertThat(cumulative("yutian")).isEqualTo("13.00");

		this.mvc
			.perform(post("/reports/view/{id}/reopen", reportId("yutian")).with(PortalUsers.user("fgw"))
				.with(csrf())
				.param("version", String.valueOf(version("yutian")))
				.param("reason", "台账核对发现差错"))
			.andExpect(flash().attribute("message", "review.reopened"));
		assertThat(reportStatus("yutian")).isEqualTo("RETURNED");

		List<String> trail = this.jdbc.queryForList(
				"select action || coalesce(':' || reason, '') from audit_entry where report_id = ? and field = 'status' order by id",
				String.class, reportId("yutian"));
		assertThat(trail).containsExactly("SUBMITTED", "RETURNED:请补充路段清单", "SUBMITTED", "APPROVED",
				"REOPENED:台账核对发现差错");
		assertThat(this.jdbc.queryForList(
				"select coalesce(old_value, '-') || '>' || new_value || '@' || username from audit_entry "
						+ "where report_id = ? and indicator_id = ? order by id",
				String.class, reportId("yutian"), this.indicator))
			.containsExactly("->12.5@yutian", "12.5>13@yutian");
		this.mvc.perform(get("/reports/view/{id}", reportId("yutian")).with(PortalUsers.user("yutian")))
			.andExpect(content().string(allOf(containsString("修改与审核记录"), containsString("修改数值"),
					containsString("台账核对发现差错"), containsString("重新打开"))));
	}

	@Test
	void closedMonthNeedsAnExtensionAndTheLateReportIsMarked() throws Exception {
		this.clock.set(LocalDateTime.of(2024, 7, 6, 0, 0, 1));
		this.mvc.perform(get("/reports?month=2024-06").with(PortalUsers.user("fengrun")))
			.andExpect(content()
				.string(allOf(containsString("本月报送已截止"), containsString("readonly"), not(containsString("全部报送")))));
		this.mvc.perform(save("fengrun", -1, "10", "submit").param("progress", "进展"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("本月报送已截止，如需补报请联系市发改委申请延期。")));
		assertThat(this.jdbc.queryForObject("select count(*) from report where project_id = ?", Integer.class,
				this.project))
			.isZero();

		Long fengrun = unitId("fengrun");
		this.mvc
			.perform(post("/extensions").with(PortalUsers.user("fgw"))
				.with(csrf())
				.param("unitId", fengrun.toString())
				.param("month", "2024-06")
				.param("until", "2024-07-08T18:00")
				.param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写原因")));
		this.mvc
			.perform(post("/extensions").with(PortalUsers.user("fgw"))
				.with(csrf())
				.param("unitId", fengrun.toString())
				.param("month", "2024-06")
				.param("until", "2024-07-08T18:00")
				.param("reason", "汛期道路抢修，数据汇总延迟"))
			.andExpect(redirectedUrl("/extensions"));
		this.mvc.perform(get("/reports?month=2024-06").with(PortalUsers.user("fengrun")))
			.andExpect(content().string(containsString("已批准本单位延期补报至2024年7月8日 18:00")));
		this.mvc.perform(save("fengrun", -1, "10", "submit").param("progress", "补报"))
			.andExpect(flash().attribute("message", "report.submitted"));
		assertThat(this.jdbc.queryForObject("select late from report where id = ?", Boolean.class, reportId("fengrun")))
			.isTrue();

		this.clock.set(LocalDateTime.of(2024, 7, 8, 18, 0, 1));
		this.mvc.perform(get("/reports?month=2024-06").with(PortalUsers.user("fengrun")))
			.andExpect(content().string(containsString("本月报送已截止")));
	}

	@Test
	void extensionsAreTheCoordinatorsAlone() throws Exception {
		this.mvc.perform(get("/extensions").with(PortalUsers.user("jtj"))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/extensions").with(PortalUsers.user("yutian"))
				.with(csrf())
				.param("unitId", unitId("yutian").toString())
				.param("month", "2024-06")
				.param("until", "2024-07-08T18:00")
				.param("reason", "自己批准自己"))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select count(*) from extension", Integer.class)).isZero();
	}

	@Test
	void badFiguresComeBackNextToTheFieldWithTheInputKept() throws Exception {
		this.mvc.perform(save("yutian", -1, "１２．５", "save")).andExpect(flash().attribute("message", "report.saved"));
		assertThat(cumulative("yutian")).isEqualTo("12.50");
		this.jdbc.update("delete from audit_entry where report_id = ?", reportId("yutian"));
		this.jdbc.update("delete from report where id = ?", reportId("yutian"));
		for (String[] bad : new String[][] { { "abc", "请输入数字" }, { "-1", "不能为负数" }, { "1.234", "最多保留两位小数" } }) {
			this.mvc.perform(save("yutian", -1, bad[0], "save").param("progress", "我的进展说明"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString(bad[1]), containsString("value=\"" + bad[0] + "\""),
						containsString("我的进展说明"), containsString("is-invalid"))));
		}
		this.mvc.perform(save("yutian", -1, "", "submit"))
			.andExpect(content().string(allOf(containsString("报送前请填写本月累计值"), containsString("报送前请填写进展情况"))));
		assertThat(this.jdbc.queryForObject("select count(*) from report where project_id = ?", Integer.class,
				this.project))
			.isZero();
	}

	@Test
	void valueBelowLastMonthNeedsAReasonAndAboveOneAndAHalfTimesAConfirmation() throws Exception {
		approvedMay("fengrun", "20");
		this.mvc.perform(save("fengrun", -1, "15", "save"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("低于上月已审核的累计值20，请填写更正原因")));
		this.mvc.perform(save("fengrun", -1, "15", "save").param("r" + this.indicator, "5月数据重复统计，予以更正"))
			.andExpect(flash().attribute("message", "report.saved"));
		assertThat(this.jdbc.queryForObject(
				"select correction_reason from report_value v join report r on r.id = v.report_id "
						+ "where r.unit_id = ? and r.period = '2024-06-01' and v.indicator_id = ?",
				String.class, unitId("fengrun"), this.indicator))
			.isEqualTo("5月数据重复统计，予以更正");

		long version = version("fengrun");
		this.mvc.perform(save("fengrun", version, "46", "save"))
			.andExpect(content().string(containsString("超过分解任务30的150%，请核实后勾选确认")));
		assertThat(cumulative("fengrun")).isEqualTo("15.00");
		this.mvc.perform(save("fengrun", version, "46", "save").param("c" + this.indicator, "true"))
			.andExpect(flash().attribute("message", "report.saved"));
		assertThat(cumulative("fengrun")).isEqualTo("46.00");
	}

	@Test
	void theLaterOfTwoConcurrentSavesGetsAConflictAndKeepsItsInput() throws Exception {
		this.mvc.perform(save("yutian", -1, "5", "save")).andExpect(flash().attribute("message", "report.saved"));
		long seen = version("yutian");
		this.mvc.perform(save("yutian", seen, "6", "save")).andExpect(flash().attribute("message", "report.saved"));
		this.mvc.perform(save("yutian", seen, "7", "save").param("progress", "我这边的说明"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("这份报告刚被其他人修改过"), containsString("value=\"7\""),
					containsString("我这边的说明"), containsString("当前已保存的值："))));
		assertThat(cumulative("yutian")).isEqualTo("6.00");
	}

	@Test
	void submittingTwiceSubmitsOnce() throws Exception {
		this.mvc.perform(save("yutian", -1, "5", "submit").param("progress", "进展"))
			.andExpect(flash().attribute("message", "report.submitted"));
		this.mvc.perform(save("yutian", -1, "5", "submit").param("progress", "进展"))
			.andExpect(content().string(containsString("这份报告刚被其他人修改过")));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where report_id = ? and action = 'SUBMITTED'", Integer.class,
				reportId("yutian")))
			.isEqualTo(1);
	}

	@Test
	void unitsReachOnlyTheirOwnReports() throws Exception {
		this.mvc.perform(save("yutian", -1, "5", "submit").param("progress", "进展"));
		Long report = reportId("yutian");
		// Another county can neither write this project (not allocated to it) nor read
		// the report.
		this.mvc.perform(save("lunan", -1, "5", "save")).andExpect(status().isForbidden());
		this.mvc.perform(get("/reports/view/{id}", report).with(PortalUsers.user("lunan")))
			.andExpect(status().isForbidden());
		// Only a lead department of the project reviews it.
		this.mvc
			.perform(post("/reviews/{id}/approve", report).with(PortalUsers.user("zjj"))
				.with(csrf())
				.param("version", String.valueOf(version("yutian"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/reviews").with(PortalUsers.user("zjj")))
			.andExpect(content().string(not(containsString("玉田县 · 1-4"))));
		this.mvc.perform(get("/reports").with(PortalUsers.user("leader"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/reviews").with(PortalUsers.user("yutian"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/reports/view/{id}", report).with(PortalUsers.user("jtj"))).andExpect(status().isOk());
		this.mvc.perform(get("/reports/view/{id}", report).with(PortalUsers.user("leader"))).andExpect(status().isOk());
		assertThat(reportStatus("yutian")).isEqualTo("SUBMITTED");
	}

	@Test
	void departmentReportsItsCityLevelShareAndTheCoordinatorReviewsIt() throws Exception {
		this.mvc.perform(save("jtj", -1, "100", "submit").param("progress", "市本级完成100公里"))
			.andExpect(flash().attribute("message", "report.submitted"));
		this.mvc.perform(get("/reviews").with(PortalUsers.user("fgw")))
			.andExpect(content().string(containsString("市交通运输局 · 1-4")));
		this.mvc
			.perform(post("/reviews/{id}/approve", reportId("jtj")).with(PortalUsers.user("fgw"))
				.with(csrf())
				.param("version", String.valueOf(version("jtj"))))
			.andExpect(flash().attribute("message", "review.approved"));
		assertThat(reportStatus("jtj")).isEqualTo("APPROVED");
	}

	@Test
	void theCoordinatorsOwnCityLevelShareCanBeReviewed() throws Exception {
		ProjectView housekeeping = project("1-19");
		Long base = housekeeping.indicators().get(0).id();
		try {
			this.jdbc.update(
					"insert into allocation (indicator_id, unit_id, amount, updated_at) values (?, ?, 5, now())", base,
					unitId("fgw"));
			this.mvc
				.perform(post("/reports/{id}", housekeeping.id()).with(PortalUsers.user("fgw"))
					.with(csrf())
					.param("month", "2024-06")
					.param("version", "-1")
					.param("action", "submit")
					.param("v" + base, "3")
					.param("progress", "市本级培育巾帼家政基地3个"))
				.andExpect(flash().attribute("message", "report.submitted"));
			Long report = this.jdbc.queryForObject(
					"select id from report where unit_id = ? and project_id = ? and period = '2024-06-01'", Long.class,
					unitId("fgw"), housekeeping.id());
			this.mvc.perform(get("/reviews").with(PortalUsers.user("fgw")))
				.andExpect(content().string(containsString("市发展和改革委员会 · 1-19")));
			this.mvc
				.perform(post("/reviews/{id}/approve", report).with(PortalUsers.user("fgw"))
					.with(csrf())
					.param("version",
							String.valueOf(this.jdbc.queryForObject("select version from report where id = ?",
									Long.class, report))))
				.andExpect(flash().attribute("message", "review.approved"));
			// The leader sits in the same unit but does not report.
			this.mvc
				.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
					.multipart("/reports/{id}/evidence", report)
					.file(new org.springframework.mock.web.MockMultipartFile("file", "a.pdf", "application/pdf",
							"%PDF-1.4 test".getBytes()))
					.with(PortalUsers.user("leader"))
					.with(csrf()))
				.andExpect(status().isForbidden());
		}
		finally {
			this.jdbc.update("delete from audit_entry where report_id in (select id from report where project_id = ?)",
					housekeeping.id());
			this.jdbc.update("delete from report where project_id = ?", housekeeping.id());
			this.jdbc.update("delete from allocation where indicator_id = ?", base);
		}
	}

	@Test
	void milestonesTakeAPercentFromZeroToHundred() throws Exception {
		ProjectView screening = project("1-7");
		Long milestone = screening.indicators().get(0).id();
		this.jdbc.update("delete from audit_entry where report_id in (select id from report where project_id = ?)",
				screening.id());
		this.jdbc.update("delete from report where project_id = ?", screening.id());
		this.mvc
			.perform(post("/reports/{id}", screening.id()).with(PortalUsers.user("wjw"))
				.with(csrf())
				.param("month", "2024-06")
				.param("version", "-1")
				.param("v" + milestone, "150"))
			.andExpect(content().string(containsString("完成百分比须在0到100之间")));
		this.mvc
			.perform(post("/reports/{id}", screening.id()).with(PortalUsers.user("wjw"))
				.with(csrf())
				.param("month", "2024-06")
				.param("version", "-1")
				.param("v" + milestone, "55")
				.param("progress", "已筛查孕妇1.2万人"))
			.andExpect(flash().attribute("message", "report.saved"));
		assertThat(this.jdbc.queryForObject("select percent_complete from report_value where indicator_id = ?",
				String.class, milestone))
			.isEqualTo("55.00");
	}

	@Test
	void aUnitPrintsItsMonthlyReportForSignature() throws Exception {
		this.mvc.perform(save("yutian", -1, "12.5", "submit").param("progress", "已完成路基12.5公里"));
		this.mvc.perform(get("/reports/print?month=2024-06").with(PortalUsers.user("yutian")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("玉田县2024年6月民生工程进展情况报表"), containsString("/css/print.css"),
					containsString("负责人签字"), containsString("已完成路基12.5公里"), containsString("12.5"),
					containsString("31.3%"), not(containsString("navbar")))));
	}

	@Test
	void theMonthlyReportDownloadsAsPdfWhereTheFontsAreInstalled() throws Exception {
		org.junit.jupiter.api.Assumptions.assumeTrue(
				new java.io.File("/usr/share/fonts/truetype/arphic/uming.ttc").canRead(),
				"PDF fonts missing: apt-get install fonts-arphic-uming fonts-arphic-ukai");
		this.mvc.perform(get("/reports/print.pdf?month=2024-06").with(PortalUsers.user("yutian")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Content-Type", "application/pdf"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Content-Disposition",
						containsString("filename*=UTF-8''%E7%8E%89%E7%94%B0%E5%8E%BF-2024-06.pdf")));
	}

	private MockHttpServletRequestBuilder save(String user, long version, String value, String action) {
		return post("/reports/{id}", this.project).with(PortalUsers.user(user))
			.with(csrf())
			.param("month", "2024-06")
			.param("version", String.valueOf(version))
			.param("action", action.isEmpty() ? "save" : action)
			.param("v" + this.indicator, value);
	}

	private void allocate(String unit, String amount) {
		this.jdbc.update(
				"insert into allocation (indicator_id, unit_id, amount, updated_at) values (?, ?, ?::numeric, now())",
				this.indicator, unitId(unit), amount);
	}

	private void approvedMay(String unit, String value) {
		Long id = this.jdbc.queryForObject(
				"insert into report (unit_id, project_id, period, status, updated_at) values (?, ?, '2024-05-01', 'APPROVED', now()) returning id",
				Long.class, unitId(unit), this.project);
		this.jdbc.update("insert into report_value (report_id, indicator_id, cumulative) values (?, ?, ?::numeric)", id,
				this.indicator, value);
	}

	private Long unitId(String code) {
		return this.jdbc.queryForObject("select id from unit where code = ?", Long.class, code);
	}

	private Long reportId(String unit) {
		return this.jdbc.queryForObject(
				"select id from report where unit_id = ? and project_id = ? and period = '2024-06-01'", Long.class,
				unitId(unit), this.project);
	}

	private long version(String unit) {
		return this.jdbc.queryForObject("select version from report where id = ?", Long.class, reportId(unit));
	}

	private String reportStatus(String unit) {
		return this.jdbc.queryForObject("select status from report where id = ?", String.class, reportId(unit));
	}

	private String cumulative(String unit) {
		return this.jdbc.queryForObject(
				"select cumulative::text from report_value where report_id = ? and indicator_id = ?", String.class,
				reportId(unit), this.indicator);
	}

	private ProjectView project(String code) {
		return this.plans.currentOverview()
			.orElseThrow()
			.projects()
			.stream()
			.filter((p) -> p.code().equals(code))
			.findFirst()
			.orElseThrow();
	}

	static IndicatorView first(ProjectView project) {
		return project.indicators().get(0);
	}

}
