package cn.tangshan.minsheng.problem;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import cn.tangshan.minsheng.MutableClock;
import cn.tangshan.minsheng.PortalTest;
import cn.tangshan.minsheng.TestData;
import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.account.PortalUsers;
import cn.tangshan.minsheng.bulletin.Bulletins;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The 问题清单 on real PostgreSQL: a problem's whole life (raise with an attachment, assign,
 * answer with evidence, not solved, answer again, 销号, reopen, close) with history, audit
 * and notifications; refused steps; bad input kept next to its field with nothing stored;
 * the access matrix; a stale form; the overdue job; the counts and home card; the
 * ledger's sheet and the bulletin's paragraph. 滦南县 raises on 1-6 农村厕所改造 (市农业农村局 leads);
 * 市住建局 answers; 迁西县 and 市残联 are strangers. Removes its problems afterwards.
 */
@PortalTest
class ProblemTests {

	private static final String PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

	@Autowired
	TestData data;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Problems problems;

	@Autowired
	ProblemKinds kinds;

	@Autowired
	Bulletins bulletins;

	@Autowired
	MutableClock clock;

	Long project;

	Long kind;

	@BeforeEach
	void data() {
		clean();
		this.project = this.data.project("1-6").id();
		this.kind = this.kinds.active().get(0).id();
	}

	@AfterEach
	void clean() {
		this.clock.reset();
		this.jdbc.update("delete from problem");
		this.jdbc.update("delete from problem_counter");
		for (String unit : List.of("luannan", "qianxi", "zjj", "cl", "nyj")) {
			this.jdbc.update("delete from notification where unit_id = ? and kind like 'PROBLEM%'",
					this.data.unitId(unit));
		}
		this.jdbc.update("delete from audit_entry where action like 'PROBLEM%'");
		this.jdbc.update("delete from bulletin where status = 'DRAFT' and demo = false");
	}

