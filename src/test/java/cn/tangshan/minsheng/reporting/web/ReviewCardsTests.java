package cn.tangshan.minsheng.reporting.web;

import java.util.List;

import cn.tangshan.minsheng.PortalTest;
import cn.tangshan.minsheng.account.PortalUsers;
import cn.tangshan.minsheng.plan.PlanCatalog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reviewer's queue kept rendered (issue #14, {@link ReviewCards}): each report kept
 * once per item value, never stale after a return, a new submission or an approval, its
 * figures beside the last approved one, each form with the request's own token, and the
 * report returned without a reason rendered afresh with the message next to the field.
 * Project 1-4 is split to 玉田县 (40) and 丰润区 (30), as ReportCardsTests sets it up; 玉田县 had
 * 10 approved in May.
 */
@PortalTest
class ReviewCardsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlanCatalog plans;

	@Autowired
	ReviewCards cards;

	RuralRoads roads;

	Long project;

	Long indicator;

	@BeforeEach
	void submitTwoCounties() throws Exception {
		this.roads = new RuralRoads(this.plans, this.jdbc).split();
		this.project = this.roads.project;
		this.indicator = this.roads.indicator;
		Long may = this.jdbc.queryForObject("""
				insert into report (unit_id, project_id, period, status, updated_at, version)
				values ((select id from unit where code = 'yutian'), ?, '2024-05-01', 'APPROVED', now(), 0)
				returning id""", Long.class, this.project);
		this.jdbc.update("insert into report_value (report_id, indicator_id, cumulative) values (?, ?, 10)", may,
				this.indicator);
		submit("yutian", -1, "12.5", "玉田县已完成路基12.5公里");
		submit("fengrun", -1, "5", "丰润区已完成5公里");
	}

	@AfterEach
	void clear() {
		this.roads.clear();
	}

	@Test
	void keptOncePerItemAndNeverStale() throws Exception {
		Document first = queue();
		Element yutian = item(first, "yutian");
		assertThat(figures(yutian)).containsExactly("40公里", "10", "12.5", "2.5");
		assertThat(yutian.text()).contains("玉田县已完成路基12.5公里");
		assertThat(figures(item(first, "fengrun"))).containsExactly("30公里", "—", "5", "5");
		int kept = this.cards.size();
		assertThat(kept).isGreaterThanOrEqualTo(2);

		// The same queue again: nothing new is rendered, the reports are the same.
		Document again = queue();
		assertThat(this.cards.size()).isEqualTo(kept);
		assertThat(items(again)).isEqualTo(items(first));

		// Returned: gone from the queue, the other county's report still there.
		this.mvc
			.perform(post("/reviews/{id}/return", reportId("yutian")).with(PortalUsers.user("jtj"))
				.with(csrf())
				.param("version", String.valueOf(version("yutian")))
				.param("reason", "请补充路段清单"))
			.andExpect(flash().attribute("message", "review.returned"));
		Document returned = queue();
		assertThat(returned.getElementById("review-" + reportId("yutian"))).isNull();
		assertThat(RuralRoads.withoutTokens(item(returned, "fengrun")).outerHtml())
			.isEqualTo(RuralRoads.withoutTokens(item(first, "fengrun")).outerHtml());

		// Submitted again with a new figure: the very next queue shows it, with the
		// version now stored.
		submit("yutian", version("yutian"), "13", "玉田县已完成路基13公里");
		Document resubmitted = queue();
		Element again13 = item(resubmitted, "yutian");
		assertThat(figures(again13)).containsExactly("40公里", "10", "13", "3");
		assertThat(again13.text()).contains("玉田县已完成路基13公里").doesNotContain("12.5公里");
		assertThat(again13.select("input[name=version]").eachAttr("value"))
			.containsOnly(String.valueOf(version("yutian")));

		// Approved from the kept markup's form: gone.
		this.mvc
			.perform(post("/reviews/{id}/approve", reportId("yutian")).with(PortalUsers.user("jtj"))
				.with(csrf())
				.param("version", again13.selectFirst("input[name=version]").val()))
			.andExpect(flash().attribute("message", "review.approved"));
		assertThat(queue().getElementById("review-" + reportId("yutian"))).isNull();
		assertThat(this.jdbc.queryForObject("select status from report where id = ?", String.class, reportId("yutian")))
			.isEqualTo("APPROVED");
	}

	@Test
	void everyKeptFormCarriesTheRequestsOwnToken() throws Exception {
		String html = this.mvc.perform(get("/reviews").with(PortalUsers.user("jtj")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).doesNotContain("csrf-hole").doesNotContain("jsessionid");
		Document page = Jsoup.parse(html);
		String layouts = page.selectFirst("form[action=/logout] input[name=_csrf]").val();
		assertThat(layouts).isNotBlank();
		assertThat(page.select("[id^=review-] form[method=post]")).hasSizeGreaterThanOrEqualTo(4)
			.allMatch((form) -> form.select("input[name=_csrf]").size() == 1);
		assertThat(page.select("[id^=review-] input[name=_csrf]").eachAttr("value")).allMatch(layouts::equals);
		Document next = queue();
		String nextLayouts = next.selectFirst("form[action=/logout] input[name=_csrf]").val();
		assertThat(nextLayouts).isNotEqualTo(layouts);
		assertThat(next.select("[id^=review-] input[name=_csrf]").eachAttr("value")).allMatch(nextLayouts::equals);
	}

	@Test
	void aReturnWithoutAReasonIsShownAfreshNextToTheField() throws Exception {
		String before = RuralRoads.withoutTokens(item(queue(), "fengrun")).outerHtml();
		Long report = reportId("yutian");
		Document page = Jsoup.parse(
				this.mvc
					.perform(post("/reviews/{id}/return", report).with(PortalUsers.user("jtj"))
						.with(csrf())
						.param("version", String.valueOf(version("yutian")))
						.param("reason", "  "))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString());
		Element reason = page.getElementById("reason-" + report);
		assertThat(reason.hasClass("is-invalid")).isTrue();
		assertThat(reason.attr("aria-describedby")).isEqualTo("reason-error-" + report);
		assertThat(page.getElementById("reason-error-" + report).text()).isEqualTo("请填写原因");
		assertThat(page.select("#review-" + report + " input[name=_csrf]")).hasSize(2);
		// The other report is the kept one; nothing was stored.
		assertThat(RuralRoads.withoutTokens(item(page, "fengrun")).outerHtml()).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("select status from report where id = ?", String.class, report))
			.isEqualTo("SUBMITTED");
	}

	private Document queue() throws Exception {
		return Jsoup.parse(this.mvc
			.perform(get("/reviews").with(PortalUsers.user("jtj")).param("project", String.valueOf(this.project)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/** Every report's markup, the tokens (one for each request) left out. */
	private List<String> items(Document page) {
		return page.select("[id^=review-]").stream().map((c) -> RuralRoads.withoutTokens(c).outerHtml()).toList();
	}

	private Element item(Document page, String unit) {
		Element item = page.getElementById("review-" + reportId(unit));
		assertThat(item).as(unit).isNotNull();
		return item;
	}

	/** The figures row: allocation, last approved, cumulative, this month. */
	private static List<String> figures(Element item) {
		List<String> cells = item.select("table tbody tr").get(0).select("td").eachText();
		return cells.subList(1, 5);
	}

	private void submit(String unit, long version, String value, String progress) throws Exception {
		this.mvc
			.perform(post("/reports/{id}", this.project).with(PortalUsers.user(unit))
				.with(csrf())
				.param("month", "2024-06")
				.param("version", String.valueOf(version))
				.param("action", "submit")
				.param("v" + this.indicator, value)
				.param("progress", progress))
			.andExpect(flash().attribute("message", "report.submitted"));
	}

	private Long reportId(String unit) {
		return this.roads.reportId(unit);
	}

	private long version(String unit) {
		return this.roads.version(unit);
	}

}
