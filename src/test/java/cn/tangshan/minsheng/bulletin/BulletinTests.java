package cn.tangshan.minsheng.bulletin;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import cn.tangshan.minsheng.MutableClock;
import cn.tangshan.minsheng.PortalTest;
import cn.tangshan.minsheng.TestData;
import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.account.PortalUsers;
import cn.tangshan.minsheng.dashboard.Dashboard;
import cn.tangshan.minsheng.dashboard.Dashboards;
import cn.tangshan.minsheng.document.PrintViews;
import cn.tangshan.minsheng.plan.ProjectView;
import cn.tangshan.minsheng.progress.Status;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bulletins on a dataset of their own: 1-3 口袋公园 (市城管执法局, 14个) and 1-16 法律援助 (市司法局,
 * 5000件), May approved:
 *
 * <pre>
 *            1-3 share  May      1-16 share  May
 * 曹妃甸区        6        6         2000      1500
 * 遵化市          4        1         3000       300
 * 迁安市          4        2
 * </pre>
 *
 * City: 1-3 9 of 14 = 64.3% (expected 50%: ahead, 正常); 1-16 1800 of 5000 = 36.0% (滞后).
 */
@PortalTest
class BulletinTests {

	@Autowired
	TestData data;

	static final YearMonth MAY = YearMonth.of(2024, 5);

	static final String TITLE = "关于2024年1—5月份全市民生工程进展情况的通报";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Dashboards dashboards;

	@Autowired
	Bulletins bulletins;

	@Autowired
	PrintViews printViews;

	@Autowired
	MutableClock clock;

	@Autowired
	DataSource dataSource;

	ProjectView parks;

	ProjectView legalAid;

	@BeforeEach
	void buildDataset() {
		clean();
		this.parks = this.data.project("1-3");
		this.legalAid = this.data.project("1-16");
		Long parksIndicator = this.parks.indicators().get(0).id();
		Long casesIndicator = this.legalAid.indicators().get(0).id();
		this.data.allocate(parksIndicator, "caofeidian", 6);
		this.data.allocate(parksIndicator, "zunhua", 4);
		this.data.allocate(parksIndicator, "qianan", 4);
		this.data.allocate(casesIndicator, "caofeidian", 2000);
		this.data.allocate(casesIndicator, "zunhua", 3000);
		report("caofeidian", this.parks, MAY, parksIndicator, 6);
		report("zunhua", this.parks, MAY, parksIndicator, 1);
		report("qianan", this.parks, MAY, parksIndicator, 2);
		report("caofeidian", this.legalAid, MAY, casesIndicator, 1500);
		report("zunhua", this.legalAid, MAY, casesIndicator, 300);
	}

	@AfterEach
	void clean() {
		this.clock.reset();
		this.jdbc.update("delete from bulletin");
		this.jdbc.update("delete from bulletin_visit");
		this.jdbc.update("delete from notification where kind = 'BULLETIN_ISSUED'");
		for (String code : List.of("1-3", "1-16")) {
			ProjectView p = this.data.project(code);
			this.jdbc.update("delete from report where project_id = ?", p.id());
			this.jdbc.update(
					"delete from allocation where indicator_id in (select id from indicator where project_id = ?)",
					p.id());
		}
	}

