package cn.tangshan.minsheng.cockpit;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.account.PortalUsers;
import cn.tangshan.minsheng.bulletin.Bulletins;
import cn.tangshan.minsheng.dashboard.Dashboard;
import cn.tangshan.minsheng.dashboard.Dashboards;
import cn.tangshan.minsheng.experience.Experiences;
import cn.tangshan.minsheng.experience.PublishedExperience;
import cn.tangshan.minsheng.problem.Problems;
import cn.tangshan.minsheng.progress.Status;
import cn.tangshan.minsheng.supervision.SupervisionStatus;
import cn.tangshan.minsheng.supervision.Supervisions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The cockpit on the demo data (the demo-data tests' context, read only): every number it
 * shows is the dashboard's of the same month and scope, number by number, and the county
 * map has its 18 tiles where the units lie, coloured by the band of each known score.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestPropertySource(properties = { "portal.demo.data=true", "portal.demo.clock=2024-07-03T09:00" })
class CockpitDemoDataTests {

	@Autowired
	WebApplicationContext context;

	MockMvc mvc;

	@Autowired
	Dashboards dashboards;

	@Autowired
	Supervisions supervisions;

	@Autowired
	Bulletins bulletins;

	@Autowired
	Problems problems;

	@Autowired
	Experiences experiences;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@ParameterizedTest
	@CsvSource({ "leader,", "fgw,", "leader,2024-03", "fgw,2024-06", "leader,2024-01" })
	void everyNumberIsTheDashboards(String username, String month) throws Exception {
		CurrentUser user = user(username);
		YearMonth asked = (month != null) ? YearMonth.parse(month) : null;
		Dashboard d = this.dashboards.view(user, asked);
		Document page = page(username, (month != null) ? "/cockpit?month=" + month : "/cockpit");
		assertThat(page.selectFirst("h1").text())
			.isEqualTo("驾驶舱 · " + d.month().getYear() + "年" + d.month().getMonthValue() + "月");
		assertThat(text(page, "#cockpit-overall-value")).isEqualTo(d.overallPercent().toPlainString() + "%");
		assertThat(text(page, "#cockpit-expected")).isEqualTo(d.expectedPercent().toPlainString() + "%");
		for (Status s : List.of(Status.COMPLETED, Status.NORMAL, Status.LAGGING, Status.SERIOUSLY_LAGGING)) {
			assertThat(text(page, "#cockpit-light-" + s + " .cockpit-count")).as(s.name())
				.isEqualTo(String.valueOf(d.headline().count(s)));
		}
		// red then yellow projects, by name with their lead departments
		List<Dashboard.ProjectLine> red = d.projects()
			.stream()
			.filter((p) -> p.status() == Status.SERIOUSLY_LAGGING)
			.toList();
		List<Dashboard.ProjectLine> yellow = d.projects().stream().filter((p) -> p.status() == Status.LAGGING).toList();
		assertThat(text(page, "#cockpit-lagging-h")).isEqualTo("滞后项目：严重滞后" + red.size() + "项、滞后" + yellow.size() + "项");
		List<Dashboard.ProjectLine> lagging = new ArrayList<>(red);
		lagging.addAll(yellow);
		List<String> expectedLines = lagging.stream()
			.limit(8)
			.map((p) -> p.project().code() + " " + p.project().name() + " " + p.leadNames())
			.toList();
		assertThat(page.select("#cockpit-lagging li"))
			.extracting((li) -> li.select("a").text() + " " + li.select(".cockpit-lead").text())
			.containsExactlyElementsOf(expectedLines);
		// the top and bottom three of the ranking
		List<Dashboard.RankLine> ranked = d.ranking().ranked();
		assertThat(ranked).hasSizeGreaterThanOrEqualTo(6);
		assertThat(page.select("#cockpit-top li")).extracting(Element::text)
			.containsExactlyElementsOf(ranked.subList(0, 3).stream().map(CockpitDemoDataTests::rankLine).toList());
		assertThat(page.select("#cockpit-bottom li")).extracting(Element::text)
			.containsExactlyElementsOf(ranked.subList(ranked.size() - 3, ranked.size())
				.stream()
				.map(CockpitDemoDataTests::rankLine)
				.toList());
		// who has not reported: the dashboard's reminder list
		var notReported = this.dashboards.notReported(user, d.month());
		if (notReported.isEmpty()) {
			assertThat(page.selectFirst("#cockpit-missing-none")).isNotNull();
		}
		else {
			assertThat(text(page, "#cockpit-missing-count")).isEqualTo(String.valueOf(notReported.size()));
			assertThat(text(page, "#cockpit-missing-names")).startsWith(notReported.get(0).shortName())
				.contains(notReported.stream().limit(8).map((u) -> u.shortName()).toList());
		}
		// supervision orders, the latest bulletin and the problems, from their modules
		long open = this.supervisions.list(user, null)
			.stream()
			.filter((o) -> o.number().year() == 2024 && o.status() != SupervisionStatus.CLOSED)
			.count();
		assertThat(open).isPositive();
		assertThat(text(page, "#cockpit-orders-open")).isEqualTo(String.valueOf(open));
		assertThat(text(page, "#cockpit-orders-overdue"))
			.isEqualTo(String.valueOf(this.supervisions.overdue(user).size()));
		var latest = this.bulletins.issued(d.plan().id()).get(0);
		assertThat(page.selectFirst("#cockpit-bulletin-link").attr("href"))
			.isEqualTo("/bulletins/" + latest.id() + "/print");
		assertThat(text(page, "#cockpit-bulletin-link")).startsWith("第" + latest.number() + "期");
		Problems.Summary summary = this.problems.summary(user);
		assertThat(text(page, "#cockpit-problems-open"))
			.isEqualTo(String.valueOf(summary.pending() + summary.underWay()));
		assertThat(text(page, "#cockpit-problems-overdue")).isEqualTo(String.valueOf(summary.overdue()));
		// every item links to its detail
		assertThat(page.select("#cockpit-board section"))
			.allSatisfy((section) -> assertThat(section.select("a[href]")).as(section.id()).isNotEmpty());
		// 典型经验: the plan year's latest published articles (the demo's two), newest first,
		// each linked to its page with its unit and its first photo's thumbnail
		List<PublishedExperience> published = this.experiences.published(d.plan().year(), 3);
		assertThat(published).extracting(PublishedExperience::unitName).containsExactlyInAnyOrder("路南区", "迁安市");
		assertThat(page.select("#cockpit-experience li a")).extracting((a) -> a.attr("href"), Element::text)
			.containsExactlyElementsOf(published.stream()
				.map((e) -> org.assertj.core.groups.Tuple.tuple("/experience/" + e.id(), e.title()))
				.toList());
		assertThat(page.select("#cockpit-experience li .cockpit-lead")).extracting(Element::text)
			.containsExactlyElementsOf(published.stream().map(PublishedExperience::unitName).toList());
		assertThat(page.select("#cockpit-experience img")).extracting((img) -> img.attr("src"))
			.containsExactlyElementsOf(
					published.stream().map((e) -> "/experience/photos/" + e.firstPhotoId() + "/thumbnail").toList());
	}

	@Test
	void theMapHasTheEighteenUnitsWhereTheyLieColouredByTheirScores() throws Exception {
		CurrentUser leader = user("leader");
		Dashboard d = this.dashboards.view(leader, null);
		Document page = page("leader", "/cockpit");
		List<Element> tiles = page.select("#cockpit-map svg a.tile");
		assertThat(tiles).hasSize(18);
		assertThat(page.select("#cockpit-map svg .tile-spare")).isEmpty();
		BigDecimal expected = d.expectedPercent();
		BigDecimal green = expected.subtract(d.settings().greenGapPoints());
		BigDecimal red = expected.subtract(d.settings().redGapPoints());
		for (Dashboard.RankLine line : d.ranking().ranked()) {
			Element tile = page.selectFirst("#cockpit-map-tile-" + line.unit().code());
			assertThat(tile).as(line.unit().code()).isNotNull();
			BigDecimal score = line.row().score();
			String band = (score.compareTo(BigDecimal.valueOf(100)) >= 0) ? "0"
					: (score.compareTo(green) >= 0) ? "1" : (score.compareTo(red) >= 0) ? "2" : "3";
			assertThat(tile.attr("data-band")).as(line.unit().code() + " " + score).isEqualTo(band);
			assertThat(tile.selectFirst("rect.tile-bg").hasClass("tile-s" + band)).isTrue();
			// the value is written on the tile, and said in words
			assertThat(tile.selectFirst("text.tile-value").text()).isEqualTo(TileMaps.format(score));
			assertThat(tile.attr("aria-label"))
				.isEqualTo(line.unit().shortName() + "：综合得分" + TileMaps.format(score) + "，第" + line.row().rank() + "名");
			assertThat(tile.selectFirst("title").text()).isEqualTo(tile.attr("aria-label"));
			assertThat(tile.attr("href")).isEqualTo("/dashboard?month=" + d.month() + "#rank-" + line.unit().code());
		}
		// positions are data: 遵化 and 迁西 in the north, 路北 above 路南 in the middle,
		// 曹妃甸 and 海港 on the coast
		Map<String, int[]> at = Map.of("zunhua", new int[] { 1, 0 }, "qianxi", new int[] { 3, 0 }, "lubei",
				new int[] { 2, 2 }, "lunan", new int[] { 2, 3 }, "caofeidian", new int[] { 3, 4 }, "haigang",
				new int[] { 5, 4 });
		at.forEach((code, cell) -> {
			Element rect = page.selectFirst("#cockpit-map-tile-" + code + " rect.tile-bg");
			assertThat(rect.attr("x")).as(code)
				.isEqualTo(String.valueOf(TileMaps.GAP + cell[0] * (TileMaps.TILE_W + TileMaps.GAP)));
			assertThat(rect.attr("y")).as(code)
				.isEqualTo(String.valueOf(TileMaps.GAP + cell[1] * (TileMaps.TILE_H + TileMaps.GAP)));
		});
		assertThat(this.jdbc.queryForObject("select count(*) from unit where type = 'COUNTY' and tile_col is not null",
				Integer.class))
			.isEqualTo(18);
		// legend, hatching for black and white, a table for screen readers
		assertThat(page.select("#cockpit-map .tilemap-legend li")).extracting(Element::text)
			.startsWith("已完成（100）")
			.endsWith("暂无数据");
		assertThat(page.select("#cockpit-map pattern")).hasSize(5);
		assertThat(page.select("#cockpit-map .tilemap-list tbody tr")).hasSize(18);
		assertThat(page.selectFirst("#cockpit-map svg").attr("aria-label")).isEqualTo("各县（市、区）综合得分");
	}

	@Test
	void theMapShowsAChosenProjectsCompletionByCounty() throws Exception {
		CurrentUser leader = user("leader");
		Dashboard d = this.dashboards.view(leader, null);
		int index = 0;
		var project = d.heatMap().projects().get(index);
		Document page = page("leader", "/cockpit?project=" + project.id());
		assertThat(text(page, "#cockpit-map-h")).isEqualTo(project.code() + " " + project.name() + "：各县（市、区）完成情况");
		assertThat(page.selectFirst("#cockpit-map-project option[selected]").attr("value"))
			.isEqualTo(String.valueOf(project.id()));
		for (Dashboard.HeatRow row : d.heatMap().rows()) {
			Element tile = page.selectFirst("#cockpit-map-tile-" + row.unit().code());
			BigDecimal score = row.cells().get(index).score();
			assertThat(tile.attr("data-value")).as(row.unit().code())
				.isEqualTo((score != null) ? TileMaps.format(score) : "—");
			assertThat(tile.attr("href")).isEqualTo("/dashboard/projects/" + project.id() + "?month=" + d.month());
		}
		// a project id that is not on the map, or not a number, colours it by the ranking
		for (String bad : List.of("999999", "abc", "-1", "1e3")) {
			assertThat(text(page("leader", "/cockpit?project=" + bad), "#cockpit-map-h")).isEqualTo("各县（市、区）综合得分");
		}
	}

	@Test
	void theProjectorModeHasNoNavigationLargeDarkAndReloadsItself() throws Exception {
		Dashboard d = this.dashboards.view(user("fgw"), null);
		Document page = page("fgw", "/cockpit?screen=1");
		assertThat(page.select("nav, header, footer, .navbar, form")).isEmpty();
		// htmx polls the same address every 5 minutes (and without scripts the page
		// reloads)
		assertThat(page.selectFirst("main").attr("hx-get")).isEqualTo("/cockpit?screen=1&month=2024-05");
		assertThat(page.selectFirst("main").attr("hx-trigger")).isEqualTo("every 300s");
		assertThat(page.selectFirst("main").attr("hx-select")).isEqualTo("#main");
		assertThat(page.selectFirst("head noscript").html()).contains("http-equiv=\"refresh\"", "content=\"300\"");
		assertThat(page.select("script")).extracting((e) -> e.attr("src"))
			.containsExactly("/webjars/htmx.org/dist/htmx.min.js");
		assertThat(page.select("script")).allMatch((e) -> e.data().isEmpty());
		assertThat(text(page, "h1")).isEqualTo("2024年民生工程调度 · 2024年5月");
		assertThat(page.selectFirst("body").hasClass("cockpit-screen-body")).isTrue();
		assertThat(page.selectFirst("main").hasClass("cockpit-screen")).isTrue();
		assertThat(page.title()).isEqualTo("调度会大屏 · 2024年5月 · 民生工程调度平台");
		assertThat(text(page, "#cockpit-overall-value")).isEqualTo(d.overallPercent().toPlainString() + "%");
		assertThat(page.select("#cockpit-map svg a.tile")).hasSize(18);
		assertThat(page.selectFirst("#cockpit-exit").attr("href")).isEqualTo("/cockpit?month=2024-05");
		// the ordinary page links to it and has the navigation
		Document normal = page("fgw", "/cockpit");
		assertThat(normal.select("nav.navbar")).hasSize(1);
		assertThat(normal.selectFirst("#cockpit-screen-link").attr("href"))
			.isEqualTo("/cockpit?screen=1&month=2024-05");
		assertThat(normal.select("[hx-trigger]")).isEmpty();
	}

	@BeforeEach
	void mvc() {
		// as DashboardDemoDataTests does, so that both share one context
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	private Document page(String username, String path) throws Exception {
		String html = this.mvc.perform(get(path).with(PortalUsers.user(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	private static String rankLine(Dashboard.RankLine line) {
		return line.row().rank() + " " + line.unit().shortName() + " " + line.row().score();
	}

	private static String text(Document page, String css) {
		Element element = page.selectFirst(css);
		assertThat(element).as(css).isNotNull();
		return element.text();
	}

	private CurrentUser user(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

}
