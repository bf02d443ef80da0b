package cn.tangshan.minsheng.experience;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import cn.tangshan.minsheng.PortalTest;
import cn.tangshan.minsheng.TestData;
import cn.tangshan.minsheng.account.PortalUsers;
import cn.tangshan.minsheng.bulletin.BulletinText;
import cn.tangshan.minsheng.bulletin.BulletinView;
import cn.tangshan.minsheng.bulletin.Bulletins;
import cn.tangshan.minsheng.plan.ProjectView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 典型经验 from 路南区's draft to the coordinator's publication and into one bulletin (and not
 * the next), with the evidence rules for photos, the version check, the audit trail, the
 * notifications and the server-side scope checks.
 */
@PortalTest
class ExperienceTests {

	static final String TITLE = "见缝插绿建游园";

	static final String BODY = "路南区利用边角地建设口袋公园。\n建成后由社区共同管护。";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestData data;

	@Autowired
	Bulletins bulletins;

	ProjectView parks;

	@BeforeEach
	void setUp() {
		clean();
		this.parks = this.data.project("1-3");
	}

	@AfterEach
	void clean() {
		this.jdbc.update("delete from experience");
		this.jdbc.update("delete from bulletin");
		this.jdbc.update("delete from notification where kind like 'EXPERIENCE_%' or kind = 'BULLETIN_ISSUED'");
	}