	@Test
	void theDraftsFiguresAreTheDashboards() throws Exception {
		Long id = draft();
		BulletinView draft = this.bulletins.view(this.data.user("fgw"), id);
		Dashboard d = this.dashboards.view(this.data.user("fgw"), MAY);
		BulletinFigures f = draft.figures();
		assertThat(draft.status()).isEqualTo(BulletinStatus.DRAFT);
		assertThat(draft.number()).isNull();
		assertThat(f.month()).isEqualTo("2024-05");
		assertThat(f.expectedPercent()).isEqualByComparingTo(d.expectedPercent()).isEqualByComparingTo("50.0");
		assertThat(f.overallPercent()).isEqualByComparingTo(d.overallPercent());
		assertThat(f.completed()).isEqualTo(d.headline().count(Status.COMPLETED));
		assertThat(f.ahead() + f.onSchedule()).isEqualTo(d.headline().count(Status.NORMAL));
		assertThat(f.lagging()).isEqualTo(d.headline().count(Status.LAGGING));
		assertThat(f.seriouslyLagging()).isEqualTo(d.headline().count(Status.SERIOUSLY_LAGGING));
		assertThat(f.total()).isEqualTo(25);
		assertThat(f.projects()).hasSize(25);
		for (int i = 0; i < d.projects().size(); i++) {
			Dashboard.ProjectLine line = d.projects().get(i);
			BulletinFigures.ProjectRow row = f.projects().get(i);
			assertThat(row.code()).isEqualTo(line.project().code());
			assertThat(row.status()).isEqualTo(line.status().name());
			assertThat(row.indicators()).hasSameSizeAs(line.indicators());
			for (int j = 0; j < line.indicators().size(); j++) {
				Dashboard.IndicatorLine il = line.indicators().get(j);
				BulletinFigures.IndicatorRow ir = row.indicators().get(j);
				assertThat(ir.name()).isEqualTo(il.indicator().name());
				assertThat(ir.status()).isEqualTo(il.assessment().status().name());
				assertThat(ir.ratePercent()).isEqualTo(il.assessment().rate().percent().orElse(null));
				assertThat(ir.gap()).isEqualTo(il.assessment().gap().orElse(null));
				if (il.approved() != null) {
					assertThat(ir.approved()).isEqualByComparingTo(il.approved());
				}
			}
		}
		assertThat(f.ranking()).extracting(BulletinFigures.RankRow::county, BulletinFigures.RankRow::score)
			.containsExactlyElementsOf(d.ranking()
				.ranked()
				.stream()
				.map((r) -> org.assertj.core.groups.Tuple.tuple(r.unit().name(), r.row().score()))
				.toList());

		// The dataset's own figures, to the decimal.
		BulletinFigures.ProjectRow parks = row(f, "1-3");
		assertThat(parks.indicators().get(0).approved()).isEqualByComparingTo("9");
		assertThat(parks.indicators().get(0).ratePercent()).isEqualByComparingTo("64.3");
		assertThat(parks.status()).isEqualTo("NORMAL");
		BulletinFigures.ProjectRow cases = row(f, "1-16");
		assertThat(cases.indicators().get(0).approved()).isEqualByComparingTo("1800");
		assertThat(cases.indicators().get(0).ratePercent()).isEqualByComparingTo("36.0");
		assertThat(cases.status()).isEqualTo("LAGGING");

		// The figures written out as sentences.
		BulletinText text = draft.text();
		assertThat(text.title()).isEqualTo(TITLE);
		assertThat(text.addressees()).isEqualTo("各县（市、区）人民政府，各开发区（管理区）管委会，市直有关部门：");
		assertThat(text.opening()).endsWith("现将有关情况通报如下：");
		assertThat(text.overall())
			.contains("截至2024年5月底，全市25项民生工程中，已完成" + f.completed() + "项，超序时进度" + f.ahead() + "项，按序时进度推进" + f.onSchedule()
					+ "项，滞后" + f.lagging() + "项，严重滞后" + f.seriouslyLagging() + "项。")
			.contains("总体完成率为" + d.overallPercent().toPlainString() + "%，序时进度为50.0%");
		assertThat(text.projects()).contains("（一）省达19项民生工程", "（二）市人民代表大会票决确定的6项民生工程",
				"3.口袋公园建设工程（牵头单位：市城管执法局）。新建口袋公园年度目标14个，累计完成9个，完成率64.3%，正常。进度较快的是曹妃甸区，进度较慢的是遵化市。",
				"无偿法律援助服务年度目标5000件以上，累计完成1800件，完成率36.0%，滞后。进度较快的是曹妃甸区，进度较慢的是遵化市。");
		assertThat(text.ranking()).contains("予以通报表扬", "曹妃甸区（87.5分）");
		assertThat(text.problems()).startsWith("（一）部分项目进度严重滞后。截至2024年5月底，以下" + f.seriouslyLagging() + "项民生工程")
			.contains("完成率0.0%，落后序时进度50.0个百分点。")
			.doesNotContain("法律援助", "口袋公园");
		assertThat(text.requirements()).startsWith("（一）压实工作责任。");

		this.mvc.perform(get("/bulletins/{id}/edit", id).with(PortalUsers.user("fgw")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"" + TITLE + "\""), containsString("64.3%"),
					containsString("data-project=\"1-16\""), containsString("36.0%"))));
	}

	@Test
	void issuingNumbersAndFreezesTheBulletin() throws Exception {
		Long id = draft();
		long version = this.bulletins.view(this.data.user("fgw"), id).version();
		BulletinText edited = withOverall(this.bulletins.view(this.data.user("fgw"), id).text(), "总体进展经人工修改。");
		this.mvc.perform(save(id, version, edited, "save"))
			.andExpect(redirectedUrl("/bulletins/" + id + "/edit"))
			.andExpect(flash().attribute("message", "bulletin.saved"));
		BulletinView saved = this.bulletins.view(this.data.user("fgw"), id);
		assertThat(saved.text().overall()).isEqualTo("总体进展经人工修改。");
		int before = counter();
		this.mvc.perform(save(id, saved.version(), saved.text(), "issue"))
			.andExpect(redirectedUrl("/bulletins"))
			.andExpect(flash().attribute("message", "bulletin.issued"));
		BulletinView issued = this.bulletins.view(this.data.user("leader"), id);
		assertThat(issued.status()).isEqualTo(BulletinStatus.ISSUED);
		assertThat(issued.number()).isEqualTo(before + 1);
		assertThat(issued.issuedAt()).isEqualTo(this.clock.instant());
		// The security audit trail has it too (issue #13): who, what, which number.
		assertThat(this.jdbc.queryForMap(
				"select username, result, reason from security_event where event_type = 'BULLETIN_ISSUED' and object_id = ?",
				String.valueOf(id)))
			.containsEntry("username", "fgw")
			.containsEntry("result", "SUCCESS")
			.containsEntry("reason", String.valueOf(issued.number()));
		assertThat(this.jdbc.queryForObject(
				"select count(distinct unit_id) from notification where kind = 'BULLETIN_ISSUED' and period = date '2024-05-01'",
				Integer.class))
			.isEqualTo(this.jdbc.queryForObject(
					"select count(*) from unit where active and type in ('COUNTY', 'DEPARTMENT')", Integer.class));

		// Data changes afterwards: the dashboard moves, the bulletin does not.
		report("qianan", this.parks, MAY, this.parks.indicators().get(0).id(), 4, true);
		Dashboard now = this.dashboards.view(this.data.user("fgw"), MAY);
		assertThat(now.projects()
			.stream()
			.filter((p) -> p.project().code().equals("1-3"))
			.findFirst()
			.orElseThrow()
			.indicators()
			.get(0)
			.approved()).isEqualByComparingTo("11");
		BulletinView later = this.bulletins.view(this.data.user("lunan"), id);
		assertThat(row(later.figures(), "1-3").indicators().get(0).approved()).isEqualByComparingTo("9");
		assertThat(row(later.figures(), "1-3").indicators().get(0).ratePercent()).isEqualByComparingTo("64.3");
		assertThat(later.figures()).isEqualTo(issued.figures());
		assertThat(later.text()).isEqualTo(saved.text());
		this.mvc.perform(get("/bulletins/{id}/print", id).with(PortalUsers.user("lunan")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("第" + issued.number() + "期"), containsString("64.3%"),
					not(containsString("78.6%")), containsString("总体进展经人工修改。"))));

		// Frozen: no more edits, no deletion, a later issue gets the next number.
		this.mvc.perform(save(id, issued.version(), withOverall(saved.text(), "再改"), "save"))
			.andExpect(redirectedUrl("/bulletins/" + id + "/print"))
			.andExpect(flash().attribute("error", "bulletin.conflict.issued"));
		this.mvc
			.perform(post("/bulletins/{id}/delete", id).with(PortalUsers.user("fgw"))
				.with(csrf())
				.param("version", String.valueOf(issued.version())))
			.andExpect(flash().attribute("error", "bulletin.conflict.issued"));
		assertThat(this.bulletins.view(this.data.user("fgw"), id).text().overall()).isEqualTo("总体进展经人工修改。");
		this.mvc.perform(get("/bulletins/{id}/edit", id).with(PortalUsers.user("fgw")))
			.andExpect(redirectedUrl("/bulletins/" + id + "/print"));
	}

	@Test
	void numbersAreSequentialAndNeverReusedEvenWhenIssuedAtOnce() throws Exception {
		CurrentUser fgw = this.data.user("fgw");
		Long first = this.bulletins.draft(fgw, MAY);
		Long second = this.bulletins.draft(fgw, YearMonth.of(2024, 4));
		Long discarded = this.bulletins.draft(fgw, YearMonth.of(2024, 3));
		int before = counter();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<BulletinView>> results = new ArrayList<>();
			for (Long id : List.of(first, second)) {
				BulletinView draft = this.bulletins.view(fgw, id);
				Callable<BulletinView> issue = () -> {
					start.await();
					return this.bulletins.issue(fgw, id, draft.version(), draft.text());
				};
				results.add(pool.submit(issue));
			}
			start.countDown();
			Set<Integer> numbers = new LinkedHashSet<>();
			for (Future<BulletinView> result : results) {
				numbers.add(result.get(60, TimeUnit.SECONDS).number());
			}
			assertThat(numbers).containsExactlyInAnyOrder(before + 1, before + 2);
		}
		finally {
			pool.shutdownNow();
		}
		// A deleted draft never had a number; the next issue continues the sequence.
		this.bulletins.delete(fgw, discarded, this.bulletins.view(fgw, discarded).version());
		Long third = this.bulletins.draft(fgw, MAY);
		BulletinView draft = this.bulletins.view(fgw, third);
		assertThat(this.bulletins.issue(fgw, third, draft.version(), draft.text()).number()).isEqualTo(before + 3);
		assertThat(this.jdbc.queryForList("select number from bulletin where status = 'ISSUED' order by number",
				Integer.class))
			.containsExactly(before + 1, before + 2, before + 3);
		assertThat(this.bulletins.issued()).extracting(BulletinSummary::number)
			.containsExactly(before + 3, before + 2, before + 1);
	}

	@Test
	void aStaleSaveKeepsTheTextAndSaysWhy() throws Exception {
		Long id = draft();
		BulletinView opened = this.bulletins.view(this.data.user("fgw"), id);
		this.mvc.perform(save(id, opened.version(), withOverall(opened.text(), "第一位的修改"), "save"))
			.andExpect(redirectedUrl("/bulletins/" + id + "/edit"));
		this.mvc.perform(save(id, opened.version(), withOverall(opened.text(), "第二位的修改"), "save"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("此草稿在您编辑期间已被他人修改"), containsString(">第二位的修改</textarea>"))));
		assertThat(this.bulletins.view(this.data.user("fgw"), id).text().overall()).isEqualTo("第一位的修改");

		BulletinView current = this.bulletins.view(this.data.user("fgw"), id);
		BulletinText blankTitle = new BulletinText("  ", current.text().addressees(), current.text().opening(), "保留的文字",
				current.text().projects(), current.text().ranking(), current.text().problems(),
				current.text().requirements(), current.text().signature(), current.text().copyTo(),
				current.text().printer());
		this.mvc.perform(save(id, current.version(), blankTitle, "issue"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("此项不能为空"), containsString("id=\"title-error\""),
					containsString(">保留的文字</textarea>"))));
		assertThat(this.bulletins.view(this.data.user("fgw"), id).status()).isEqualTo(BulletinStatus.DRAFT);
	}

	@Test
	void aDeleteRacingASaveIsAConflictNotAnError() throws Exception {
		Long id = draft();
		long version = this.bulletins.view(this.data.user("fgw"), id).version();
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try (Connection connection = this.dataSource.getConnection()) {
			// A save of the draft, in its transaction: the row is locked and changes.
			connection.setAutoCommit(false);
			try (PreparedStatement save = connection
				.prepareStatement("update bulletin set version = version + 1 where id = ?")) {
				save.setLong(1, id);
				assertThat(save.executeUpdate()).isEqualTo(1);
			}
			Future<MvcResult> delete = pool.submit(
					() -> this.mvc
						.perform(post("/bulletins/{id}/delete", id).with(PortalUsers.user("fgw"))
							.with(csrf())
							.param("version", String.valueOf(version)))
						.andReturn());
			try {
				long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
				while (System.nanoTime() < until && !delete.isDone()
						&& this.jdbc
							.queryForObject("select count(*) from pg_stat_activity where wait_event_type = 'Lock' "
									+ "and datname = current_database()", Integer.class) == 0) {
					Thread.sleep(20);
				}
			}
			finally {
				connection.commit();
			}
			MvcResult result = delete.get(30, TimeUnit.SECONDS);
			assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/bulletins/" + id + "/edit");
			assertThat(result.getFlashMap().get("error")).isEqualTo("bulletin.conflict.stale");
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.bulletins.view(this.data.user("fgw"), id).version()).isEqualTo(version + 1);
		this.mvc
			.perform(get("/bulletins/{id}/edit", id).with(PortalUsers.user("fgw"))
				.flashAttr("error", "bulletin.conflict.stale"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("此草稿在您编辑期间已被他人修改")));
	}

	@Test
	void onlyTheCoordinatorDraftsAndEveryoneReadsIssuedOnes() throws Exception {
		Long id = draft();
		// 三员分立 (issue #13): administrators read no bulletins at all.
		for (String user : List.of("admin", "secadmin", "auditor")) {
			this.mvc.perform(get("/bulletins").with(PortalUsers.user(user))).andExpect(status().isForbidden());
			this.mvc.perform(get("/bulletins/{id}/print", id).with(PortalUsers.user(user)))
				.andExpect(status().isForbidden());
		}
		for (String user : List.of("lunan", "zjj", "leader")) {
			this.mvc.perform(get("/bulletins/{id}/print", id).with(PortalUsers.user(user)))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/bulletins/{id}.docx", id).with(PortalUsers.user(user)))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/bulletins/{id}/edit", id).with(PortalUsers.user(user)))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/bulletins").with(PortalUsers.user(user)))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(not(containsString("起草通报")), not(containsString(TITLE)))));
		}
		this.mvc.perform(post("/bulletins").with(PortalUsers.user("lunan")).with(csrf()).param("month", "2024-05"))
			.andExpect(status().isForbidden());
		this.mvc.perform(save(id, 0, this.bulletins.view(this.data.user("fgw"), id).text(), "issue", "leader"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(
					post("/bulletins/{id}/delete", id).with(PortalUsers.user("zjj")).with(csrf()).param("version", "0"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/bulletins/{id}/print", 999_999).with(PortalUsers.user("fgw")))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/bulletins").with(PortalUsers.user("fgw")).with(csrf()).param("month", "2024-08"))
			.andExpect(status().isNotFound());

		issue(id);
		this.mvc.perform(get("/bulletins/{id}/print", id).with(PortalUsers.user("admin")))
			.andExpect(status().isForbidden());
		for (String user : List.of("lunan", "zjj", "leader")) {
			this.mvc.perform(get("/bulletins").with(PortalUsers.user(user)))
				.andExpect(content().string(containsString(TITLE)));
			this.mvc.perform(get("/bulletins/{id}/print", id).with(PortalUsers.user(user))).andExpect(status().isOk());
		}
	}

	@Test
	void countiesAndDepartmentsSeeNewBulletinsOnTheirHomePageUntilTheyOpenTheList() throws Exception {
		Long id = draft();
		this.mvc.perform(get("/").with(PortalUsers.user("zunhua")))
			.andExpect(content().string(not(containsString("新印发的通报"))));
		issue(id);
		this.clock.set(LocalDateTime.of(2024, 7, 3, 10, 0));
		for (String user : List.of("zunhua", "sfj")) {
			this.mvc.perform(get("/").with(PortalUsers.user(user)))
				.andExpect(content().string(allOf(containsString("新印发的通报"), containsString(TITLE),
						containsString("/bulletins/" + id + "/print"),
						containsString("2024年5月的民生工程进展情况通报已印发，请及时查阅。"))));
		}
		this.mvc.perform(get("/bulletins").with(PortalUsers.user("zunhua"))).andExpect(status().isOk());
		this.mvc.perform(get("/").with(PortalUsers.user("zunhua")))
			.andExpect(content().string(not(containsString("新印发的通报"))));
		this.mvc.perform(get("/").with(PortalUsers.user("sfj"))).andExpect(content().string(containsString("新印发的通报")));
	}

	@Test
	void printViewCarriesTheOfficialLayoutAndEscapesUserText() throws Exception {
		Long id = draft();
		String hostile = "<script>alert('x')</script> & <b>粗</b>";
		BulletinView draft = this.bulletins.view(this.data.user("fgw"), id);
		this.mvc.perform(save(id, draft.version(), withOverall(draft.text(), hostile), "save"));
		BulletinView issued = issue(id);
		this.mvc.perform(get("/bulletins/{id}/print", id).with(PortalUsers.user("qianan")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1 class=\"doc-title\">" + TITLE + "</h1>"),
					containsString("href=\"/css/print.css\""), containsString("href=\"/css/bulletin.css\""),
					containsString("第" + issued.number() + "期"), containsString("一、总体进展"), containsString("五、下步要求"),
					containsString("附件1"), containsString("附件2"), containsString("抄送："),
					containsString("唐山市发展和改革委员会办公室"), containsString("2024年7月3日印发"),
					containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;粗&lt;/b&gt;"),
					not(containsString("<script>alert")))))
			// 1-16's indicator and project: 36.0%, 滞后
			.andExpect(content().string(allOf(containsString("<td class=\"num\">36.0%</td>"),
					containsString("<td class=\"center nowrap\">滞后</td>"))));
		this.mvc.perform(get("/css/print.css"))
			.andExpect(content().string(allOf(containsString("@page {"), containsString("size: A4;"),
					containsString("margin: 37mm 26mm 35mm 28mm;"), containsString("@page landscape"),
					containsString("counter(page)"))));
		this.mvc.perform(get("/css/bulletin.css")).andExpect(content().string(containsString("page: landscape;")));
	}

	@Test
	void theWordFileHasTheTitleTheProjectsAndTheOfficialPage() throws Exception {
		Long id = draft();
		BulletinView draft = this.bulletins.view(this.data.user("fgw"), id);
		this.mvc.perform(save(id, draft.version(), withOverall(draft.text(), "<w:p>&amp; “引号”</w:p>"), "save"));
		BulletinView issued = issue(id);
		MvcResult result = this.mvc.perform(get("/bulletins/{id}.docx", id).with(PortalUsers.user("lunan")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.andReturn();
		try (XWPFDocument doc = new XWPFDocument(
				new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertThat(texts).contains(TITLE, "第" + issued.number() + "期", "一、总体进展", "<w:p>&amp; “引号”</w:p>", "五、下步要求");
			XWPFParagraph title = doc.getParagraphs()
				.stream()
				.filter((p) -> p.getText().equals(TITLE))
				.findFirst()
				.orElseThrow();
			assertThat(title.getRuns().get(0).getCTR().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("方正小标宋简体");
			XWPFParagraph body = doc.getParagraphs()
				.stream()
				.filter((p) -> p.getText().startsWith("为推动"))
				.findFirst()
				.orElseThrow();
			assertThat(body.getRuns().get(0).getCTR().getRPr().getRFontsArray(0).getAscii()).isEqualTo("仿宋_GB2312");
			assertThat(body.getRuns().get(0).getCTR().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("仿宋_GB2312");
			assertThat(body.getCTP().getPPr().getSpacing().getLine()).isEqualTo(BigInteger.valueOf(580));
			assertThat(body.getCTP().getPPr().getSpacing().getLineRule().toString()).isEqualTo("exact");

			XWPFTable progress = doc.getTables().get(0);
			assertThat(progress.getRow(0).getCell(0).getText()).isEqualTo("编号");
			Set<String> codes = new LinkedHashSet<>();
			for (XWPFTableRow row : progress.getRows().subList(1, progress.getRows().size())) {
				if (!row.getCell(0).getText().isEmpty()) {
					codes.add(row.getCell(0).getText());
				}
			}
			assertThat(codes).hasSize(25).contains("1-1", "1-19", "2-6");
			assertThat(progress.getRows()).hasSize(1 + issued.figures().indicatorCount());
			assertThat(doc.getTables().get(1).getRow(1).getCell(1).getText()).isEqualTo("曹妃甸区");

			List<CTSectPr> sections = new ArrayList<>();
			doc.getParagraphs()
				.stream()
				.filter((p) -> p.getCTP().getPPr() != null && p.getCTP().getPPr().getSectPr() != null)
				.forEach((p) -> sections.add(p.getCTP().getPPr().getSectPr()));
			sections.add(doc.getDocument().getBody().getSectPr());
			assertThat(sections).hasSize(3);
			CTPageMar portrait = sections.get(0).getPgMar();
			assertThat(mm(portrait.getTop())).isCloseTo(37, within(0.05));
			assertThat(mm(portrait.getLeft())).isCloseTo(28, within(0.05));
			assertThat(mm(portrait.getRight())).isCloseTo(26, within(0.05));
			assertThat(mm(portrait.getBottom())).isCloseTo(35, within(0.05));
			assertThat(((BigInteger) sections.get(0).getPgSz().getW()).intValue()).isEqualTo(11906);
			assertThat(sections.get(1).getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
			assertThat(sections).allSatisfy((s) -> assertThat(s.getFooterReferenceList()).hasSize(2));
			String footer = doc.getFooterList().get(0)._getHdrFtr().xmlText();
			assertThat(footer).contains("PAGE", "fldChar");
			// 28 characters a line: Word's grid pitch is the default size (三号, 16 pt)
			// plus
			// charSpace/4096 pt, across the type area.
			CTRPr defaults = doc.getStyle().getDocDefaults().getRPrDefault().getRPr();
			assertThat(((BigInteger) defaults.getSzArray(0).getVal()).intValue()).isEqualTo(32);
			assertThat(defaults.getRFontsArray(0).getEastAsia()).isEqualTo("仿宋_GB2312");
			double pitch = 16 + sections.get(0).getDocGrid().getCharSpace().intValue() / 4096.0;
			double typeArea = (11906 - ((BigInteger) portrait.getLeft()).intValue()
					- ((BigInteger) portrait.getRight()).intValue()) / 20.0;
			assertThat(typeArea / pitch).isCloseTo(28, within(0.1));
		}
	}

	@Test
	void thePdfHasTheTitleOnMoreThanOnePageOrExplainsWhyNot() throws Exception {
		Long id = draft();
		issue(id);
		if (!this.printViews.pdfAvailable()) {
			this.mvc.perform(get("/bulletins").with(PortalUsers.user("lunan")))
				.andExpect(content().string(containsString("服务器缺少生成PDF所需的中文字体")));
			assumeTrue(false, "PDF fonts missing: apt-get install fonts-arphic-uming fonts-arphic-ukai");
		}
		MvcResult result = this.mvc.perform(get("/bulletins/{id}.pdf", id).with(PortalUsers.user("lunan")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn();
		try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
			assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
			String text = new PDFTextStripper().getText(pdf).replace("\n", "").replace("\r", "");
			assertThat(text).contains(TITLE, "一、总体进展", "— 1 —").doesNotContain("返回通报列表");
			boolean landscape = false;
			for (int i = 0; i < pdf.getNumberOfPages(); i++) {
				landscape |= pdf.getPage(i).getMediaBox().getWidth() > pdf.getPage(i).getMediaBox().getHeight();
			}
			assertThat(landscape).as("landscape attachment pages").isTrue();
		}
	}

	private Long draft() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/bulletins").with(PortalUsers.user("fgw")).with(csrf()).param("month", "2024-05"))
			.andExpect(flash().attribute("message", "bulletin.drafted"))
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).matches("/bulletins/\\d+/edit");
		return Long.valueOf(location.replaceAll("\\D", ""));
	}

	private BulletinView issue(Long id) throws Exception {
		BulletinView draft = this.bulletins.view(this.data.user("fgw"), id);
		this.mvc.perform(save(id, draft.version(), draft.text(), "issue")).andExpect(redirectedUrl("/bulletins"));
		return this.bulletins.view(this.data.user("fgw"), id);
	}

	private MockHttpServletRequestBuilder save(Long id, long version, BulletinText t, String action) {
		return save(id, version, t, action, "fgw");
	}

	private MockHttpServletRequestBuilder save(Long id, long version, BulletinText t, String action, String user) {
		return post("/bulletins/{id}", id).with(PortalUsers.user(user))
			.with(csrf())
			.param("action", action)
			.param("version", String.valueOf(version))
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
			.param("printer", t.printer());
	}

	private static BulletinText withOverall(BulletinText t, String overall) {
		return new BulletinText(t.title(), t.addressees(), t.opening(), overall, t.projects(), t.ranking(),
				t.problems(), t.requirements(), t.signature(), t.copyTo(), t.printer());
	}

	private int counter() {
		return this.jdbc.query("select last_number from bulletin_counter", (rs) -> rs.next() ? rs.getInt(1) : 0);
	}

	private static double mm(Object twips) {
		return ((BigInteger) twips).doubleValue() / 56.7;
	}

	private static BulletinFigures.ProjectRow row(BulletinFigures f, String code) {
		return f.projects().stream().filter((p) -> p.code().equals(code)).findFirst().orElseThrow();
	}

	private void report(String unit, ProjectView project, YearMonth month, Long indicator, int cumulative) {
		report(unit, project, month, indicator, cumulative, false);
	}

	/** An approved report, submitted on time; {@code replace} updates the stored one. */
	private void report(String unit, ProjectView project, YearMonth month, Long indicator, int cumulative,
			boolean replace) {
		if (replace) {
			this.jdbc.update("""
					update report_value set cumulative = ? where indicator_id = ? and report_id in
					(select id from report where unit_id = ? and project_id = ? and period = ?)""", cumulative,
					indicator, this.data.unitId(unit), project.id(), month.atDay(1));
			return;
		}
		OffsetDateTime at = month.plusMonths(1).atDay(3).atTime(10, 0).atZone(MutableClock.ZONE).toOffsetDateTime();
		Long id = this.jdbc.queryForObject("""
				insert into report (unit_id, project_id, period, status, first_submitted_at, submitted_at, late,
					reviewed_at, updated_at)
				values (?, ?, ?, 'APPROVED', ?, ?, false, ?, ?) returning id""", Long.class, this.data.unitId(unit),
				project.id(), month.atDay(1), at, at, at, at);
		this.jdbc.update("insert into report_value (report_id, indicator_id, cumulative) values (?, ?, ?)", id,
				indicator, cumulative);
	}

}
