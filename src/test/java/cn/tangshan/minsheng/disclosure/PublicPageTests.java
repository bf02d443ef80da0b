package cn.tangshan.minsheng.disclosure;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import cn.tangshan.minsheng.MutableClock;
import cn.tangshan.minsheng.PortalTest;
import cn.tangshan.minsheng.TestData;
import cn.tangshan.minsheng.account.PortalUsers;
import cn.tangshan.minsheng.bulletin.BulletinFigures;
import cn.tangshan.minsheng.bulletin.BulletinText;
import cn.tangshan.minsheng.bulletin.BulletinView;
import cn.tangshan.minsheng.bulletin.Bulletins;
import cn.tangshan.minsheng.experience.Experiences;
import cn.tangshan.minsheng.plan.PlanCatalog;
import cn.tangshan.minsheng.plan.ProjectView;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 政务公开 on a dataset of its own (1-3 口袋公园: 曹妃甸区 6 of 6, 遵化市 1 of 4 approved for May): the
 * public figures are the latest issued bulletin's, exactly, and move only when the next
 * one is issued; the switch; no session, cookie, CSRF token or form; ETag and 304;
 * nothing unapproved or internal.
 */
@PortalTest
class PublicPageTests {

	static final YearMonth MAY = YearMonth.of(2024, 5);

	static final String REMARK = "INTERNAL15BREMARK";

	static final String REASON = "INTERNAL15BREASON";

	static final String DRAFT_TITLE = "DRAFT15BTITLE";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestData data;

	@Autowired
	Bulletins bulletins;

	@Autowired
	PublicPages pages;

	@Autowired
	Experiences experiences;

	@Autowired
	PlanCatalog plans;

	@Autowired
	MutableClock clock;

	ProjectView parks;

	Long indicator;

	@BeforeEach
	void setUp() {
		clean();
		this.parks = this.data.project("1-3");
		this.indicator = this.parks.indicators().get(0).id();
		this.data.allocate(this.indicator, "caofeidian", 6);
		this.data.allocate(this.indicator, "zunhua", 4);
		report("caofeidian", 6, REMARK);
		report("zunhua", 1, REMARK);
	}

	@AfterEach
	void clean() {
		this.clock.reset();
		this.jdbc.update("delete from public_page");
		this.pages.forget();
		this.jdbc.update("delete from experience");
		this.jdbc.update("delete from bulletin");
		this.jdbc.update("delete from notification where kind like 'EXPERIENCE_%' or kind = 'BULLETIN_ISSUED'");
		ProjectView p = this.data.project("1-3");
		this.jdbc.update("delete from report where project_id = ?", p.id());
		this.jdbc.update("delete from allocation where indicator_id in (select id from indicator where project_id = ?)",
				p.id());
	}

	@Test
	void theFiguresAreTheLatestIssuedBulletinsAndMoveOnlyWithTheNext() throws Exception {
		switchOn();
		// Switched on, nothing issued yet: the plan, no figures.
		Document none = page("/public");
		assertThat(none.select("#as-of").text()).contains("尚未印发");
		assertThat(none.select("li.project")).isEmpty();

		BulletinView first = issue();
		Document page = page("/public");
		assertSameAsSnapshot(page, first);
		assertThat(page.select("#as-of").text())
			.isEqualTo("数据截至2024年5月底，来源：第" + first.number() + "期通报（" + first.date().getYear() + "年"
					+ first.date().getMonthValue() + "月" + first.date().getDayOfMonth() + "日印发）。");
		assertThat(page.select("#plan-title").text()).isEqualTo(this.plans.currentPlan().orElseThrow().title());
		assertThat(page.select("#plan-number").text()).isEqualTo("唐政办字〔2024〕10号");
		assertThat(rate(page, "1-3")).isEqualTo("完成率50.0%");
		String before = body("/public");
		String projectBefore = body("/public/projects/" + this.parks.id());

		// More approvals: the dashboard moves, the public page does not.
		this.jdbc.update("""
				update report_value set cumulative = 4 where indicator_id = ? and report_id in
				(select id from report where unit_id = ? and project_id = ?)""", this.indicator,
				this.data.unitId("zunhua"), this.parks.id());
		this.pages.forget();
		assertThat(body("/public")).isEqualTo(before);
		assertThat(body("/public/projects/" + this.parks.id())).isEqualTo(projectBefore);

		// The next bulletin: its figures.
		BulletinView second = issue();
		Document after = page("/public");
		assertSameAsSnapshot(after, second);
		assertThat(rate(after, "1-3")).isEqualTo("完成率71.4%");
		assertThat(after.select("#as-of").text()).contains("来源：第" + second.number() + "期通报");
		Document project = page("/public/projects/" + this.parks.id());
		assertThat(project.select("#project-name").text()).isEqualTo(this.parks.name());
		assertThat(project.select("#project-description").text())
			.contains(this.parks.description().strip().split("\n")[0].strip());
		assertThat(project.select(".rate").text()).isEqualTo("完成率71.4%");
		assertThat(project.title()).isEqualTo(this.parks.name() + " · 唐山市民生工程·政务公开");
		assertThat(project.select("meta[name=description]").attr("content")).contains(this.parks.name(),
				"第" + second.number() + "期通报");
	}

