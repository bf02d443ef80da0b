package cn.tangshan.minsheng.reporting;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import cn.tangshan.minsheng.MutableClock;
import cn.tangshan.minsheng.PortalTest;
import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.account.PortalUsers;
import cn.tangshan.minsheng.org.Units;
import cn.tangshan.minsheng.plan.PlanCatalog;
import cn.tangshan.minsheng.plan.ProjectView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Evidence files end to end: what is accepted (by content, never by name), who may add,
 * see and remove them, and what is stored and audited. Uses its own units (滦南县, 乐亭县) and
 * removes its reports afterwards.
 */
@PortalTest
class EvidenceTests {

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EvidenceFiles files;

	@Autowired
	Units units;

	@Autowired
	PlanCatalog plans;

	@Autowired
	UserDetailsService users;

	@Autowired
	MessageSource messages;

	@Autowired
	MutableClock clock;

	private final List<Long> reports = new ArrayList<>();

	private ProjectView project;

	private Long reportId;

	@BeforeEach
	void draftReportOfLuannan() {
		this.project = this.plans.currentOverview().orElseThrow().projects().get(0);
		this.reportId = report("luannan", "DRAFT");
	}

	@AfterEach
	void cleanUp() {
		this.clock.reset();
		for (Long id : this.reports) {
			this.jdbc.update("delete from audit_entry where report_id = ?", id);
			this.jdbc.update("delete from report where id = ?", id);
		}
	}

