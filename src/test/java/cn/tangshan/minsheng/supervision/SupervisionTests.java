package cn.tangshan.minsheng.supervision;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;
import javax.sql.DataSource;

import cn.tangshan.minsheng.MutableClock;
import cn.tangshan.minsheng.PortalTest;
import cn.tangshan.minsheng.TestData;
import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.account.PortalUsers;
import cn.tangshan.minsheng.plan.PlanCatalog;
import cn.tangshan.minsheng.plan.ProjectView;
import cn.tangshan.minsheng.progress.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Supervision orders on real PostgreSQL: the whole life of an order (issue, evidence,
 * answer, send back, answer again, close), overdue by the clock, numbering (also two at
 * once), validation, stale forms, access per role, print view and the dashboard's offer.
 * Uses 开平区 (the addressee) and 丰南区 (another county) on 1-6 农村厕所改造 (市农业农村局 leads), with a
 * May figure of 10 of 100 户厕 (10.0% against 50.0% expected: 严重滞后), and removes its
 * orders, shares and reports afterwards.
 */
@PortalTest
class SupervisionTests {

	@Autowired
	TestData data;

	private static final String PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlanCatalog plans;

	@Autowired
	Supervisions supervisions;

	@Autowired
	MutableClock clock;

	@Autowired
	DataSource dataSource;

	ProjectView toilets;

	Long indicator;

	Long kaiping;

	@BeforeEach
	void data() {
		clean();
		this.toilets = this.plans.currentOverview()
			.orElseThrow()
			.projects()
			.stream()
			.filter((p) -> p.code().equals("1-6"))
			.findFirst()
			.orElseThrow();
		this.indicator = this.toilets.indicators().get(0).id();
		this.kaiping = this.data.unitId("kaiping");
		this.jdbc.update("insert into allocation (indicator_id, unit_id, amount, updated_at) values (?, ?, 100, now())",
				this.indicator, this.kaiping);
		OffsetDateTime at = LocalDateTime.of(2024, 6, 3, 10, 0).atZone(MutableClock.ZONE).toOffsetDateTime();
		Long report = this.jdbc.queryForObject("""
				insert into report (unit_id, project_id, period, status, first_submitted_at, submitted_at, late,
					reviewed_at, updated_at)
				values (?, ?, date '2024-05-01', 'APPROVED', ?, ?, false, ?, ?) returning id""", Long.class,
				this.kaiping, this.toilets.id(), at, at, at, at);
		this.jdbc.update("insert into report_value (report_id, indicator_id, cumulative) values (?, ?, 10)", report,
				this.indicator);
	}

	@AfterEach
	void clean() {
		this.clock.reset();
		List<Long> units = List.of(this.data.unitId("kaiping"), this.data.unitId("fengnan"));
		for (Long unit : units) {
			this.jdbc.update("delete from supervision_order where unit_id = ?", unit);
			this.jdbc.update("delete from notification where unit_id = ?", unit);
			this.jdbc.update("delete from report where unit_id = ?", unit);
			this.jdbc.update("delete from allocation where unit_id = ?", unit);
			this.jdbc.update("delete from audit_entry where target_unit_id = ? and action like 'SUPERVISION%'", unit);
		}
	}

	@Test
	void wholeLifeIssueAnswerSendBackAnswerAgainClose() throws Exception {
		int before = lastNumber();
		Long id = issue("fgw", "kaiping", "户厕改造进度严重滞后。", "7月10日前反馈整改措施。", "2024-07-10");
		assertThat(this.jdbc.queryForObject("select number from supervision_order where id = ?", Integer.class, id))
			.isEqualTo(before + 1);
		SupervisionView order = this.supervisions.find(this.data.user("fgw"), id);
		assertThat(order.number()).hasToString("唐民生督〔2024〕" + (before + 1) + "号");
		assertThat(order.status()).isEqualTo(SupervisionStatus.OPEN);
		assertThat(order.overdue()).isFalse();
		assertThat(order.issued().month()).isEqualTo(YearMonth.of(2024, 5));
		assertThat(order.issued().ratePercent()).isEqualByComparingTo("10.0");
		assertThat(order.issued().expectedPercent()).isEqualByComparingTo("50.0");
		assertThat(order.issued().light()).isEqualTo(Status.SERIOUSLY_LAGGING);
		assertThat(notifications("kaiping")).containsExactly("SUPERVISION_ORDER");

		// The unit sees it on its home page and opens it, with the figures.
		this.mvc.perform(get("/supervision/home").with(PortalUsers.user("kaiping")))
			.andExpect(content().string(allOf(containsString("待反馈的督办单（1件）"), containsString(order.number().toString()),
					containsString("2024年7月10日"))));
		this.mvc.perform(get("/supervision/{id}", id).with(PortalUsers.user("kaiping")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("开平区"), containsString("户厕改造进度严重滞后。"),
					containsString("10.0%"), containsString("严重滞后"), containsString("id=\"answer-form\""))));