	@Test
	void switchedOffEverythingPublicIs404AndElsewhereAnonymousGoesToTheLogin() throws Exception {
		Long article = publishedArticle();
		Long photo = this.jdbc.queryForObject("select id from experience_photo where experience_id = ?", Long.class,
				article);
		issue();
		switchOn();
		for (String path : List.of("/public", "/public/projects/" + this.parks.id(), "/public/experience/" + article,
				"/public/photos/" + photo, "/public/photos/" + photo + "/thumbnail")) {
			this.mvc.perform(get(path)).andExpect(status().isOk());
		}
		switchOff();
		for (String path : List.of("/public", "/public/", "/public/projects/" + this.parks.id(),
				"/public/experience/" + article, "/public/photos/" + photo)) {
			MockHttpServletResponse response = this.mvc.perform(get(path)).andReturn().getResponse();
			assertThat(response.getStatus()).as(path).isEqualTo(404);
			if (!path.contains("photos")) {
				assertThat(response.getContentAsString()).contains("页面不存在", "尚未公开");
			}
		}
		for (String path : List.of("/dashboard", "/experience", "/bulletins", "/experience/" + article,
				"/experience/photos/" + photo, "/admin/plans/public")) {
			MockHttpServletResponse response = this.mvc.perform(get(path)).andReturn().getResponse();
			assertThat(response.getStatus()).as(path).isEqualTo(302);
			assertThat(response.getRedirectedUrl()).as(path).endsWith("/login");
		}
		// Only the coordinator switches; the administrator sees the page, a county
		// nothing.
		this.mvc
			.perform(post("/admin/plans/{id}/public", planId()).with(PortalUsers.user("admin"))
				.with(csrf())
				.param("version", "0")
				.param("enabled", "true"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/plans/public").with(PortalUsers.user("lunan"))).andExpect(status().isForbidden());
	}

	@Test
	void noSessionNoCookieNoTokenNoFormAndETags() throws Exception {
		Long article = publishedArticle();
		Long photo = this.jdbc.queryForObject("select id from experience_photo where experience_id = ?", Long.class,
				article);
		issue();
		switchOn();
		List<String> paths = List.of("/public", "/public/", "/public/projects/" + this.parks.id(),
				"/public/experience/" + article, "/public/photos/" + photo, "/public/photos/" + photo + "/thumbnail",
				"/public/assets/public.css", "/robots.txt", "/public/projects/999999", "/public/projects/abc",
				"/public?lang=en");
		for (String path : paths) {
			for (MockHttpServletRequestBuilder request : List.of(get(path),
					get(path).with(PortalUsers.user("lunan")))) {
				MvcResult result = this.mvc.perform(request).andReturn();
				MockHttpServletResponse response = result.getResponse();
				assertThat(response.getStatus()).as(path).isLessThan(500);
				assertThat(response.getHeaders("Set-Cookie")).as(path).isEmpty();
				assertThat(response.getCookies()).as(path).isEmpty();
				assertThat(result.getRequest().getSession(false)).as(path).isNull();
				assertThat(response.getHeader("Content-Security-Policy")).as(path).contains("script-src 'self'");
				String body = response.getContentAsString();
				assertThat(body).as(path).doesNotContain("_csrf", "<form", "<script");
			}
		}
		MockHttpServletResponse robots = this.mvc.perform(get("/robots.txt")).andReturn().getResponse();
		assertThat(robots.getContentAsString()).contains("User-agent: *", "Allow: /public", "Disallow: /");

		// A strong ETag, public caching, 304 on If-None-Match; a new bulletin, a new
		// ETag.
		MockHttpServletResponse first = this.mvc.perform(get("/public")).andReturn().getResponse();
		String etag = first.getHeader("ETag");
		assertThat(etag).startsWith("\"pub-").endsWith("\"");
		assertThat(first.getHeader("Cache-Control")).isEqualTo("public, max-age=60");
		MockHttpServletResponse again = this.mvc.perform(get("/public").header("If-None-Match", etag))
			.andReturn()
			.getResponse();
		assertThat(again.getStatus()).isEqualTo(304);
		assertThat(again.getContentAsByteArray()).isEmpty();
		assertThat(this.mvc.perform(get("/public/projects/" + this.parks.id()).header("If-None-Match", etag))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
		// Gzipped for a client that says so: the same page, its own tag, the same
		// headers.
		MockHttpServletResponse zipped = this.mvc.perform(get("/public").header("Accept-Encoding", "gzip, deflate"))
			.andReturn()
			.getResponse();
		assertThat(zipped.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(zipped.getHeader("ETag")).isEqualTo(etag.replaceFirst("\"$", "-gz\""));
		assertThat(zipped.getHeader("Vary")).isEqualTo("Accept-Encoding");
		assertThat(zipped.getHeader("Content-Security-Policy")).contains("script-src 'self'");
		assertThat(zipped.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(
				new java.io.ByteArrayInputStream(zipped.getContentAsByteArray()))) {
			assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
				.isEqualTo(first.getContentAsString());
		}
		issue();
		MockHttpServletResponse changed = this.mvc.perform(get("/public").header("If-None-Match", etag))
			.andReturn()
			.getResponse();
		assertThat(changed.getStatus()).isEqualTo(200);
		assertThat(changed.getHeader("ETag")).isNotEqualTo(etag);
	}

	@Test
	void nothingUnapprovedOrInternalIsShown() throws Exception {
		Long article = publishedArticle();
		// A returned article, a draft, a submitted one: none is public.
		Long returned = createArticle("qianan", "RETURNED15BTITLE", "submit");
		this.mvc
			.perform(post("/experience/{id}/return", returned).with(PortalUsers.user("fgw"))
				.with(csrf())
				.param("version", version(returned))
				.param("reason", REASON))
			.andExpect(flash().attribute("message", "experience.returned"));
		Long draft = createArticle("zunhua", DRAFT_TITLE, "save");
		Long submitted = createArticle("lubei", "SUBMITTED15BTITLE", "submit");
		// A submitted (unapproved) report with a bigger figure and a problem text.
		this.jdbc.update("""
				update report set status = 'SUBMITTED', problems_text = ? where unit_id = ? and project_id = ?""",
				REMARK, this.data.unitId("zunhua"), this.parks.id());
		issue();
		switchOn();
		List<String> texts = new ArrayList<>();
		for (String path : List.of("/public", "/public/projects/" + this.parks.id(), "/public/experience/" + article)) {
			texts.add(body(path));
		}
		List<String> names = this.jdbc.queryForList("select display_name from user_account", String.class);
		for (String text : texts) {
			assertThat(text).doesNotContain(REMARK, REASON, DRAFT_TITLE, "RETURNED15BTITLE", "SUBMITTED15BTITLE",
					"/evidence/", "/reports");
			for (String name : names) {
				assertThat(text).doesNotContain(name);
			}
		}
		assertThat(texts.get(0)).contains("见缝插绿建游园");
		for (Long hidden : List.of(returned, draft, submitted)) {
			this.mvc.perform(get("/public/experience/" + hidden)).andExpect(status().isNotFound());
		}
		Long draftPhoto = this.jdbc.queryForObject("select id from experience_photo where experience_id = ?",
				Long.class, draft);
		this.mvc.perform(get("/public/photos/" + draftPhoto)).andExpect(status().isNotFound());
		this.mvc.perform(get("/public/photos/" + draftPhoto + "/thumbnail")).andExpect(status().isNotFound());
	}

	/** Every project and indicator as the snapshot has it, and nothing else. */
	private static void assertSameAsSnapshot(Document page, BulletinView bulletin) {
		BulletinFigures f = bulletin.figures();
		assertThat(page.select("li.project")).hasSize(f.projects().size()).hasSize(25);
		// The county map is coloured by the same frozen ranking.
		assertThat(page.select("#public-map svg .tile[data-value]")
			.stream()
			.filter((tile) -> !tile.attr("data-value").isBlank() && !tile.attr("data-value").equals("—"))
			.count()).isEqualTo(f.ranking().size());
		assertThat(page.select("#public-map svg a")).as("no links from the public map").isEmpty();
		for (BulletinFigures.ProjectRow row : f.projects()) {
			Element li = page.selectFirst("li.project[data-code=" + row.code() + "]");
			assertThat(li).as(row.code()).isNotNull();
			assertThat(li.select("h3").text()).isEqualTo(row.name());
			assertThat(li.select("li.indicator")).hasSameSizeAs(row.indicators());
			for (int i = 0; i < row.indicators().size(); i++) {
				BulletinFigures.IndicatorRow ir = row.indicators().get(i);
				Element el = li.select("li.indicator").get(i);
				assertThat(el.text()).as(row.code() + " " + ir.name()).contains(ir.name());
				if (ir.quantitative()) {
					String approved = (ir.approved() == null) ? "0"
							: ir.approved().stripTrailingZeros().toPlainString();
					assertThat(el.select(".indicator-figures").text()).as(row.code())
						.isEqualTo("年度目标" + ir.target() + "，累计完成" + approved + ir.measureUnit());
				}
				if (ir.ratePercent() != null) {
					assertThat(el.select(".rate").text()).as(row.code())
						.isEqualTo("完成率" + ir.ratePercent().setScale(1, java.math.RoundingMode.HALF_UP) + "%");
					assertThat(el.select("progress").attr("value")).isNotEmpty();
				}
			}
		}
	}

	private static String rate(Document page, String code) {
		return page.selectFirst("li.project[data-code=" + code + "] .rate").text();
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(body(path));
	}

	private String body(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString();
	}

	private Long planId() {
		return this.plans.currentPlan().orElseThrow().id();
	}

	private void switchOn() throws Exception {
		flip(true);
	}

	private void switchOff() throws Exception {
		flip(false);
	}

	private void flip(boolean enabled) throws Exception {
		Long version = this.jdbc.query("select version from public_page where plan_id = ?",
				(rs) -> rs.next() ? rs.getLong(1) : -1L, planId());
		this.mvc
			.perform(post("/admin/plans/{id}/public", planId()).with(PortalUsers.user("fgw"))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("enabled", String.valueOf(enabled)))
			.andExpect(flash().attribute("message", enabled ? "public.switched.on" : "public.switched.off"));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'PUBLIC_PAGE_SWITCHED' and new_value = ? and username = 'fgw'",
				Integer.class, String.valueOf(enabled)))
			.isPositive();
	}

	private Long publishedArticle() throws Exception {
		Long id = createArticle("lunan", "见缝插绿建游园", "submit");
		this.mvc
			.perform(post("/experience/{id}/publish", id).with(PortalUsers.user("fgw"))
				.with(csrf())
				.param("version", version(id)))
			.andExpect(flash().attribute("message", "experience.published"));
		return id;
	}

	private Long createArticle(String user, String title, String action) throws Exception {
		MvcResult result = this.mvc
			.perform(multipart("/experience").file(new MockMultipartFile("photos", "p.png", "image/png", png()))
				.param("projectId", String.valueOf(this.parks.id()))
				.param("title", title)
				.param("body", "正文第一段。\n正文第二段。")
				.param("action", action)
				.with(PortalUsers.user(user))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		return Long.valueOf(result.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
	}

	private static byte[] png() throws Exception {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(40, 30,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private String version(Long id) {
		return String.valueOf(this.jdbc.queryForObject("select version from experience where id = ?", Long.class, id));
	}

	private BulletinView issue() throws Exception {
		MvcResult drafted = this.mvc
			.perform(post("/bulletins").with(PortalUsers.user("fgw")).with(csrf()).param("month", MAY.toString()))
			.andReturn();
		Long id = Long.valueOf(drafted.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
		BulletinView d = this.bulletins.view(this.data.user("fgw"), id);
		BulletinText t = d.text();
		this.mvc
			.perform(post("/bulletins/{id}", id).with(PortalUsers.user("fgw"))
				.with(csrf())
				.param("action", "issue")
				.param("version", String.valueOf(d.version()))
				.param("title", t.title())
				.param("addressees", t.addressees())
				.param("opening", t.opening())
				.param("overall", t.overall())
				.param("projects", t.projects())
				.param("ranking", t.ranking())
				.param("problems", t.problems())
				.param("requirements", t.requirements())
				.param("signature", t.signature())
				.param("copyTo", t.copyTo())
				.param("printer", t.printer()))
			.andExpect(flash().attribute("message", "bulletin.issued"));
		return this.bulletins.view(this.data.user("fgw"), id);
	}

	/** An approved report for May with a remark (进展情况) that must never be public. */
	private void report(String unit, int cumulative, String remark) {
		OffsetDateTime at = MAY.plusMonths(1).atDay(3).atTime(10, 0).atZone(MutableClock.ZONE).toOffsetDateTime();
		Long id = this.jdbc.queryForObject("""
				insert into report (unit_id, project_id, period, status, first_submitted_at, submitted_at, late,
					reviewed_at, updated_at, progress_text, problems_text)
				values (?, ?, ?, 'APPROVED', ?, ?, false, ?, ?, ?, ?) returning id""", Long.class,
				this.data.unitId(unit), this.parks.id(), MAY.atDay(1), at, at, at, at, remark, remark);
		this.jdbc.update("insert into report_value (report_id, indicator_id, cumulative) values (?, ?, ?)", id,
				this.indicator, cumulative);
	}

}