	@Test
	void photoIsStoredWithAThumbnailAndDownloadsByteIdentical() throws Exception {
		byte[] png = png(600, 400);
		upload("luannan", this.reportId, "现场照片.png", "application/octet-stream", png)
			.andExpect(redirectedUrl(formUrl()))
			.andExpect(flash().attribute("message", "evidence.added"))
			.andExpect(flash().attribute("messageArg", "现场照片.png"));

		Map<String, Object> row = this.jdbc.queryForMap(
				"select id, file_name, content_type, size_bytes, uploaded_by, thumbnail from evidence where report_id = ?",
				this.reportId);
		Long id = ((Number) row.get("id")).longValue();
		assertThat(row).containsEntry("file_name", "现场照片.png")
			.containsEntry("content_type", "image/png")
			.containsEntry("size_bytes", png.length);
		assertThat(row.get("uploaded_by")).isEqualTo(userId("luannan"));

		this.mvc.perform(get("/evidence/{id}", id).with(PortalUsers.user("luannan")))
			.andExpect(status().isOk())
			.andExpect(content().bytes(png))
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().longValue("Content-Length", png.length))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"evidence-" + id
							+ ".png\"; filename*=UTF-8''%E7%8E%B0%E5%9C%BA%E7%85%A7%E7%89%87.png"))
			.andExpect(header().stringValues("X-Content-Type-Options", "nosniff"));

		MvcResult thumbnail = this.mvc.perform(get("/evidence/{id}/thumbnail", id).with(PortalUsers.user("luannan")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("Cache-Control", "max-age=3600, private"))
			.andReturn();
		BufferedImage small = ImageIO.read(new ByteArrayInputStream(thumbnail.getResponse().getContentAsByteArray()));
		assertThat(small.getWidth()).isEqualTo(240);
		assertThat(small.getHeight()).isEqualTo(160);
		assertThat(thumbnail.getResponse().getContentAsByteArray()).isEqualTo((byte[]) row.get("thumbnail"));
	}

	@Test
	void jpegThumbnailIsAJpegNoWiderThan240() throws Exception {
		upload("luannan", this.reportId, "photo.jpeg", "image/jpeg", jpeg(1000, 3000, null))
			.andExpect(flash().attribute("message", "evidence.added"));
		Long id = onlyEvidenceId();
		assertThat(fileName(id)).isEqualTo("photo.jpg");
		byte[] thumbnail = this.mvc.perform(get("/evidence/{id}/thumbnail", id).with(PortalUsers.user("luannan")))
			.andExpect(header().string("Content-Type", "image/jpeg"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		BufferedImage small = ImageIO.read(new ByteArrayInputStream(thumbnail));
		assertThat(EvidenceType.detect(thumbnail)).contains(EvidenceType.JPEG);
		assertThat(small.getWidth()).isLessThanOrEqualTo(240);
		assertThat(small.getHeight()).isEqualTo(320);
	}

	@Test
	void sidewaysPhonephotoGetsAnUprightThumbnail() throws Exception {
		// Stored 40×20, red left and blue right; Exif orientation 6 means "turn 90°
		// clockwise".
		upload("luannan", this.reportId, "phone.jpg", "image/jpeg", jpeg(40, 20, 6))
			.andExpect(flash().attribute("message", "evidence.added"));
		byte[] thumbnail = this.mvc
			.perform(get("/evidence/{id}/thumbnail", onlyEvidenceId()).with(PortalUsers.user("luannan")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		BufferedImage upright = ImageIO.read(new ByteArrayInputStream(thumbnail));
		assertThat(upright.getWidth()).isEqualTo(20);
		assertThat(upright.getHeight()).isEqualTo(40);
		Color top = new Color(upright.getRGB(10, 5));
		Color bottom = new Color(upright.getRGB(10, 35));
		assertThat(top.getRed()).isGreaterThan(top.getBlue());
		assertThat(bottom.getBlue()).isGreaterThan(bottom.getRed());
	}

	@Test
	void pdfIsAcceptedAndItsThumbnailIsAnIcon() throws Exception {
		upload("luannan", this.reportId, "验收报告.PDF", "application/pdf", PDF)
			.andExpect(flash().attribute("message", "evidence.added"))
			.andExpect(flash().attribute("messageArg", "验收报告.pdf"));
		Long id = onlyEvidenceId();
		assertThat(this.jdbc.queryForObject("select content_type from evidence where id = ?", String.class, id))
			.isEqualTo("application/pdf");
		assertThat(this.jdbc.queryForObject("select thumbnail is null from evidence where id = ?", Boolean.class, id))
			.isTrue();
		this.mvc.perform(get("/evidence/{id}", id).with(PortalUsers.user("luannan")))
			.andExpect(content().bytes(PDF))
			.andExpect(header().string("Content-Type", "application/pdf"));
		this.mvc.perform(get("/evidence/{id}/thumbnail", id).with(PortalUsers.user("luannan")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/svg+xml"))
			.andExpect(content().string(containsString("<svg")));
	}

	@Test
	void textFileNamedLikeAPhotoIsRejectedInChineseAndNothingIsStored() throws Exception {
		upload("luannan", this.reportId, "photo.jpg", "image/jpeg", "这不是图片".getBytes(StandardCharsets.UTF_8))
			.andExpect(redirectedUrl(formUrl()))
			.andExpect(flash().attribute("error", "evidence.type"));
		assertThat(chinese("evidence.type")).isEqualTo("只能上传 JPEG、PNG 图片或 PDF 文件");
		assertThat(evidenceCount()).isZero();
		assertThat(auditActions()).isEmpty();
	}

	@Test
	void imageThatCannotBeReadIsRejected() throws Exception {
		byte[] broken = Arrays.copyOf(png(50, 50), 60);
		upload("luannan", this.reportId, "broken.png", "image/png", broken)
			.andExpect(flash().attribute("error", "evidence.unreadable"));
		byte[] garbage = new byte[200];
		garbage[0] = (byte) 0xFF;
		garbage[1] = (byte) 0xD8;
		garbage[2] = (byte) 0xFF;
		upload("luannan", this.reportId, "broken.jpg", "image/jpeg", garbage)
			.andExpect(flash().attribute("error", "evidence.unreadable"));
		assertThat(evidenceCount()).isZero();
	}

	@Test
	void emptyOrMissingFileIsRejected() throws Exception {
		upload("luannan", this.reportId, "", "application/octet-stream", new byte[0])
			.andExpect(redirectedUrl(formUrl()))
			.andExpect(flash().attribute("error", "evidence.empty"));
		this.mvc
			.perform(multipart("/reports/{id}/evidence", this.reportId).with(PortalUsers.user("luannan")).with(csrf()))
			.andExpect(redirectedUrl(formUrl()))
			.andExpect(flash().attribute("error", "evidence.empty"));
		assertThat(evidenceCount()).isZero();
	}

	@Test
	void fileOverTenMegabytesIsRejectedAndTenMegabytesIsNot() {
		CurrentUser luannan = (CurrentUser) this.users.loadUserByUsername("luannan");
		byte[] big = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
		assertThatExceptionOfType(EvidenceRejectedException.class)
			.isThrownBy(() -> this.files.upload(luannan, this.reportId, "big.pdf", new ByteArrayInputStream(big)))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("evidence.tooLarge"))
			.satisfies((ex) -> assertThat(ex.argument()).isEqualTo(10));
		assertThat(chinese("evidence.tooLarge", 10)).isEqualTo("文件太大：每个文件不能超过 10 MB");
		assertThat(evidenceCount()).isZero();

		EvidenceView stored = this.files.upload(luannan, this.reportId, "full.pdf",
				new ByteArrayInputStream(big, 0, big.length - 1));
		assertThat(stored.sizeBytes()).isEqualTo(10 * 1024 * 1024);
		assertThat(evidenceCount()).isOne();
	}

	@Test
	void anotherCountyCanNeitherSeeNorAddNorRemove() throws Exception {
		upload("luannan", this.reportId, "a.png", "image/png", png(10, 10));
		Long id = onlyEvidenceId();
		upload("laoting", this.reportId, "b.png", "image/png", png(10, 10)).andExpect(status().isForbidden());
		this.mvc.perform(get("/evidence/{id}", id).with(PortalUsers.user("laoting"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/evidence/{id}/thumbnail", id).with(PortalUsers.user("laoting")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/evidence/{id}/delete", id).with(PortalUsers.user("laoting")).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(evidenceCount()).isOne();
		CurrentUser laoting = (CurrentUser) this.users.loadUserByUsername("laoting");
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.files.delete(laoting, id));
		assertThat(evidenceCount()).isOne();
	}

	@Test
	void leadDepartmentAndCoordinatorMayDownloadButNotAdd() throws Exception {
		byte[] png = png(20, 20);
		upload("luannan", this.reportId, "a.png", "image/png", png);
		Long id = onlyEvidenceId();
		String lead = this.project.leads().get(0).code();
		this.mvc.perform(get("/evidence/{id}", id).with(PortalUsers.user(lead)))
			.andExpect(status().isOk())
			.andExpect(content().bytes(png));
		this.mvc.perform(get("/evidence/{id}/thumbnail", id).with(PortalUsers.user(lead))).andExpect(status().isOk());
		this.mvc.perform(get("/evidence/{id}", id).with(PortalUsers.user("fgw"))).andExpect(status().isOk());
		upload(lead, this.reportId, "b.png", "image/png", png).andExpect(status().isForbidden());
		String other = this.plans.currentOverview()
			.orElseThrow()
			.projects()
			.stream()
			.flatMap((p) -> p.leads().stream())
			.filter((u) -> this.project.leads().stream().noneMatch((l) -> l.id().equals(u.id())))
			.findFirst()
			.orElseThrow()
			.code();
		this.mvc.perform(get("/evidence/{id}", id).with(PortalUsers.user(other))).andExpect(status().isForbidden());
		assertThat(evidenceCount()).isOne();
	}

	@Test
	void submittedOrApprovedReportRefusesUploadsAndDeletes() throws Exception {
		upload("luannan", this.reportId, "a.png", "image/png", png(10, 10));
		Long id = onlyEvidenceId();
		for (String status : List.of("SUBMITTED", "APPROVED")) {
			this.jdbc.update("update report set status = ? where id = ?", status, this.reportId);
			upload("luannan", this.reportId, "b.png", "image/png", png(10, 10)).andExpect(redirectedUrl(formUrl()))
				.andExpect(flash().attribute("error", "evidence.locked"));
			this.mvc.perform(post("/evidence/{id}/delete", id).with(PortalUsers.user("luannan")).with(csrf()))
				.andExpect(redirectedUrl(formUrl()))
				.andExpect(flash().attribute("error", "evidence.locked"));
		}
		assertThat(chinese("evidence.locked")).isEqualTo("该报表已报送或已审核，不能再添加或删除佐证材料");
		assertThat(evidenceCount()).isOne();
	}

	@Test
	void afterTheDeadlineOnlyAReturnedReportTakesFiles() throws Exception {
		this.clock.set(LocalDateTime.of(2024, 7, 10, 9, 0));
		upload("luannan", this.reportId, "late.png", "image/png", png(10, 10))
			.andExpect(flash().attribute("error", "evidence.closed"));
		this.jdbc.update("update report set status = 'RETURNED' where id = ?", this.reportId);
		upload("luannan", this.reportId, "late.png", "image/png", png(10, 10))
			.andExpect(flash().attribute("message", "evidence.added"));
		assertThat(evidenceCount()).isOne();
	}

	@Test
	void namesAreStoredSafely() throws Exception {
		byte[] png = png(10, 10);
		byte[] jpeg = jpeg(10, 10, null);
		Map<String, byte[]> uploads = new LinkedHashMap<>();
		uploads.put("../../etc/passwd.png", png);
		uploads.put("a\"b<c>.jpg", jpeg);
		uploads.put("C:\\Users\\张三\\桌面\\施工 现场:1?.JPG", jpeg);
		uploads.put("报告\u202Egnp.exe", png);
		uploads.put("text.jpg", png);
		uploads.put("<>|.png", png);
		uploads.put("长".repeat(300) + ".png", png);
		for (Map.Entry<String, byte[]> upload : uploads.entrySet()) {
			upload("luannan", this.reportId, upload.getKey(), "image/png", upload.getValue())
				.andExpect(flash().attribute("message", "evidence.added"));
		}
		List<Map<String, Object>> rows = this.jdbc
			.queryForList("select id, file_name from evidence where report_id = ? order by id", this.reportId);
		assertThat(rows).extracting((r) -> r.get("file_name"))
			.containsExactly("passwd.png", "abc.jpg", "施工 现场1.jpg", "报告gnp.png", "text.png",
					"evidence-" + rows.get(5).get("id") + ".png", "长".repeat(100) + ".png");
		Long id = ((Number) rows.get(1).get("id")).longValue();
		this.mvc.perform(get("/evidence/{id}", id).with(PortalUsers.user("luannan")))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"abc.jpg\"; filename*=UTF-8''abc.jpg"));
	}

	@Test
	void deletingRemovesTheFileAndBothStepsAreAudited() throws Exception {
		upload("luannan", this.reportId, "现场.png", "image/png", png(10, 10));
		Long id = onlyEvidenceId();
		this.mvc.perform(post("/evidence/{id}/delete", id).with(PortalUsers.user("luannan")).with(csrf()))
			.andExpect(redirectedUrl(formUrl()))
			.andExpect(flash().attribute("message", "evidence.removed"))
			.andExpect(flash().attribute("messageArg", "现场.png"));
		assertThat(evidenceCount()).isZero();
		List<Map<String, Object>> audit = this.jdbc.queryForList("""
				select action, username, target_unit_id, field, old_value, new_value from audit_entry
				where report_id = ? order by id""", this.reportId);
		Long luannan = this.units.findByCode("luannan").orElseThrow().id();
		assertThat(audit).hasSize(2);
		assertThat(audit.get(0)).containsEntry("action", "EVIDENCE_ADDED")
			.containsEntry("username", "luannan")
			.containsEntry("target_unit_id", luannan)
			.containsEntry("field", "evidence")
			.containsEntry("old_value", null)
			.containsEntry("new_value", "现场.png");
		assertThat(audit.get(1)).containsEntry("action", "EVIDENCE_REMOVED")
			.containsEntry("old_value", "现场.png")
			.containsEntry("new_value", null);
		this.mvc.perform(get("/evidence/{id}", id).with(PortalUsers.user("luannan"))).andExpect(status().isNotFound());
		this.mvc.perform(post("/evidence/{id}/delete", id).with(PortalUsers.user("luannan")).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void unknownFilesAndReportsAreNotFound() throws Exception {
		this.mvc.perform(get("/evidence/{id}", Long.MAX_VALUE).with(PortalUsers.user("luannan")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/evidence/{id}/thumbnail", Long.MAX_VALUE).with(PortalUsers.user("luannan")))
			.andExpect(status().isNotFound());
		upload("luannan", Long.MAX_VALUE, "a.png", "image/png", png(10, 10)).andExpect(status().isNotFound());
	}

	private ResultActions upload(String user, Long reportId, String name, String contentType, byte[] content)
			throws Exception {
		return this.mvc.perform(multipart("/reports/{id}/evidence", reportId)
			.file(new MockMultipartFile("file", name, contentType, content))
			.with(PortalUsers.user(user))
			.with(csrf()));
	}

	private Long report(String unitCode, String status) {
		Long id = this.jdbc.queryForObject("""
				insert into report (unit_id, project_id, period, status, updated_at)
				values (?, ?, ?, ?, now()) returning id""", Long.class,
				this.units.findByCode(unitCode).orElseThrow().id(), this.project.id(), LocalDate.of(2024, 6, 1),
				status);
		this.reports.add(id);
		return id;
	}

	private String formUrl() {
		return "/reports?month=2024-06#project-" + this.project.id();
	}

	private int evidenceCount() {
		return this.jdbc.queryForObject("select count(*) from evidence where report_id = ?", Integer.class,
				this.reportId);
	}

	private Long onlyEvidenceId() {
		return this.jdbc.queryForObject("select id from evidence where report_id = ?", Long.class, this.reportId);
	}

	private String fileName(Long id) {
		return this.jdbc.queryForObject("select file_name from evidence where id = ?", String.class, id);
	}

	private List<String> auditActions() {
		return this.jdbc.queryForList("select action from audit_entry where report_id = ?", String.class,
				this.reportId);
	}

	private Long userId(String username) {
		return this.jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
	}

	private String chinese(String code, Object... args) {
		return this.messages.getMessage(code, args, Locale.SIMPLIFIED_CHINESE);
	}

	private static byte[] png(int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0x2E, 0x7D, 0x32, 200));
		graphics.fillRect(0, 0, width / 2, height);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	/**
	 * A JPEG, red on the left and blue on the right, with an Exif orientation if given.
	 */
	private static byte[] jpeg(int width, int height, Integer orientation) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.RED);
		graphics.fillRect(0, 0, width / 2, height);
		graphics.setColor(Color.BLUE);
		graphics.fillRect(width / 2, 0, width - width / 2, height);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", out);
		byte[] jpeg = out.toByteArray();
		if (orientation == null) {
			return jpeg;
		}
		// After SOI and the JFIF segment: an APP1 "Exif" segment with a big-endian TIFF
		// header and one IFD entry, orientation (0x0112, SHORT).
		int afterJfif = 4 + ((jpeg[4] & 0xFF) << 8 | (jpeg[5] & 0xFF));
		byte[] exif = { (byte) 0xFF, (byte) 0xE1, 0, 34, 'E', 'x', 'i', 'f', 0, 0, 'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1,
				0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation.byteValue(), 0, 0, 0, 0, 0, 0 };
		ByteArrayOutputStream withExif = new ByteArrayOutputStream();
		withExif.write(jpeg, 0, afterJfif);
		withExif.write(exif);
		withExif.write(jpeg, afterJfif, jpeg.length - afterJfif);
		return withExif.toByteArray();
	}

}