		upload("kaiping", id, "现场.png", png()).andExpect(redirectedUrl("/supervision/" + id + "#evidence"))
			.andExpect(flash().attribute("message", "evidence.added"))
			.andExpect(flash().attribute("messageArg", "现场.png"));
		answer("kaiping", id, 0, "已增派施工队伍，7月底前完成。").andExpect(redirectedUrl("/supervision/" + id))
			.andExpect(flash().attribute("message", "supervision.answered"));
		assertThat(state(id)).isEqualTo("ANSWERED");

		// Evidence is locked with the answer; the coordinator sends it back with a new
		// deadline.
		upload("kaiping", id, "more.png", png()).andExpect(flash().attribute("error", "supervision.evidence.locked"));
		this.mvc
			.perform(post("/supervision/{id}/return", id).with(PortalUsers.user("fgw"))
				.with(csrf())
				.param("version", "1")
				.param("reason", "请补充完成数量和照片。")
				.param("newDeadline", "2024-07-20"))
			.andExpect(redirectedUrl("/supervision/" + id));
		SupervisionView returned = this.supervisions.find(this.data.user("kaiping"), id);
		assertThat(returned.status()).isEqualTo(SupervisionStatus.RETURNED);
		assertThat(returned.returnReason()).isEqualTo("请补充完成数量和照片。");
		assertThat(returned.deadline()).isEqualTo(LocalDate.of(2024, 7, 20));
		assertThat(returned.may().answer()).isTrue();

		upload("kaiping", id, "report.pdf", PDF.getBytes(StandardCharsets.US_ASCII))
			.andExpect(flash().attribute("message", "evidence.added"));
		answer("kaiping", id, 2, "已完成户厕改造35座，照片见附件。").andExpect(redirectedUrl("/supervision/" + id));
		this.mvc
			.perform(post("/supervision/{id}/close", id).with(PortalUsers.user("fgw"))
				.with(csrf())
				.param("version", "3")
				.param("remark", "同意办结。"))
			.andExpect(redirectedUrl("/supervision/" + id))
			.andExpect(flash().attribute("message", "supervision.closed"));