	@Test
	void submitReturnResubmitPublishAndOneBulletin() throws Exception {
		// 路南区 writes and submits, with a photo.
		Long id = create("lunan", TITLE, BODY, "submit", png("现场.png"));
		assertThat(state(id)).containsEntry("status", "SUBMITTED").containsEntry("for_bulletin", false);
		assertThat(photos(id)).containsExactly("现场.png");
		assertThat(audit(id)).extracting((r) -> r.get("action"))
			.containsExactly("EXPERIENCE_CREATED", "EXPERIENCE_PHOTO_ADDED", "EXPERIENCE_SUBMITTED");
		assertThat(audit(id)).allSatisfy((r) -> assertThat(r.get("username")).isEqualTo("lunan"));

		// Returning needs a reason, told next to the field.
		String page = this.mvc
			.perform(post("/experience/{id}/return", id).with(PortalUsers.user("fgw"))
				.with(csrf())
				.param("version", version(id)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"reason-errors\"", "请填写此项");
		assertThat(state(id)).containsEntry("status", "SUBMITTED");
		this.mvc
			.perform(post("/experience/{id}/return", id).with(PortalUsers.user("fgw"))
				.with(csrf())
				.param("version", version(id))
				.param("reason", "请补充管护机制的具体做法"))
			.andExpect(flash().attribute("message", "experience.returned"));
		assertThat(state(id)).containsEntry("status", "RETURNED").containsEntry("return_reason", "请补充管护机制的具体做法");
		assertThat(notifications("lunan", "EXPERIENCE_RETURNED")).containsExactly("/experience/" + id);
		assertThat(this.mvc.perform(get("/experience/{id}/edit", id).with(PortalUsers.user("lunan")))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("请补充管护机制的具体做法", "value=\"" + TITLE + "\"");

		// The unit edits and submits again; the change is audited with old and new.
		this.mvc
			.perform(form(multipart("/experience/{id}", id), "lunan", TITLE + "（修改）", BODY, "submit").param("version",
					version(id)))
			.andExpect(flash().attribute("message", "experience.submitted"));
		assertThat(state(id)).containsEntry("status", "SUBMITTED").containsEntry("title", TITLE + "（修改）");
		assertThat(audit(id)).anySatisfy((r) -> assertThat(r).containsEntry("action", "EXPERIENCE_EDITED")
			.containsEntry("old_value", TITLE)
			.containsEntry("new_value", TITLE + "（修改）"));

		// The coordinator publishes (the unit is told) and marks it for the next
		// bulletin.
		this.mvc
			.perform(post("/experience/{id}/publish", id).with(PortalUsers.user("fgw"))
				.with(csrf())
				.param("version", version(id)))
			.andExpect(flash().attribute("message", "experience.published"));
		assertThat(state(id)).containsEntry("status", "PUBLISHED");
		assertThat(notifications("lunan", "EXPERIENCE_PUBLISHED")).containsExactly("/experience/" + id);
		this.mvc
			.perform(post("/experience/{id}/bulletin", id).with(PortalUsers.user("fgw"))
				.with(csrf())
				.param("version", version(id))
				.param("mark", "true"))
			.andExpect(flash().attribute("message", "experience.marked"));
		assertThat(state(id)).containsEntry("for_bulletin", true);
		assertThat(audit(id)).extracting((r) -> r.get("action"))
			.contains("EXPERIENCE_RETURNED", "EXPERIENCE_PUBLISHED", "EXPERIENCE_BULLETIN_MARK");

		// The next draft carries it in a 典型经验 section, numbered before 存在问题.
		Long draft = draft();
		assertThat(this.mvc.perform(get("/bulletins/{id}/edit", draft).with(PortalUsers.user("fgw")))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("id=\"bulletin-experience\"", "路南区：" + TITLE + "（修改）");
		String print = this.mvc.perform(get("/bulletins/{id}/print", draft).with(PortalUsers.user("fgw")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(print).contains("四、典型经验", "（一）路南区：" + TITLE + "（修改）。", "路南区利用边角地建设口袋公园。", "建成后由社区共同管护。", "五、存在问题",
				"六、下步要求");
		assertThat(docxText(draft)).contains("四、典型经验", "（一）路南区：" + TITLE + "（修改）。", "六、下步要求");

		// Issued: frozen in the snapshot, the mark used up.
		BulletinView issued = issue(draft);
		assertThat(issued.figures().experiences()).singleElement()
			.satisfies((e) -> assertThat(e.title()).isEqualTo(TITLE + "（修改）"))
			.satisfies((e) -> assertThat(e.unit()).isEqualTo("路南区"));
		assertThat(state(id)).containsEntry("for_bulletin", false).containsEntry("bulletin_id", draft);
		// Later changes to the article never reach the issued bulletin.
		this.jdbc.update("update experience set title = '改过的标题', body = '改过的正文' where id = ?", id);
		assertThat(this.mvc.perform(get("/bulletins/{id}/print", draft).with(PortalUsers.user("lunan")))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("（一）路南区：" + TITLE + "（修改）。").doesNotContain("改过的");
		// It cannot be marked again, and the next bulletin does not repeat it.
		this.mvc
			.perform(post("/experience/{id}/bulletin", id).with(PortalUsers.user("fgw"))
				.with(csrf())
				.param("version", version(id))
				.param("mark", "true"))
			.andExpect(status().isOk());
		assertThat(state(id)).containsEntry("for_bulletin", false);
		Long next = draft();
		assertThat(this.bulletins.view(this.data.user("fgw"), next).figures().experiences()).isEmpty();
		assertThat(this.mvc.perform(get("/bulletins/{id}/print", next).with(PortalUsers.user("fgw")))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("四、存在问题", "五、下步要求").doesNotContain("典型经验", "六、下步要求");
	}

	@Test
	void photosAreCheckedLikeReportEvidenceAndTheInputIsKept() throws Exception {
		String pdf = this.mvc
			.perform(form(multipart("/experience"), "lunan", TITLE, BODY, "submit").file(new MockMultipartFile("photos",
					"a.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(pdf).contains("id=\"photos-errors\"", "只能上传 JPEG 或 PNG 图片", "value=\"" + TITLE + "\"",
				"路南区利用边角地建设口袋公园。");
		String fake = this.mvc
			.perform(form(multipart("/experience"), "lunan", TITLE, BODY, "submit")
				.file(new MockMultipartFile("photos", "photo.png", "image/png", "not a picture".getBytes())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fake).contains("只能上传 JPEG、PNG 图片或 PDF 文件");
		MockMultipartHttpServletRequestBuilder seven = form(multipart("/experience"), "lunan", TITLE, BODY, "save");
		for (int i = 0; i < 7; i++) {
			seven.file(png(i + ".png"));
		}
		assertThat(this.mvc.perform(seven).andReturn().getResponse().getContentAsString()).contains("图片太多：每篇最多6张");
		String blank = this.mvc.perform(form(multipart("/experience"), "lunan", " ", BODY, "save"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(blank).contains("id=\"title-errors\"", "请填写此项", "路南区利用边角地建设口袋公园。");
		String control = this.mvc.perform(form(multipart("/experience"), "lunan", "标题\u0000", BODY, "save"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(control).contains("id=\"title-errors\"", "不能包含控制字符");
		assertThat(this.jdbc.queryForObject("select count(*) from experience", Integer.class)).isZero();

		// A name is cleaned like evidence's, and the type comes from the content.
		Long id = create("lunan", TITLE, BODY, "save", png("../../现场<1>.jpeg"));
		assertThat(photos(id)).containsExactly("现场1.png");
	}

	@Test
	void aStaleVersionIsToldAndNeverOverwrites() throws Exception {
		Long id = create("lunan", TITLE, BODY, "save");
		String seen = version(id);
		this.mvc
			.perform(form(multipart("/experience/{id}", id), "lunan", TITLE, "第一位的修改", "save").param("version", seen))
			.andExpect(flash().attribute("message", "experience.saved"));
		String page = this.mvc
			.perform(form(multipart("/experience/{id}", id), "lunan", TITLE, "第二位的修改", "save").param("version", seen))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"conflict\"", "这篇典型经验已被他人修改", "第二位的修改");
		assertThat(state(id)).containsEntry("body", "第一位的修改");
		// The coordinator's steps check the version too.
		this.mvc.perform(
				post("/experience/{id}/publish", id).with(PortalUsers.user("fgw")).with(csrf()).param("version", seen))
			.andExpect(status().isOk());
		assertThat(state(id)).containsEntry("status", "DRAFT");
	}

	@Test
	void everyReadAndWriteIsCheckedAgainstTheUnit() throws Exception {
		Long id = create("lunan", TITLE, BODY, "save", png("p.png"));
		Long photo = this.jdbc.queryForObject("select id from experience_photo where experience_id = ?", Long.class,
				id);
		for (String other : List.of("lubei", "zjj", "leader")) {
			this.mvc.perform(get("/experience/{id}", id).with(PortalUsers.user(other)))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/experience/photos/{id}", photo).with(PortalUsers.user(other)))
				.andExpect(status().isForbidden());
			assertThat(this.mvc.perform(get("/experience").with(PortalUsers.user(other)))
				.andReturn()
				.getResponse()
				.getContentAsString()).doesNotContain(TITLE);
		}
		this.mvc
			.perform(form(multipart("/experience/{id}", id), "lubei", "别人的标题", BODY, "save").param("version",
					version(id)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/experience/{id}/publish", id).with(PortalUsers.user("lunan"))
				.with(csrf())
				.param("version", version(id)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/experience/{id}", 999_999_999L).with(PortalUsers.user("lunan")))
			.andExpect(status().isNotFound());
		assertThat(state(id)).containsEntry("title", TITLE).containsEntry("status", "DRAFT");
		// The owner and the coordinator see it; the administrators reach nothing.
		this.mvc.perform(get("/experience/{id}", id).with(PortalUsers.user("lunan"))).andExpect(status().isOk());
		this.mvc.perform(get("/experience/{id}", id).with(PortalUsers.user("fgw"))).andExpect(status().isOk());
		this.mvc.perform(get("/experience").with(PortalUsers.user("admin"))).andExpect(status().isForbidden());
	}

	@Test
	void theCockpitListsPublishedOnesNewestFirst() throws Exception {
		Long first = create("lunan", "第一篇", BODY, "submit", png("a.png"));
		Long second = create("qianan", "第二篇", BODY, "submit");
		Long draft = create("zunhua", "草稿一篇", BODY, "save");
		publish(first);
		publish(second);
		List<PublishedExperience> list = this.experiencesApi().published(2024, 10);
		assertThat(list).extracting(PublishedExperience::title).containsExactly("第二篇", "第一篇");
		assertThat(list.get(1).unitName()).isEqualTo("路南区");
		assertThat(list.get(1).projectName()).isEqualTo(this.parks.name());
		assertThat(list.get(1).firstPhotoId()).isNotNull();
		assertThat(list.get(0).firstPhotoId()).isNull();
		assertThat(this.experiencesApi().published(2024, 1)).hasSize(1);
		assertThat(list).extracting(PublishedExperience::id).doesNotContain(draft);
	}

	@Autowired
	Experiences experiences;

	private Experiences experiencesApi() {
		return this.experiences;
	}

	private void publish(Long id) throws Exception {
		this.mvc
			.perform(post("/experience/{id}/publish", id).with(PortalUsers.user("fgw"))
				.with(csrf())
				.param("version", version(id)))
			.andExpect(flash().attribute("message", "experience.published"));
	}

	private Long create(String user, String title, String body, String action, MockMultipartFile... photos)
			throws Exception {
		MockMultipartHttpServletRequestBuilder request = form(multipart("/experience"), user, title, body, action);
		for (MockMultipartFile photo : photos) {
			request.file(photo);
		}
		MvcResult result = this.mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
		return Long.valueOf(result.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
	}

	private MockMultipartHttpServletRequestBuilder form(MockMultipartHttpServletRequestBuilder request, String user,
			String title, String body, String action) {
		request.param("projectId", String.valueOf(this.parks.id()))
			.param("title", title)
			.param("body", body)
			.param("action", action)
			.with(PortalUsers.user(user))
			.with(csrf());
		return request;
	}

	static MockMultipartFile png(String name) {
		return new MockMultipartFile("photos", name, "image/png", ExperienceDemoData.picture("照片", 1));
	}

	private Map<String, Object> state(Long id) {
		return this.jdbc.queryForMap(
				"select status, title, body, return_reason, for_bulletin, bulletin_id from experience where id = ?",
				id);
	}

	private String version(Long id) {
		return String.valueOf(this.jdbc.queryForObject("select version from experience where id = ?", Long.class, id));
	}

	private List<String> photos(Long id) {
		return this.jdbc.queryForList("select file_name from experience_photo where experience_id = ? order by id",
				String.class, id);
	}

	private List<Map<String, Object>> audit(Long id) {
		return this.jdbc.queryForList(
				"select action, username, old_value, new_value, reason from audit_entry where field like ? order by id",
				"experience:" + id + ":%");
	}

	private List<String> notifications(String username, String kind) {
		return this.jdbc.queryForList("""
				select n.link from notification n join user_account a on a.unit_id = n.unit_id
				where a.username = ? and n.kind = ? order by n.id""", String.class, username, kind);
	}

	private Long draft() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/bulletins").with(PortalUsers.user("fgw")).with(csrf()).param("month", "2024-05"))
			.andReturn();
		return Long.valueOf(result.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
	}

	private BulletinView issue(Long id) throws Exception {
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

	private String docxText(Long id) throws Exception {
		byte[] body = this.mvc.perform(get("/bulletins/{id}.docx", id).with(PortalUsers.user("fgw")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		StringBuilder all = new StringBuilder();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals("word/document.xml")) {
					all.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8).replaceAll("<[^>]+>", ""));
				}
			}
		}
		return all.toString();
	}

}
