package cn.tangshan.minsheng.reporting;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import cn.tangshan.minsheng.MutableClock;
import cn.tangshan.minsheng.PortalTest;
import cn.tangshan.minsheng.TestData;
import cn.tangshan.minsheng.account.PortalUsers;
import cn.tangshan.minsheng.plan.PlanCatalog;
import cn.tangshan.minsheng.plan.ProjectView;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * #14: the review queue by pages of 20, filtered by project, unit and state with
 * bookmarkable GET parameters, the count of all waiting in the heading; bad filter values
 * are ignored with a message. Data: a project no other test reports on, each county's
 * April, May and June reports submitted (54), five of them late.
 */
@PortalTest
class ReviewQueueTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestData data;

	@Autowired
	PlanCatalog plans;

	ProjectView project;

	String lead;

	@BeforeEach
	void submitEveryCountysQuarter() {
		Set<String> used = Set.of("1-1", "1-3", "1-4", "1-6", "1-7", "1-10", "1-14", "1-16", "1-17", "1-19", "2-4",
				"2-5");
		this.project = this.plans.currentOverview()
			.orElseThrow()
			.projects()
			.stream()
			.filter((p) -> !used.contains(p.code()) && !p.leads().isEmpty() && !p.leads().get(0).code().equals("fgw"))
			.filter((p) -> this.jdbc.queryForObject("select count(*) from user_account where username = ?",
					Integer.class, p.leads().get(0).code()) > 0)
			.findFirst()
			.orElseThrow();
		this.lead = this.project.leads().get(0).code();
		clean();
		List<Long> counties = this.jdbc.queryForList("select id from unit where type = 'COUNTY' order by sort_order",
				Long.class);
		OffsetDateTime at = LocalDateTime.of(2024, 7, 2, 9, 0).atZone(MutableClock.ZONE).toOffsetDateTime();
		for (Long county : counties) {
			for (int month = 4; month <= 6; month++) {
				this.jdbc.update("""
						insert into report (unit_id, project_id, period, status, first_submitted_at, submitted_at,
							late, updated_at)
						values (?, ?, make_date(2024, ?, 1), 'SUBMITTED', ?, ?, false, ?)""", county, this.project.id(),
						month, at, at, at);
			}
		}
		this.jdbc.update("""
				update report set late = true where id in (
					select id from report where project_id = ? and period = date '2024-04-01' order by id limit 5)""",
				this.project.id());
	}

	@AfterEach
	void clean() {
		this.jdbc.update("delete from audit_entry where report_id in (select id from report where project_id = ?)",
				this.project.id());
		this.jdbc.update("delete from report where project_id = ?", this.project.id());
	}

	@Test
	void pagesOfTwentyWithTheCountOfAllWaiting() throws Exception {
		int waiting = waiting();
		assertThat(waiting).isGreaterThanOrEqualTo(54);
		Document first = page("/reviews");
		assertThat(first.selectFirst("h1").text()).isEqualTo("待审核的报送（" + waiting + "份）");
		assertThat(first.select("div[id^=review-]")).hasSize(20);
		assertThat(first.select(".review-next").attr("href")).isEqualTo("/reviews?page=2");
		assertThat(first.select(".review-previous")).isEmpty();
		int pages = (waiting + 19) / 20;
		Document last = page("/reviews?page=" + pages);
		assertThat(last.select("div[id^=review-]")).hasSize(waiting - 20 * (pages - 1));
		assertThat(last.select(".review-next")).isEmpty();
		// Out of range: the last page.
		assertThat(page("/reviews?page=999").select("div[id^=review-]")).hasSize(waiting - 20 * (pages - 1));
	}

	@Test
	void filtersByProjectUnitAndStateBookmarkably() throws Exception {
		Long zunhua = this.data.unitId("zunhua");
		Document byUnit = page("/reviews?project=" + this.project.id() + "&unit=" + zunhua);
		assertThat(byUnit.select("div[id^=review-]")).hasSize(3)
			.allSatisfy((card) -> assertThat(card.selectFirst("h2").text()).startsWith("遵化市"));
		assertThat(byUnit.selectFirst("#review-matching").text()).isEqualTo("符合条件 3 份 · 第 1 页，共 1 页");
		assertThat(byUnit.selectFirst("h1").text()).isEqualTo("待审核的报送（" + waiting() + "份）");
		assertThat(byUnit.select("#filter-unit option[selected]").attr("value")).isEqualTo(zunhua.toString());
		assertThat(byUnit.select("#filter-project option[selected]").attr("value"))
			.isEqualTo(this.project.id().toString());
		Document late = page("/reviews?state=late&project=" + this.project.id());
		assertThat(late.select("div[id^=review-]")).hasSize(5);
		assertThat(late.select("#filter-state option[selected]").attr("value")).isEqualTo("late");
		Document onTime = page("/reviews?state=onTime&project=" + this.project.id());
		assertThat(onTime.selectFirst("#review-matching").text()).startsWith("符合条件 49 份");
		assertThat(onTime.select(".review-next").attr("href"))
			.isEqualTo("/reviews?project=" + this.project.id() + "&state=onTime&page=2");
	}

	@Test
	void badFilterValuesAreIgnoredWithAMessage() throws Exception {
		for (String query : List.of("project=abc", "unit=-1", "state=%3Cscript%3E", "page=zz&project=1e9",
				"project=999999999999")) {
			Document page = page("/reviews?" + query);
			assertThat(page.select("div[id^=review-]")).as(query).hasSize(20);
			if (!query.startsWith("page=zz")) {
				assertThat(page.selectFirst("#filter-ignored").text()).as(query)
					.isEqualTo("筛选条件中有无法识别或不在您审核范围内的值，已忽略该条件。");
			}
		}
		assertThat(page("/reviews").select("#filter-ignored")).isEmpty();
	}

	@Test
	void anApprovalFromTheQueueStillWorks() throws Exception {
		int waiting = waiting();
		Long report = this.jdbc.queryForObject(
				"select id from report where project_id = ? and status = 'SUBMITTED' order by id limit 1", Long.class,
				this.project.id());
		Document page = page("/reviews?project=" + this.project.id() + "&unit="
				+ this.jdbc.queryForObject("select unit_id from report where id = ?", Long.class, report));
		assertThat(page.select("#review-" + report)).hasSize(1);
		this.mvc
			.perform(post("/reviews/{id}/approve", report).with(PortalUsers.user(this.lead))
				.with(csrf())
				.param("version", "0"))
			.andExpect(redirectedUrl("/reviews"));
		assertThat(this.jdbc.queryForObject("select status from report where id = ?", String.class, report))
			.isEqualTo("APPROVED");
		assertThat(page("/reviews").selectFirst("h1").text()).isEqualTo("待审核的报送（" + (waiting - 1) + "份）");
	}

	private int waiting() {
		return this.jdbc.queryForObject("""
				select count(*) from report r join unit u on u.id = r.unit_id
				where r.status = 'SUBMITTED' and u.type = 'COUNTY' and r.project_id in (
					select l.project_id from project_lead l join unit d on d.id = l.unit_id where d.code = ?)""",
				Integer.class, this.lead);
	}

	private Document page(String url) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(url).with(PortalUsers.user(this.lead)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