		SupervisionView closed = this.supervisions.find(this.data.user("fgw"), id);
		assertThat(closed.status()).isEqualTo(SupervisionStatus.CLOSED);
		assertThat(closed.answer()).isEqualTo("已完成户厕改造35座，照片见附件。");
		assertThat(closed.closingRemark()).isEqualTo("同意办结。");
		assertThat(closed.may().answer()).isFalse();
		assertThat(closed.may().review()).isFalse();
		assertThat(closed.evidence()).extracting(SupervisionView.File::fileName)
			.containsExactly("现场.png", "report.pdf");
		assertThat(closed.history())
			.extracting(SupervisionView.Step::action, SupervisionView.Step::status, SupervisionView.Step::unitName)
			.containsExactly(
					org.assertj.core.api.Assertions.tuple(SupervisionAction.ISSUED, SupervisionStatus.OPEN,
							"市发展和改革委员会"),
					org.assertj.core.api.Assertions.tuple(SupervisionAction.ANSWERED, SupervisionStatus.ANSWERED,
							"开平区"),
					org.assertj.core.api.Assertions.tuple(SupervisionAction.RETURNED, SupervisionStatus.RETURNED,
							"市发展和改革委员会"),
					org.assertj.core.api.Assertions.tuple(SupervisionAction.ANSWERED, SupervisionStatus.ANSWERED,
							"开平区"),
					org.assertj.core.api.Assertions.tuple(SupervisionAction.CLOSED, SupervisionStatus.CLOSED,
							"市发展和改革委员会"));
		assertThat(closed.history().get(2).text()).isEqualTo("请补充完成数量和照片。");
		assertThat(closed.history().get(2).deadline()).isEqualTo(LocalDate.of(2024, 7, 20));
		this.mvc.perform(get("/supervision/{id}", id).with(PortalUsers.user("fgw")))
			.andExpect(content().string(allOf(containsString("办理记录"), containsString("退回重办"),
					containsString("请补充完成数量和照片。"), containsString("已办结"), not(containsString("id=\"close-form\"")))));
		// Nothing left to answer on the unit's home page.
		this.mvc.perform(get("/supervision/home").with(PortalUsers.user("kaiping")))
			.andExpect(content().string(not(containsString("待反馈的督办单"))));
		assertThat(this.jdbc.queryForList(
				"select action from audit_entry where target_unit_id = ? and action like 'SUPERVISION%' order by id",
				String.class, this.kaiping))
			.containsExactly("SUPERVISION_ISSUED", "SUPERVISION_EVIDENCE_ADDED", "SUPERVISION_ANSWERED",
					"SUPERVISION_RETURNED", "SUPERVISION_EVIDENCE_ADDED", "SUPERVISION_ANSWERED", "SUPERVISION_CLOSED");
		// A closed order takes no more steps.
		assertThatExceptionOfType(SupervisionConflictException.class)
			.isThrownBy(() -> this.supervisions.sendBack(this.data.user("fgw"), id, 4, "再改", null));
	}

	@Test
	void overdueFromTheDayAfterTheDeadlineUntilAnswered() throws Exception {
		Long id = issue("fgw", "kaiping", "滞后。", "尽快整改。", "2024-07-10");
		this.clock.set(LocalDateTime.of(2024, 7, 10, 23, 59));
		assertThat(this.supervisions.find(this.data.user("fgw"), id).overdue()).isFalse();
		this.mvc.perform(get("/supervision/overdue").with(PortalUsers.user("fgw")))
			.andExpect(content().string(containsString("没有逾期未反馈的督办单。")));

		this.clock.set(LocalDateTime.of(2024, 7, 11, 0, 0));
		assertThat(this.supervisions.find(this.data.user("fgw"), id).overdue()).isTrue();
		String number = this.supervisions.find(this.data.user("fgw"), id).number().toString();
		this.mvc.perform(get("/supervision/overdue").with(PortalUsers.user("leader")))
			.andExpect(content().string(allOf(containsString("逾期未反馈的督办单（1件）"), containsString(number),
					containsString("开平区"), not(containsString("逾期催办")))));
		this.mvc.perform(get("/supervision").param("state", "OVERDUE").with(PortalUsers.user("fgw")))
			.andExpect(content().string(containsString(number)));
		this.mvc.perform(get("/supervision/home").with(PortalUsers.user("kaiping")))
			.andExpect(content().string(allOf(containsString(number), containsString("逾期"))));

		// The coordinator reminds once; a second reminder finds nobody new.
		this.mvc.perform(post("/supervision/overdue/remind").with(PortalUsers.user("fgw")).with(csrf()))
			.andExpect(flash().attribute("message", "supervision.reminded"))
			.andExpect(flash().attribute("messageArg", 1));
		assertThat(notifications("kaiping")).containsExactly("SUPERVISION_ORDER", "SUPERVISION_OVERDUE");
		this.mvc.perform(post("/supervision/overdue/remind").with(PortalUsers.user("fgw")).with(csrf()))
			.andExpect(flash().attribute("message", "supervision.reminded.none"));
		this.mvc.perform(post("/supervision/overdue/remind").with(PortalUsers.user("kaiping")).with(csrf()))
			.andExpect(status().isForbidden());

		// A late answer ends the overdue state.
		answer("kaiping", id, 1, "已整改。").andExpect(redirectedUrl("/supervision/" + id));
		SupervisionView answered = this.supervisions.find(this.data.user("fgw"), id);
		assertThat(answered.overdue()).isFalse();
		assertThat(answered.history()).extracting(SupervisionView.Step::action)
			.containsExactly(SupervisionAction.ISSUED, SupervisionAction.REMINDED, SupervisionAction.ANSWERED);
		assertThat(this.supervisions.overdue(this.data.user("fgw"))).extracting(SupervisionView::id).doesNotContain(id);
	}

	@Test
	void theNightlyCheckNotifiesNewlyOverdueOrdersOnce() throws Exception {
		Long id = issue("fgw", "kaiping", "滞后。", "尽快整改。", "2024-07-12");
		int before = notifications("kaiping").size();
		this.clock.set(LocalDateTime.of(2024, 7, 12, 23, 0));
		this.supervisions.notifyNewlyOverdue();
		assertThat(this.supervisions.find(this.data.user("fgw"), id).overdueNotifiedAt()).isNull();

		this.clock.set(LocalDateTime.of(2024, 7, 13, 0, 5));
		assertThat(this.supervisions.notifyNewlyOverdue()).isPositive();
		SupervisionView order = this.supervisions.find(this.data.user("fgw"), id);
		assertThat(order.overdueNotifiedAt()).isNotNull();
		assertThat(order.history()).extracting(SupervisionView.Step::action)
			.containsExactly(SupervisionAction.ISSUED, SupervisionAction.REMINDED);
		assertThat(order.history().get(1).actorName()).isNull();
		assertThat(notifications("kaiping").subList(before, notifications("kaiping").size()))
			.containsExactly("SUPERVISION_OVERDUE");
		this.mvc.perform(get("/supervision/{id}", id).with(PortalUsers.user("fgw")))
			.andExpect(content().string(containsString("系统")));

		// Once is enough: the next night and the coordinator's 逾期催办 find nobody new.
		this.clock.set(LocalDateTime.of(2024, 7, 14, 0, 5));
		assertThat(this.supervisions.notifyNewlyOverdue()).isZero();
		this.mvc.perform(post("/supervision/overdue/remind").with(PortalUsers.user("fgw")).with(csrf()))
			.andExpect(flash().attribute("message", "supervision.reminded.none"));
		assertThat(notifications("kaiping").size()).isEqualTo(before + 1);
	}

	@Test
	void numbersFollowEachOtherAndTwoOrdersAtOnceNeverShareOne() throws Exception {
		int before = lastNumber();
		Long first = issue("fgw", "kaiping", "一", "一", "2024-07-20");
		Long second = issue("fgw", "fengnan", "二", "二", "2024-07-20");
		assertThat(numberOf(first)).isEqualTo(before + 1);
		assertThat(numberOf(second)).isEqualTo(before + 2);

		CurrentUser coordinator = this.data.user("fgw");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<SupervisionView>> results = new ArrayList<>();
			for (String unit : List.of("kaiping", "fengnan")) {
				results.add(pool.submit(() -> {
					start.await();
					return this.supervisions.issue(coordinator, new Supervisions.NewOrder(this.data.unitId(unit),
							this.indicator, "同时", "同时", LocalDate.of(2024, 7, 20)));
				}));
			}
			start.countDown();
			List<Integer> numbers = new ArrayList<>();
			for (Future<SupervisionView> result : results) {
				numbers.add(result.get(30, TimeUnit.SECONDS).number().number());
			}
			Collections.sort(numbers);
			assertThat(numbers).containsExactly(before + 3, before + 4);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(lastNumber()).isEqualTo(before + 4);
		// Numbers are never reused, even when an order is gone.
		this.jdbc.update("delete from supervision_order where id = ?", second);
		Long fifth = issue("fgw", "kaiping", "五", "五", "2024-07-20");
		assertThat(numberOf(fifth)).isEqualTo(before + 5);
	}

	@Test
	void badInputIsShownNextToTheFieldsAndKept() throws Exception {
		long before = count();
		this.mvc
			.perform(post("/supervision").with(PortalUsers.user("fgw"))
				.with(csrf())
				.param("unitId", "")
				.param("indicatorId", String.valueOf(this.indicator))
				.param("problem", "  ")
				.param("requirement", "请整改<要求>")
				.param("deadline", "2024-07-02"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("督办单尚未下发，请按提示修改。"), containsString("请选择此项"),
					containsString("请填写此项"), containsString("请整改&lt;要求&gt;"))));
		this.mvc
			.perform(post("/supervision").with(PortalUsers.user("fgw"))
				.with(csrf())
				.param("unitId", String.valueOf(this.kaiping))
				.param("indicatorId", String.valueOf(this.indicator))
				.param("problem", "滞后")
				.param("requirement", "整改")
				.param("deadline", "2024-07-02"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("办理时限不能早于今天"), containsString("value=\"2024-07-02\""))));
		this.mvc
			.perform(post("/supervision").with(PortalUsers.user("fgw"))
				.with(csrf())
				.param("unitId", String.valueOf(this.kaiping))
				.param("indicatorId", String.valueOf(this.indicator))
				.param("problem", "滞后")
				.param("requirement", "x".repeat(Supervisions.MAX_TEXT + 1))
				.param("deadline", "2024-07-20"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("requirement-errors"), containsString("个字符之间"))));
		this.mvc
			.perform(post("/supervision").with(PortalUsers.user("fgw"))
				.with(csrf())
				.param("unitId", String.valueOf(this.kaiping))
				.param("indicatorId", "999999")
				.param("problem", "滞后")
				.param("requirement", "整改")
				.param("deadline", "2024-07-20"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请选择本年度计划中的指标")));
		this.mvc
			.perform(post("/supervision").with(PortalUsers.user("fgw"))
				.with(csrf())
				.param("unitId", String.valueOf(this.kaiping))
				.param("indicatorId", String.valueOf(this.indicator))
				.param("problem", "滞后")
				.param("requirement", "整改")
				.param("deadline", "2024-13-40"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("格式不正确"), containsString("value=\"2024-13-40\""))));
		assertThat(count()).isEqualTo(before);

		// A blank answer, and a blank reason for sending back.
		Long id = issue("fgw", "kaiping", "滞后", "整改", "2024-07-20");
		answer("kaiping", id, 0, " ").andExpect(status().isOk()).andExpect(content().string(containsString("请填写此项")));
		answer("kaiping", id, 0, "已整改").andExpect(redirectedUrl("/supervision/" + id));
		this.mvc
			.perform(post("/supervision/{id}/return", id).with(PortalUsers.user("fgw"))
				.with(csrf())
				.param("version", "1")
				.param("reason", "")
				.param("newDeadline", "2024-06-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写此项")));
		this.mvc
			.perform(post("/supervision/{id}/return", id).with(PortalUsers.user("fgw"))
				.with(csrf())
				.param("version", "1")
				.param("reason", "不够具体")
				.param("newDeadline", "2024-06-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("办理时限不能早于今天"), containsString("不够具体"))));
		assertThat(state(id)).isEqualTo("ANSWERED");
	}

	@Test
	void aStaleFormIsAConflictThatKeepsTheInput() throws Exception {
		Long id = issue("fgw", "kaiping", "滞后", "整改", "2024-07-20");
		answer("kaiping", id, 0, "第一次反馈").andExpect(redirectedUrl("/supervision/" + id));
		// The coordinator's page was opened before the answer: version 0.
		this.mvc
			.perform(post("/supervision/{id}/close", id).with(PortalUsers.user("fgw"))
				.with(csrf())
				.param("version", "0")
				.param("remark", "我的办结意见"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("督办单已被他人修改"), containsString("我的办结意见"),
					containsString("第一次反馈"), containsString("name=\"version\" value=\"1\""))));
		assertThat(state(id)).isEqualTo("ANSWERED");
		// Answering twice from two open tabs: the second is refused, its text kept.
		answer("kaiping", id, 0, "第二个标签页").andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("督办单已被他人修改"), containsString("您填写的内容（尚未保存）：第二个标签页"),
					containsString("第一次反馈"))));
		assertThat(this.supervisions.find(this.data.user("fgw"), id).answer()).isEqualTo("第一次反馈");
	}

	@Test
	void accessPerRole() throws Exception {
		Long id = issue("fgw", "kaiping", "滞后", "整改", "2024-07-20");
		upload("kaiping", id, "a.png", png()).andExpect(flash().attribute("message", "evidence.added"));
		Long file = this.jdbc.queryForObject("select id from supervision_evidence where order_id = ?", Long.class, id);

		// Who reads the order and its files.
		for (String reader : List.of("fgw", "leader", "kaiping", "nyj")) {
			this.mvc.perform(get("/supervision/{id}", id).with(PortalUsers.user(reader))).andExpect(status().isOk());
			this.mvc.perform(get("/supervision/evidence/{f}", file).with(PortalUsers.user(reader)))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", "image/png"));
			this.mvc.perform(get("/supervision/{id}/print", id).with(PortalUsers.user(reader)))
				.andExpect(status().isOk());
		}
		for (String stranger : List.of("fengnan", "jtj", "admin")) {
			this.mvc.perform(get("/supervision/{id}", id).with(PortalUsers.user(stranger)))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/supervision/evidence/{f}", file).with(PortalUsers.user(stranger)))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/supervision/{id}/print", id).with(PortalUsers.user(stranger)))
				.andExpect(status().isForbidden());
		}
		// Lists: each sees what it may.
		String number = this.supervisions.find(this.data.user("fgw"), id).number().toString();
		for (String reader : List.of("fgw", "leader", "kaiping", "nyj")) {
			this.mvc.perform(get("/supervision").with(PortalUsers.user(reader)))
				.andExpect(content().string(containsString(number)));
		}
		for (String other : List.of("fengnan", "jtj")) {
			this.mvc.perform(get("/supervision").with(PortalUsers.user(other)))
				.andExpect(content().string(not(containsString(number))));
		}
		this.mvc.perform(get("/supervision").with(PortalUsers.user("admin"))).andExpect(status().isForbidden());

		// Only the coordinator issues; only the addressee answers and adds files.
		for (String notCoordinator : List.of("leader", "kaiping", "nyj")) {
			this.mvc.perform(get("/supervision/new").with(PortalUsers.user(notCoordinator)))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(post("/supervision").with(PortalUsers.user(notCoordinator))
					.with(csrf())
					.param("unitId", String.valueOf(this.kaiping))
					.param("indicatorId", String.valueOf(this.indicator))
					.param("problem", "x")
					.param("requirement", "x")
					.param("deadline", "2024-07-20"))
				.andExpect(status().isForbidden());
		}
		for (String notAddressee : List.of("fgw", "leader", "nyj")) {
			answer(notAddressee, id, 0, "代为反馈").andExpect(status().isForbidden());
			upload(notAddressee, id, "b.png", png()).andExpect(status().isForbidden());
		}
		this.mvc.perform(post("/supervision/evidence/{f}/delete", file).with(PortalUsers.user("fengnan")).with(csrf()))
			.andExpect(status().isForbidden());
		answer("kaiping", id, 0, "已整改").andExpect(redirectedUrl("/supervision/" + id));
		for (String notCoordinator : List.of("kaiping", "leader", "nyj")) {
			this.mvc
				.perform(post("/supervision/{id}/close", id).with(PortalUsers.user(notCoordinator))
					.with(csrf())
					.param("version", "1"))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(post("/supervision/{id}/return", id).with(PortalUsers.user(notCoordinator))
					.with(csrf())
					.param("version", "1")
					.param("reason", "x"))
				.andExpect(status().isForbidden());
		}
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.supervisions.close(this.data.user("leader"), id, 1, null));
		this.mvc.perform(get("/supervision/{id}", Long.MAX_VALUE).with(PortalUsers.user("fgw")))
			.andExpect(status().isNotFound());
	}

	@Test
	void evidenceIsCheckedLikeReportEvidenceAndRemovable() throws Exception {
		Long id = issue("fgw", "kaiping", "滞后", "整改", "2024-07-20");
		upload("kaiping", id, "photo.png", "not really a png".getBytes(StandardCharsets.UTF_8))
			.andExpect(flash().attribute("error", "evidence.type"));
		upload("kaiping", id, "empty.pdf", new byte[0]).andExpect(flash().attribute("error", "evidence.empty"));
		upload("kaiping", id, "../../etc/计划.exe", PDF.getBytes(StandardCharsets.US_ASCII))
			.andExpect(flash().attribute("messageArg", "计划.pdf"));
		Long file = this.jdbc.queryForObject("select id from supervision_evidence where order_id = ?", Long.class, id);
		this.mvc.perform(get("/supervision/evidence/{f}", file).with(PortalUsers.user("kaiping")))
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(
					header().string("Content-Disposition", containsString("filename*=UTF-8''%E8%AE%A1%E5%88%92.pdf")))
			.andExpect(content().bytes(PDF.getBytes(StandardCharsets.US_ASCII)));
		this.mvc.perform(get("/supervision/evidence/{f}/thumbnail", file).with(PortalUsers.user("kaiping")))
			.andExpect(header().string("Content-Type", "image/svg+xml"));
		this.mvc.perform(post("/supervision/evidence/{f}/delete", file).with(PortalUsers.user("kaiping")).with(csrf()))
			.andExpect(redirectedUrl("/supervision/" + id + "#evidence"))
			.andExpect(flash().attribute("message", "supervision.evidence.removed"));
		assertThat(this.jdbc.queryForObject("select count(*) from supervision_evidence where order_id = ?",
				Integer.class, id))
			.isZero();
	}

	@Test
	void offeredFromTheDashboardLightsAndPrefilledWithTheFigures() throws Exception {
		String newOrder = "/supervision/new?indicator=" + this.indicator + "&amp;unit=" + this.kaiping;
		this.mvc
			.perform(get("/dashboard/projects/{id}", this.toilets.id()).header("HX-Request", "true")
				.with(PortalUsers.user("fgw")))
			.andExpect(content().string(containsString(newOrder)));
		for (String reader : List.of("leader", "nyj")) {
			this.mvc
				.perform(get("/dashboard/projects/{id}", this.toilets.id()).header("HX-Request", "true")
					.with(PortalUsers.user(reader)))
				.andExpect(content().string(not(containsString("/supervision/new"))));
		}
		this.mvc
			.perform(get("/supervision/new").param("indicator", String.valueOf(this.indicator))
				.param("unit", String.valueOf(this.kaiping))
				.with(PortalUsers.user("fgw")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("截至2024年5月，&ldquo;改造户厕&rdquo;完成率为10.0%，序时进度为50.0%，落后40.0个百分点（严重滞后）。"),
						containsString("value=\"2024-07-18\""))));
		// The dashboard loads the overdue card from here.
		this.mvc.perform(get("/dashboard").with(PortalUsers.user("fgw")))
			.andExpect(content().string(containsString("hx-get=\"/supervision/overdue\"")));
	}

	@Test
	void printViewInTheOfficialLayout() throws Exception {
		Long id = issue("fgw", "kaiping", "户厕改造进度严重滞后。", "限期整改。", "2024-07-10");
		String number = this.supervisions.find(this.data.user("fgw"), id).number().toString();
		this.mvc.perform(get("/supervision/{id}/print", id).with(PortalUsers.user("kaiping")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("class=\"office-mark\">唐山市民生工程督办单"),
					containsString("class=\"doc-number\">" + number), containsString("开平区："), containsString("一、督办事项"),
					containsString("户厕改造进度严重滞后。"), containsString("限期整改。"), containsString("请于2024年7月10日前"),
					containsString("完成率10.0%"), containsString("抄送：市农业农村局。"), containsString("2024年7月3日印发"),
					containsString("/css/supervision-print.css"))));
	}

	@Test
	void someoneWhoMayNotAnswerIsRefusedBeforeTheOrderIsLocked() throws Exception {
		Long id = issue("fgw", "kaiping", "滞后", "整改", "2024-07-20");
		// A stale version tells nothing: the refusal comes first.
		for (String notAddressee : List.of("fengnan", "nyj", "fgw")) {
			answer(notAddressee, id, 7, "代为反馈").andExpect(status().isForbidden());
		}
		// Nor does a stranger's request wait for (or take) the order's row lock.
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (PreparedStatement lock = connection
				.prepareStatement("select id from supervision_order where id = ? for update")) {
				lock.setLong(1, id);
				lock.executeQuery().close();
			}
			Future<Integer> answer = pool
				.submit(() -> answer("fengnan", id, 0, "代为反馈").andReturn().getResponse().getStatus());
			Future<Integer> upload = pool
				.submit(() -> upload("fengnan", id, "b.png", png()).andReturn().getResponse().getStatus());
			try {
				assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo(403);
				assertThat(upload.get(10, TimeUnit.SECONDS)).isEqualTo(403);
			}
			finally {
				connection.rollback();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(state(id)).isEqualTo("OPEN");
		assertThat(this.supervisions.find(this.data.user("fgw"), id).version()).isZero();
	}

	@Test
	void aReminderWaitsForAnAnswerUnderWayAndLeavesTheAnsweredOrderAlone() throws Exception {
		Long id = issue("fgw", "kaiping", "滞后。", "尽快整改。", "2024-07-10");
		this.clock.set(LocalDateTime.of(2024, 7, 11, 9, 0));
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try (Connection connection = this.dataSource.getConnection()) {
			// The unit's answer, in its transaction: the row is locked and changes.
			connection.setAutoCommit(false);
			try (PreparedStatement answer = connection.prepareStatement("""
					update supervision_order set status = 'ANSWERED', answer = '已整改。', answered_at = now(),
						version = version + 1 where id = ?""")) {
				answer.setLong(1, id);
				assertThat(answer.executeUpdate()).isEqualTo(1);
			}
			Future<MvcResult> remind = pool.submit(() -> this.mvc
				.perform(post("/supervision/overdue/remind").with(PortalUsers.user("fgw")).with(csrf()))
				.andReturn());
			try {
				awaitLockWait(remind);
			}
			finally {
				connection.commit();
			}
			MvcResult result = remind.get(30, TimeUnit.SECONDS);
			assertThat(result.getResponse().getStatus()).isEqualTo(302);
			assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/supervision?state=OVERDUE");
			assertThat(result.getFlashMap().get("message")).isIn("supervision.reminded.none", "supervision.reminded");
		}
		finally {
			pool.shutdownNow();
		}
		SupervisionView order = this.supervisions.find(this.data.user("fgw"), id);
		assertThat(order.status()).isEqualTo(SupervisionStatus.ANSWERED);
		assertThat(order.answer()).isEqualTo("已整改。");
		assertThat(order.overdueNotifiedAt()).isNull();
		assertThat(order.history()).extracting(SupervisionView.Step::action).containsExactly(SupervisionAction.ISSUED);
		assertThat(notifications("kaiping")).containsExactly("SUPERVISION_ORDER");
	}

	/**
	 * Waits until another session waits for a row lock (the reminder reached the answered
	 * order), or the reminder is done.
	 */
	private void awaitLockWait(Future<?> other) throws InterruptedException {
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (System.nanoTime() < until && !other.isDone()) {
			Integer waiting = this.jdbc.queryForObject(
					"select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()",
					Integer.class);
			if (waiting != null && waiting > 0) {
				return;
			}
			Thread.sleep(20);
		}
	}

	private Long issue(String user, String unit, String problem, String requirement, String deadline) throws Exception {
		String location = this.mvc
			.perform(post("/supervision").with(PortalUsers.user(user))
				.with(csrf())
				.param("unitId", String.valueOf(this.data.unitId(unit)))
				.param("indicatorId", String.valueOf(this.indicator))
				.param("problem", problem)
				.param("requirement", requirement)
				.param("deadline", deadline))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "supervision.issued"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.valueOf(location.substring("/supervision/".length()));
	}

	private ResultActions answer(String user, Long id, long version, String text) throws Exception {
		return this.mvc.perform(post("/supervision/{id}/answer", id).with(PortalUsers.user(user))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("answer", text));
	}

	private ResultActions upload(String user, Long id, String name, byte[] content) throws Exception {
		return this.mvc.perform(multipart("/supervision/{id}/evidence", id)
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.with(PortalUsers.user(user))
			.with(csrf()));
	}

	private static byte[] png() throws IOException {
		BufferedImage image = new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private String state(Long id) {
		return this.jdbc.queryForObject("select status from supervision_order where id = ?", String.class, id);
	}

	private int numberOf(Long id) {
		return this.jdbc.queryForObject("select number from supervision_order where id = ?", Integer.class, id);
	}

	private int lastNumber() {
		return this.jdbc.query("select last_number from supervision_counter where plan_year = 2024",
				(rs) -> rs.next() ? rs.getInt(1) : 0);
	}

	private long count() {
		return this.jdbc.queryForObject("select count(*) from supervision_order", Long.class);
	}

	private List<String> notifications(String unit) {
		return this.jdbc.queryForList("select kind from notification where unit_id = ? order by id", String.class,
				this.data.unitId(unit));
	}

}
