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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The monthly form's project cards kept rendered (issue #14, {@link ReportCards}): kept
 * once per form value, never stale after a save, a submission or a return, the same
 * markup as rendered afresh, and each form with the request's own working token. Uses
 * project 1-4 split to 玉田县 and 丰润区 ({@link RuralRoads}).
 */
@PortalTest
class ReportCardsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlanCatalog plans;

	@Autowired
	ReportCards cards;

	RuralRoads roads;

	Long project;

	Long indicator;

	@BeforeEach
	void splitRuralRoads() {
		this.roads = new RuralRoads(this.plans, this.jdbc).split();
		this.project = this.roads.project;
		this.indicator = this.roads.indicator;
	}

	@AfterEach
	void clear() {
		this.roads.clear();
	}

	@Test
	void keptOncePerFormAndNeverStale() throws Exception {
		Document first = page("yutian");
		Element field = first.getElementById("f" + this.project + "-" + this.indicator);
		assertThat(field).isNotNull();
		assertThat(field.val()).isEmpty();
		assertThat(field.hasAttr("readonly")).isFalse();
		int kept = this.cards.size();
		assertThat(kept).isGreaterThanOrEqualTo(first.select("details.project-card").size());

		// The same form again: nothing new is rendered, the cards are the same.
		Document again = page("yutian");
		assertThat(this.cards.size()).isEqualTo(kept);
		assertThat(cards(again)).isEqualTo(cards(first));

		// A draft: the new figure and text are on the very next form.
		this.mvc.perform(save(-1, "12.5", "save").param("progress", "已完成路基12.5公里"))
			.andExpect(flash().attribute("message", "report.saved"));
		Document draft = page("yutian");
		assertThat(value(draft)).isEqualTo("12.5");
		assertThat(draft.getElementById("progress-" + this.project).text()).isEqualTo("已完成路基12.5公里");
		assertThat(cards(draft)).isNotEqualTo(cards(first));

		// Submitted: read-only.
		this.mvc.perform(save(version(), "13", "submit").param("progress", "已完成路基13公里"))
			.andExpect(flash().attribute("message", "report.submitted"));
		Document submitted = page("yutian");
		assertThat(value(submitted)).isEqualTo("13");
		assertThat(submitted.getElementById("f" + this.project + "-" + this.indicator).hasAttr("readonly")).isTrue();

		// Returned by the department: editable again, with the reason.
		this.mvc
			.perform(post("/reviews/{id}/return", reportId()).with(PortalUsers.user("jtj"))
				.with(csrf())
				.param("version", String.valueOf(version()))
				.param("reason", "请补充路段清单"))
			.andExpect(status().is3xxRedirection());
		Document returned = page("yutian");
		assertThat(returned.getElementById("f" + this.project + "-" + this.indicator).hasAttr("readonly")).isFalse();
		assertThat(returned.getElementById("project-" + this.project).text()).contains("请补充路段清单");

		// Another unit of the same project sees its own empty form, not 玉田县's.
		Document other = page("fengrun");
		assertThat(value(other)).isEmpty();
		assertThat(other.getElementById("project-" + this.project).text()).doesNotContain("已完成路基13公里").contains("30公里");
	}

	@Test
	void keptFieldsAreTheFieldsRenderedAfresh() throws Exception {
		this.mvc.perform(save(-1, "12.5", "save").param("progress", "路基"))
			.andExpect(flash().attribute("message", "report.saved"));
		long stale = version();
		this.mvc.perform(save(stale, "12.5", "save").param("progress", "路基"))
			.andExpect(flash().attribute("message", "report.saved"));
		Element kept = card(page("yutian"));

		// A save on the old version is a conflict: the page shows this project's card
		// rendered afresh (with what was typed: here exactly what is stored), open and
		// with
		// the conflict's alert, the others kept.
		Document conflict = Jsoup.parse(this.mvc.perform(save(stale, "12.5", "save").param("progress", "路基"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(conflict.text()).contains("刚被其他人修改过");
		Element afresh = card(conflict);
		assertThat(afresh.hasAttr("open")).isTrue();
		afresh.select(".alert-warning").remove();
		// The hidden version is the one now stored, as on the kept card.
		assertThat(afresh.outerHtml()).isEqualTo(kept.outerHtml());
	}

	@Test
	void aProjectWithErrorsShowsWhatWasTyped() throws Exception {
		Document page = Jsoup.parse(this.mvc.perform(save(-1, "十二", "save"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		Element input = page.getElementById("f" + this.project + "-" + this.indicator);
		assertThat(input.val()).isEqualTo("十二");
		assertThat(input.hasClass("is-invalid")).isTrue();
		assertThat(page.getElementById("f" + this.project + "-" + this.indicator + "-error")).isNotNull();
		assertThat(page.select("details.project-card form[method=post] input[name=v" + this.indicator + "]"))
			.hasSize(1);
	}

	@Test
	void everyKeptFormCarriesTheRequestsOwnToken() throws Exception {
		String html = this.mvc.perform(get("/reports").with(PortalUsers.user("yutian")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).doesNotContain("csrf-hole").doesNotContain("jsessionid");
		Document page = Jsoup.parse(html);
		for (Element form : page.select("details.project-card form[method=post]")) {
			assertThat(form.select("input[name=_csrf]")).hasSize(1);
		}
		// The token in every kept card is the one this request put in the page's own
		// forms (the log-out form of the layout is rendered afresh each time). Saving
		// through a kept card in a real browser is MonthlyReportBrowserTest.
		String layouts = page.selectFirst("form[action=/logout] input[name=_csrf]").val();
		assertThat(layouts).isNotBlank();
		assertThat(page.select("details.project-card input[name=_csrf]").eachAttr("value")).isNotEmpty()
			.allMatch(layouts::equals);
		// The next request gets the same kept cards, with its own token in them.
		Document next = page("yutian");
		String nextLayouts = next.selectFirst("form[action=/logout] input[name=_csrf]").val();
		assertThat(nextLayouts).isNotEqualTo(layouts);
		assertThat(next.select("details.project-card input[name=_csrf]").eachAttr("value"))
			.allMatch(nextLayouts::equals);
	}

	private Document page(String user) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/reports").with(PortalUsers.user(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/** Every card's markup, the tokens (one for each request) left out. */
	private List<String> cards(Document page) {
		return page.select("details.project-card")
			.stream()
			.map((c) -> RuralRoads.withoutTokens(c).outerHtml())
			.toList();
	}

	/** This project's card, the tokens left out. */
	private Element card(Document page) {
		return RuralRoads.withoutTokens(page.getElementById("project-" + this.project));
	}

	private String value(Document page) {
		return page.getElementById("f" + this.project + "-" + this.indicator).val();
	}

	private MockHttpServletRequestBuilder save(long version, String value, String action) {
		return post("/reports/{id}", this.project).with(PortalUsers.user("yutian"))
			.with(csrf())
			.param("month", "2024-06")
			.param("version", String.valueOf(version))
			.param("action", action)
			.param("v" + this.indicator, value);
	}

	private Long reportId() {
		return this.roads.reportId("yutian");
	}

	private long version() {
		return this.roads.version("yutian");
	}

}