	@Test
	void wholeLifeRaiseAssignAnswerNotSolvedAnswerConfirmReopenClose() throws Exception {
		Long id = raise("luannan", "村级户厕改造用地协调", new MockMultipartFile("attachments", "现场.png", "image/png", png()));
		assertThat(state(id)).isEqualTo("PENDING");
		assertThat(this.jdbc.queryForObject("select number from problem where id = ?", Integer.class, id)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from problem_file where problem_id = ? and stage = 'RAISED'", Integer.class, id))
			.isEqualTo(1);
		this.mvc.perform(get("/problems/{id}", id).with(PortalUsers.user("luannan")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("唐民生问〔2024〕1号"), containsString("待分派"),
					containsString("村级户厕改造用地协调"), containsString("现场.png"))));

		step("fgw", id, "assign", "unitId", String.valueOf(this.data.unitId("zjj")), "deadline", "2024-07-20", "text",
				"请市住建局协调解决。")
			.andExpect(flash().attribute("message", "problem.assigned"));
		assertThat(state(id)).isEqualTo("IN_PROGRESS");
		assertThat(notifications("zjj", "PROBLEM_ASSIGNED")).isEqualTo(1);

		this.mvc
			.perform(multipart("/problems/{id}/answer", id)
				.file(new MockMultipartFile("attachments", "答复.pdf", "application/pdf",
						PDF.getBytes(StandardCharsets.US_ASCII)))
				.param("version", String.valueOf(version(id)))
				.param("text", "已协调落实用地。")
				.with(PortalUsers.user("zjj"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "problem.answered"));
		assertThat(state(id)).isEqualTo("AWAITING_CONFIRMATION");
		assertThat(notifications("luannan", "PROBLEM_ANSWERED")).isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from problem_file where problem_id = ? and stage = 'ANSWER'", Integer.class, id))
			.isEqualTo(1);

		step("luannan", id, "not-solved", "text", "用地手续仍未办结。")
			.andExpect(flash().attribute("message", "problem.notSolved"));
		assertThat(state(id)).isEqualTo("IN_PROGRESS");
		assertThat(notifications("zjj", "PROBLEM_NOT_SOLVED")).isEqualTo(1);
		step("zjj", id, "answer", "text", "用地手续已于7月5日办结。");
		step("luannan", id, "confirm", "text", "").andExpect(flash().attribute("message", "problem.confirmed"));
		assertThat(state(id)).isEqualTo("CLOSED");
		step("fgw", id, "reopen", "text", "调度会要求复核。").andExpect(flash().attribute("message", "problem.reopened"));
		assertThat(state(id)).isEqualTo("IN_PROGRESS");
		step("fgw", id, "close", "text", "复核无误。").andExpect(flash().attribute("message", "problem.closed"));
		assertThat(state(id)).isEqualTo("CLOSED");

		assertThat(this.jdbc.queryForList("select action from problem_event where problem_id = ? order by at, id",
				String.class, id))
			.containsExactly("RAISED", "ASSIGNED", "ANSWERED", "NOT_SOLVED", "ANSWERED", "CONFIRMED", "REOPENED",
					"CLOSED");
		assertThat(this.jdbc.queryForList("select unit_name from problem_event where problem_id = ? order by at, id",
				String.class, id))
			.startsWith("滦南县", "市发展和改革委员会", "市住房和城乡建设局");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_entry where action like 'PROBLEM%'",
				Integer.class))
			.isEqualTo(8);
		this.mvc.perform(get("/problems/{id}/print", id).with(PortalUsers.user("zjj")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("唐山市民生工程问题交办单"), containsString("唐民生问〔2024〕1号"),
					containsString("市住房和城乡建设局："), containsString("用地手续已于7月5日办结。"))));
	}

	@Test
	void stepsOutOfTurnAreRefusedAndNothingChanges() {
		ProblemView p = raiseDirect("luannan");
		CurrentUser county = this.data.user("luannan");
		CurrentUser fgw = this.data.user("fgw");
		assertThatExceptionOfType(ProblemConflictException.class)
			.isThrownBy(() -> this.problems.confirm(county, p.id(), p.version(), null));
		assertThatExceptionOfType(ProblemConflictException.class)
			.isThrownBy(() -> this.problems.reopen(fgw, p.id(), p.version(), "原因"));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.problems.assign(county, p.id(),
				p.version(), this.data.unitId("zjj"), LocalDate.of(2024, 7, 20), null));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.problems.raise(fgw,
				new Problems.NewProblem(this.project, this.kind, "标题", "描述", null, LocalDate.of(2024, 7, 20)),
				List.of()));
		assertThatExceptionOfType(ProblemValidationException.class)
			.isThrownBy(() -> this.problems.close(fgw, p.id(), p.version(), " "))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("reason"));
		assertThatExceptionOfType(ProblemValidationException.class)
			.isThrownBy(() -> this.problems.assign(fgw, p.id(), p.version(), this.data.unitId("lunan"),
					LocalDate.of(2024, 7, 20), null))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("problem.unit.unknown"));
		ProblemView assigned = this.problems.assign(fgw, p.id(), p.version(), this.data.unitId("zjj"),
				LocalDate.of(2024, 7, 20), null);
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.problems.answer(this.data.user("cl"), p.id(), assigned.version(), "答复", List.of()));
		assertThatExceptionOfType(ProblemConflictException.class)
			.isThrownBy(() -> this.problems.assign(fgw, p.id(), assigned.version(), this.data.unitId("zjj"),
					LocalDate.of(2024, 7, 20), null))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("problem.illegal"));
		assertThat(state(p.id())).isEqualTo("IN_PROGRESS");
		assertThat(this.jdbc.queryForObject("select count(*) from problem_event where problem_id = ?", Integer.class,
				p.id()))
			.isEqualTo(2);
	}

	@Test
	void badInputComesBackNextToItsFieldWithTheInputKeptAndNothingStored() throws Exception {
		this.mvc.perform(raiseRequest("luannan", "", "保留的描述文字", "2024-07-20", null))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("title-errors"), containsString("请填写此项"), containsString("保留的描述文字"))));
		this.mvc.perform(raiseRequest("luannan", "标题保留", "描述", "2024-07-01", null))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("wantedBy-errors"), containsString("日期不能早于今天"), containsString("标题保留"))));
		this.mvc.perform(raiseRequest("luannan", "标题", "描述", "2024-07-20", "999999"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("askedUnitId-errors"), containsString("请选择有效的市直部门"))));
		this.mvc.perform(raiseRequest("luannan", "长".repeat(101), "描述", "2024-07-20", null))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("title-errors"), containsString("0到100"))));
		this.mvc
			.perform(raiseRequest("luannan", "附件错误", "描述保留", "2024-07-20", null).file(new MockMultipartFile(
					"attachments", "说明.txt", "text/plain", "不是图片".getBytes(StandardCharsets.UTF_8))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("attachments-errors"),
					containsString("只能上传 JPEG、PNG 图片或 PDF 文件"), containsString("描述保留"))));
		assertThat(this.jdbc.queryForObject("select count(*) from problem", Integer.class)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from problem_file", Integer.class)).isZero();

		ProblemView p = raiseDirect("luannan");
		step("fgw", p.id(), "assign", "unitId", String.valueOf(this.data.unitId("zjj")), "deadline", "2024-07-02",
				"text", "要求保留")
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("deadline-errors"), containsString("日期不能早于今天"), containsString("要求保留"))));
		step("fgw", p.id(), "assign", "unitId", "", "deadline", "2024-07-20", "text", "长".repeat(2001))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("unitId-errors")));
		assertThat(state(p.id())).isEqualTo("PENDING");
	}

	@Test
	void accessMatrix() throws Exception {
		ProblemView p = raiseDirect("luannan");
		for (String stranger : List.of("qianxi", "cl", "zjj", "admin")) {
			this.mvc.perform(get("/problems/{id}", p.id()).with(PortalUsers.user(stranger)))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/problems/{id}/print", p.id()).with(PortalUsers.user(stranger)))
				.andExpect(status().isForbidden());
		}
		for (String reader : List.of("luannan", "nyj", "fgw", "leader")) {
			this.mvc.perform(get("/problems/{id}", p.id()).with(PortalUsers.user(reader))).andExpect(status().isOk());
		}
		this.mvc.perform(get("/problems/{id}", 987654321L).with(PortalUsers.user("fgw")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/problems").with(PortalUsers.user("qianxi")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(p.number().toString()))));
		this.mvc.perform(get("/problems").with(PortalUsers.user("nyj")))
			.andExpect(content().string(containsString(p.number().toString())));
		// Writes of strangers are refused and nothing is stored.
		step("qianxi", p.id(), "close", "text", "不是我的").andExpect(status().isForbidden());
		step("zjj", p.id(), "assign", "unitId", String.valueOf(this.data.unitId("zjj")), "deadline", "2024-07-20")
			.andExpect(status().isForbidden());
		step("nyj", p.id(), "confirm", "text", "").andExpect(status().isForbidden());
		assertThat(state(p.id())).isEqualTo("PENDING");
		// Once assigned the responsible department sees it, and only it answers.
		this.problems.assign(this.data.user("fgw"), p.id(), p.version(), this.data.unitId("zjj"),
				LocalDate.of(2024, 7, 20), null);
		this.mvc.perform(get("/problems/{id}", p.id()).with(PortalUsers.user("zjj"))).andExpect(status().isOk());
		step("nyj", p.id(), "answer", "text", "冒名答复").andExpect(status().isForbidden());
		step("luannan", p.id(), "answer", "text", "冒名答复").andExpect(status().isForbidden());
		assertThat(state(p.id())).isEqualTo("IN_PROGRESS");
		this.mvc.perform(get("/problems/kinds").with(PortalUsers.user("luannan"))).andExpect(status().isForbidden());
	}

	@Test
	void aStaleFormLosesWithTheConflictMessageAndTheInputKept() throws Exception {
		ProblemView p = raiseDirect("luannan");
		ProblemView assigned = this.problems.assign(this.data.user("fgw"), p.id(), p.version(), this.data.unitId("zjj"),
				LocalDate.of(2024, 7, 20), null);
		String stale = String.valueOf(assigned.version());
		step("zjj", p.id(), "answer", "version", stale, "text", "第一个答复").andExpect(status().is3xxRedirection());
		step("fgw", p.id(), "close", "version", stale, "text", "第二个人关闭的理由").andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("已被他人处理"), containsString("第二个人关闭的理由"))));
		assertThat(state(p.id())).isEqualTo("AWAITING_CONFIRMATION");
		assertThat(this.jdbc.queryForObject("select answer from problem where id = ?", String.class, p.id()))
			.isEqualTo("第一个答复");
	}

	@Test
	void overdueJobNotifiesBothUnitsOnceAndTheCountsShowIt() throws Exception {
		ProblemView late = raiseDirect("luannan");
		this.problems.assign(this.data.user("fgw"), late.id(), late.version(), this.data.unitId("zjj"),
				LocalDate.of(2024, 7, 5), null);
		ProblemView pending = raiseDirect("luannan");
		ProblemView solved = raiseDirect("qianxi");
		CurrentUser fgw = this.data.user("fgw");
		long v = this.problems
			.assign(fgw, solved.id(), solved.version(), this.data.unitId("cl"), LocalDate.of(2024, 7, 20), null)
			.version();
		v = this.problems.answer(this.data.user("cl"), solved.id(), v, "已解决", List.of()).version();
		this.problems.confirm(this.data.user("qianxi"), solved.id(), v, null);

		assertThat(this.problems.notifyNewlyOverdue()).isZero();
		this.clock.set(LocalDateTime.of(2024, 7, 6, 0, 10));
		assertThat(this.problems.notifyNewlyOverdue()).isEqualTo(1);
		assertThat(this.problems.notifyNewlyOverdue()).isZero();
		assertThat(notifications("zjj", "PROBLEM_OVERDUE")).isEqualTo(1);
		assertThat(notifications("luannan", "PROBLEM_OVERDUE")).isEqualTo(1);
		assertThat(
				this.jdbc.queryForObject("select count(*) from problem_event where action = 'REMINDED'", Integer.class))
			.isEqualTo(1);

		Problems.Listing all = this.problems.list(fgw, Problems.Filter.ALL);
		assertThat(all.counts()).containsEntry("PENDING", 1L)
			.containsEntry("IN_PROGRESS", 1L)
			.containsEntry("AWAITING_CONFIRMATION", 0L)
			.containsEntry("CLOSED", 1L)
			.containsEntry("OVERDUE", 1L)
			.containsEntry("ALL", 3L);
		Problems.Listing overdue = this.problems.list(fgw,
				new Problems.Filter("OVERDUE", null, null, null, null, null, 0));
		assertThat(overdue.problems()).extracting(ProblemView::id).containsExactly(late.id());
		assertThat(
				this.problems
					.list(fgw,
							new Problems.Filter(null, null, this.data.unitId("qianxi"), null, null,
									YearMonth.of(2024, 7), 0))
					.problems())
			.extracting(ProblemView::id)
			.containsExactly(solved.id());
		assertThat(this.problems.list(this.data.user("qianxi"), Problems.Filter.ALL).total()).isEqualTo(1);

		Problems.Home home = this.problems.home(this.data.user("luannan"));
		assertThat(home.open()).extracting(ProblemView::id).containsExactlyInAnyOrder(late.id(), pending.id());
		assertThat(home.overdue()).isEqualTo(1);
		this.mvc.perform(get("/problems/home").with(PortalUsers.user("luannan")))
			.andExpect(content().string(allOf(containsString("本单位未销号的问题（2个）"), containsString("逾期1个"))));
		Problems.Summary summary = this.problems.summary(fgw);
		assertThat(summary.raised()).isEqualTo(3);
		assertThat(summary.solved()).isEqualTo(1);
		assertThat(summary.overdue()).isEqualTo(1);
		assertThat(summary.pending()).isEqualTo(1);
		this.mvc.perform(get("/problems/departments").with(PortalUsers.user("fgw")))
			.andExpect(
					content().string(allOf(containsString("problems-unit-zjj"), containsString("problems-unit-cl"))));
		this.mvc.perform(get("/problems").param("state", "OVERDUE").with(PortalUsers.user("fgw")))
			.andExpect(content().string(allOf(containsString(late.number().toString()), containsString("table-danger"),
					not(containsString(pending.number().toString())))));
	}

	@Test
	void numbersAreNeverReused() {
		ProblemView first = raiseDirect("luannan");
		this.jdbc.update("delete from problem where id = ?", first.id());
		ProblemView second = raiseDirect("luannan");
		assertThat(second.number().number()).isEqualTo(first.number().number() + 1);
		assertThat(second.number().toString()).isEqualTo("唐民生问〔2024〕" + second.number().number() + "号");
	}

	@Test
	void theLedgerHasAProblemSheetAndTheBulletinAParagraph() throws Exception {
		ProblemView p = raiseDirect("luannan");
		CurrentUser fgw = this.data.user("fgw");
		long v = this.problems
			.assign(fgw, p.id(), p.version(), this.data.unitId("zjj"), LocalDate.of(2024, 7, 20), null)
			.version();
		v = this.problems.answer(this.data.user("zjj"), p.id(), v, "已办结", List.of()).version();
		this.problems.confirm(this.data.user("luannan"), p.id(), v, null);
		raiseDirect("qianxi");

		byte[] xlsx = this.mvc.perform(get("/ledger.xlsx").param("month", "2024-06").with(PortalUsers.user("fgw")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			XSSFSheet sheet = book.getSheet("问题清单");
			assertThat(sheet).isNotNull();
			DataFormatter f = new DataFormatter();
			assertThat(f.formatCellValue(sheet.getRow(4).getCell(0))).isEqualTo(p.number().toString());
			assertThat(f.formatCellValue(sheet.getRow(4).getCell(2))).isEqualTo("户厕改造问题");
			assertThat(f.formatCellValue(sheet.getRow(4).getCell(5))).isEqualTo("市住房和城乡建设局");
			assertThat(f.formatCellValue(sheet.getRow(4).getCell(8))).isEqualTo("已销号");
			assertThat(f.formatCellValue(sheet.getRow(5).getCell(8))).isEqualTo("待分派");
			assertThat(sheet.getLastRowNum()).isEqualTo(5);
		}
		// A county's workbook lists only its own problem.
		byte[] county = this.mvc.perform(get("/ledger.xlsx").param("month", "2024-06").with(PortalUsers.user("qianxi")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(county))) {
			assertThat(book.getSheet("问题清单").getLastRowNum()).isEqualTo(4);
		}

		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		Long draft;
		try {
			draft = this.bulletins.draft(fgw, YearMonth.of(2024, 6));
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
		String texts = this.jdbc.queryForObject("select texts::text from bulletin where id = ?", String.class, draft);
		assertThat(texts).contains("问题办理。各地各部门通过问题清单共提出需市级协调解决的问题2个，已销号1个，正在办理0个（其中逾期0个），待分派1个。")
			.contains("分部门看：市住建局在办0个、逾期0个、已销号1个。");
	}

	private ProblemView raiseDirect(String unit) {
		return this.problems.raise(this.data.user(unit), new Problems.NewProblem(this.project, this.kind, "户厕改造问题",
				"需要协调的问题描述。", null, LocalDate.of(2024, 7, 20)), List.of());
	}

	private Long raise(String unit, String title, MockMultipartFile file) throws Exception {
		String location = this.mvc.perform(raiseRequest(unit, title, "需要协调解决的问题。", "2024-07-20", null).file(file))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "problem.raised"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.valueOf(location.substring("/problems/".length()));
	}

	private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder raiseRequest(
			String unit, String title, String description, String wantedBy, String asked) {
		var request = multipart("/problems").param("projectId", String.valueOf(this.project))
			.param("kindId", String.valueOf(this.kind))
			.param("title", title)
			.param("description", description)
			.param("wantedBy", wantedBy)
			.param("askedUnitId", (asked != null) ? asked : "");
		request.with(PortalUsers.user(unit)).with(csrf());
		return request;
	}

	/** Posts a step with the problem's current version unless the fields give one. */
	private ResultActions step(String user, Long id, String step, String... fields) throws Exception {
		var request = post("/problems/{id}/" + step, id).with(PortalUsers.user(user)).with(csrf());
		boolean versioned = false;
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
			versioned |= fields[i].equals("version");
		}
		if (!versioned) {
			request.param("version", String.valueOf(version(id)));
		}
		return this.mvc.perform(request);
	}

	private long version(Long id) {
		return this.jdbc.queryForObject("select version from problem where id = ?", Long.class, id);
	}

	private String state(Long id) {
		return this.jdbc.queryForObject("select status from problem where id = ?", String.class, id);
	}

	private int notifications(String unit, String kind) {
		return this.jdbc.queryForObject("select count(*) from notification where unit_id = ? and kind = ?",
				Integer.class, this.data.unitId(unit), kind);
	}

	private static byte[] png() throws IOException {
		BufferedImage image = new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
