package cn.tangshan.minsheng.plan;

import java.nio.charset.StandardCharsets;

import cn.tangshan.minsheng.PortalTest;
import cn.tangshan.minsheng.account.PortalUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class PlanAdminPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeTestYears() {
		new PlanNoticeImportTests() {
			{
				this.jdbc = PlanAdminPagesTests.this.jdbc;
			}
		}.removeTestYears();
	}

	@Test
	void onlyTheCoordinatorAndTheAdministratorReachPlanYears() throws Exception {
		for (String user : new String[] { "lunan", "zjj", "leader" }) {
			this.mvc.perform(get("/admin/plans").with(PortalUsers.user(user))).andExpect(status().isForbidden());
			this.mvc.perform(get("/admin/plans/import").with(PortalUsers.user(user))).andExpect(status().isForbidden());
			this.mvc
				.perform(multipart("/admin/plans/import").param("text", "x").with(PortalUsers.user(user)).with(csrf()))
				.andExpect(status().isForbidden());
		}
		Long active = this.jdbc.queryForObject("select id from plan where status = 'ACTIVE'", Long.class);
		for (String user : new String[] { "lunan", "zjj" }) {
			for (String path : new String[] { "/admin/plans/" + active + "/edit", "/admin/plans/template.xlsx",
					"/admin/plans/" + active + "/plan.xlsx", "/admin/plans/import/too-large" }) {
				this.mvc.perform(get(path).with(PortalUsers.user(user))).andExpect(status().isForbidden());
			}
			this.mvc
				.perform(post("/admin/plans/" + active + "/edit").param("version", "0")
					.with(PortalUsers.user(user))
					.with(csrf()))
				.andExpect(status().isForbidden());
			this.mvc.perform(post("/admin/plans/import/confirm").with(PortalUsers.user(user)).with(csrf()))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/admin/users").with(PortalUsers.user("fgw"))).andExpect(status().isForbidden());
		for (String user : new String[] { "fgw", "admin" }) {
			this.mvc.perform(get("/admin/plans").with(PortalUsers.user(user)))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("唐山市2024年民生工程实施方案"), containsString("执行中"),
						containsString("31 / 10"), containsString("系统初始装载"))));
		}
	}

	@Test
	void anUploadedNoticeIsPreviewedWithItsFlagsAndNothingIsStored() throws Exception {
		String text = PlanNoticeImportTests.seed().replace("2024", "2038").replace("市能源集團", "市能源集团公司");
		MockMultipartFile file = new MockMultipartFile("file", "通知.txt", "text/plain",
				text.getBytes(StandardCharsets.UTF_8));
		this.mvc.perform(multipart("/admin/plans/import").file(file).with(PortalUsers.user("fgw")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("导入预览"), containsString("需要处理：3处必须修正，28处请核对"),
					containsString("第35行：责任单位“市能源集团公司”不是系统中的单位，最接近的是“唐山市能源集团”"), containsString("市能源集团公司（未识别）"),
					containsString("第30行：项目名称“唐山福嫂·燕赵家政”提质扩容工程”中的引号不成对"), containsString("value=\"15593\""),
					containsString("value=\"950000\""),
					containsString("name=\"groups[0].projects[8].indicators[0].qualifier\""))));
		Long stored = this.jdbc.queryForObject("select count(*) from plan where plan_year = 2038", Long.class);
		org.assertj.core.api.Assertions.assertThat(stored).isZero();
	}

	@Test
	void aRefusedUploadIsAnsweredNextToTheFieldWithTheTextKept() throws Exception {
		this.mvc.perform(
				multipart("/admin/plans/import").param("text", "关于召开会议的通知").with(PortalUsers.user("fgw")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"import-error\""), containsString("这不是一份实施方案"),
					containsString(">关于召开会议的通知</textarea>"))));
		this.mvc.perform(get("/admin/plans/import/too-large").with(PortalUsers.user("fgw")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("文件过大：不能超过10MB")));
	}

	@Test
	void theConfirmFormIsCheckedAgainOnTheServer() throws Exception {
		MockHttpSession session = new MockHttpSession();
		this.mvc
			.perform(post("/admin/plans/import/confirm").session(session)
				.param("year", "2039")
				.param("title", "唐山市2039年民生工程实施方案")
				.param("basicCompletionDue", "2039-10-31")
				.param("fullCompletionDue", "2039-12-31")
				.param("coordinator", "fgw")
				.param("reportDeadlineDay", "5")
				.param("groups[0].number", "1")
				.param("groups[0].name", "测试组")
				.param("groups[0].projects[0].number", "1")
				.param("groups[0].projects[0].name", "测试工程")
				.param("groups[0].projects[0].description", "新建测试点5个。")
				.param("groups[0].projects[0].leads", "nosuchunit")
				.param("groups[0].projects[0].indicators[0].name", "新建测试点")
				.param("groups[0].projects[0].indicators[0].target", "-5")
				.param("groups[0].projects[0].indicators[0].unit", "个")
				.param("action", "save")
				.with(PortalUsers.user("fgw"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("未保存：请修正标出的2处问题"), containsString("“nosuchunit”不是系统中的单位，请选择"),
							containsString("“-5”不是有效的目标值"), containsString("value=\"-5\""))));
		this.mvc
			.perform(post("/admin/plans/import/confirm").session(session)
				.param("year", "2039")
				.param("title", "唐山市2039年民生工程实施方案")
				.param("basicCompletionDue", "2039-10-31")
				.param("fullCompletionDue", "2039-12-31")
				.param("coordinator", "fgw")
				.param("reportDeadlineDay", "5")
				.param("groups[0].number", "1")
				.param("groups[0].name", "测试组")
				.param("groups[0].projects[0].number", "1")
				.param("groups[0].projects[0].name", "测试工程")
				.param("groups[0].projects[0].description", "新建测试点5个。")
				.param("groups[0].projects[0].leads", "zjj", "")
				.param("groups[0].projects[0].indicators[0].name", "新建测试点")
				.param("groups[0].projects[0].indicators[0].target", "5")
				.param("groups[0].projects[0].indicators[0].unit", "个")
				.param("action", "save")
				.with(PortalUsers.user("fgw"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/plans"));
		Long id = this.jdbc.queryForObject("select id from plan where plan_year = 2039 and status = 'DRAFT'",
				Long.class);
		this.mvc.perform(get("/admin/plans").with(PortalUsers.user("fgw")))
			.andExpect(content().string(allOf(containsString("唐山市2039年民生工程实施方案"), containsString("草稿"),
					containsString("/admin/plans/" + id + "/start"), containsString("/admin/plans/" + id + "/edit"))));
		this.mvc.perform(get("/admin/plans/{id}/edit", id).with(PortalUsers.user("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("2039年度计划草稿"), containsString("value=\"测试工程\""))));
		Long active = this.jdbc.queryForObject("select id from plan where status = 'ACTIVE'", Long.class);
		this.mvc.perform(get("/admin/plans/{id}/edit", active).with(PortalUsers.user("fgw")))
			.andExpect(content().string(allOf(containsString("不能编辑"), not(containsString("id=\"plan-edit-form\"")))));
		// A save with a stale version is refused, the input kept.
		this.mvc
			.perform(post("/admin/plans/{id}/edit", id).param("version", "99")
				.param("year", "2039")
				.param("title", "唐山市2039年民生工程实施方案（修改）")
				.param("basicCompletionDue", "2039-10-31")
				.param("fullCompletionDue", "2039-12-31")
				.param("coordinator", "fgw")
				.param("reportDeadlineDay", "5")
				.param("groups[0].number", "1")
				.param("groups[0].name", "测试组")
				.param("groups[0].projects[0].number", "1")
				.param("groups[0].projects[0].name", "测试工程")
				.param("groups[0].projects[0].description", "新建测试点5个。")
				.param("groups[0].projects[0].leads", "zjj")
				.param("groups[0].projects[0].indicators[0].name", "新建测试点")
				.param("groups[0].projects[0].indicators[0].target", "5")
				.param("groups[0].projects[0].indicators[0].unit", "个")
				.param("action", "save")
				.with(PortalUsers.user("fgw"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("该草稿已被他人修改，您的修改未保存"), containsString("value=\"唐山市2039年民生工程实施方案（修改）\""))));
		org.assertj.core.api.Assertions
			.assertThat(this.jdbc.queryForObject("select title from plan where id = ?", String.class, id))
			.isEqualTo("唐山市2039年民生工程实施方案");
		// The draft's 序时进度 and thresholds, on the dashboard's own settings page.
		this.mvc.perform(get("/dashboard/settings").param("plan", id.toString()).with(PortalUsers.user("fgw")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("唐山市2039年民生工程实施方案"),
					containsString("action=\"/dashboard/settings?plan=" + id + "\""))));
		this.mvc
			.perform(post("/dashboard/settings").with(PortalUsers.user("fgw"))
				.with(csrf())
				.param("plan", id.toString())
				.param("expected", "5", "10", "20", "30", "40", "50", "60", "70", "80", "90", "100", "100")
				.param("green", "6")
				.param("red", "25")
				.param("version", "0"))
			.andExpect(redirectedUrl("/dashboard/settings?plan=" + id));
		org.assertj.core.api.Assertions
			.assertThat(this.jdbc.queryForObject("select green_gap_points from progress_settings where plan_id = ?",
					java.math.BigDecimal.class, id))
			.isEqualByComparingTo("6");
		this.mvc.perform(get("/dashboard/settings").param("plan", active.toString()).with(PortalUsers.user("fgw")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/plans/template.xlsx").with(PortalUsers.user("fgw")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("spreadsheetml")));
	}

}
