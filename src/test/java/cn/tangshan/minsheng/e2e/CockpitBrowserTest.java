package cn.tangshan.minsheng.e2e;

import java.util.List;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.dashboard.Dashboard;
import cn.tangshan.minsheng.dashboard.Dashboards;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The leader's cockpit in Chromium on the demo data: 市领导 logs in, lands on the cockpit
 * and reads it on one 1366×768 screen without scrolling; a map tile leads to the county's
 * line of the dashboard's ranking; the projector mode fills 1920×1080 and 1366×768
 * without scrolling. axe-core finds no violation of any impact on the cockpit, the
 * projector mode and the map (coloured by the ranking and by a project), at 1366 px and
 * 390 px. Read only: it changes no data.
 */
@BrowserPortalTest
class CockpitBrowserTest {

	@Autowired
	Dashboards dashboards;

	@Autowired
	UserDetailsService users;

	@Test
	void theLeaderLogsInAndReadsTheCockpitOnOneScreen(Browser browser) {
		browser.logIn("leader");
		assertThat(browser.path()).isEqualTo("/cockpit");
		Dashboard d = this.dashboards.view((CurrentUser) this.users.loadUserByUsername("leader"), null);
		assertThat(browser.text("h1")).isEqualTo("驾驶舱 · 2024年5月");
		assertThat(browser.text("#cockpit-overall-value")).isEqualTo(d.overallPercent().toPlainString() + "%");
		assertThat(browser.text("#cockpit-top")).contains(d.ranking().ranked().get(0).unit().shortName());
		assertThat(browser.findAll("#cockpit-map svg a.tile")).hasSize(18);

		size(browser, 1366, 768);
		browser.screenshot("cockpit-1366x768");
		assertFitsTheWindow(browser, "cockpit at 1366×768");
		check(browser, "cockpit-1366");

		// a tile leads to the county's line of the ranking
		String first = d.ranking().ranked().get(0).unit().code();
		browser.clickAndWait("#cockpit-map-tile-" + first);
		assertThat(browser.path()).isEqualTo("/dashboard?month=2024-05");
		assertThat(browser.driver().getCurrentUrl()).endsWith("#rank-" + first);

		// the map coloured by a project's completion
		browser.open("/cockpit");
		String project = d.heatMap().projects().get(0).code() + " " + d.heatMap().projects().get(0).name();
		browser.select("#cockpit-map-project", project).clickAndWait("#cockpit-map-form button[type=submit]");
		assertThat(browser.text("#cockpit-map-h")).startsWith(project);
		browser.screenshot("cockpit-project-map-1366x768");
		assertFitsTheWindow(browser, "cockpit with a project's map at 1366×768");
		check(browser, "cockpit-project-map-1366");

		size(browser, 390, 844);
		browser.screenshot("cockpit-390");
		check(browser, "cockpit-390");
		browser.screenshotOf("cockpit-map-390", "#cockpit-map");
		assertThat(horizontalOverflow(browser)).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(0);
	}

	@Test
	void theProjectorModeFillsTheScreenWithoutScrolling(Browser browser) {
		browser.logIn("fgw");
		assertThat(browser.path()).isEqualTo("/cockpit");
		browser.clickAndWait("#cockpit-screen-link");
		assertThat(browser.path()).isEqualTo("/cockpit?screen=1&month=2024-05");
		assertThat(browser.findAll("nav")).isEmpty();
		assertThat(browser.find("main").getDomAttribute("hx-trigger")).isEqualTo("every 300s");
		for (int[] screen : List.of(new int[] { 1920, 1080 }, new int[] { 1366, 768 })) {
			size(browser, screen[0], screen[1]);
			String name = "cockpit-screen-" + screen[0] + "x" + screen[1];
			browser.screenshot(name);
			assertFitsTheWindow(browser, name);
			check(browser, name);
		}
		size(browser, 390, 844);
		browser.screenshot("cockpit-screen-390");
		check(browser, "cockpit-screen-390");
		browser.clickAndWait("#cockpit-exit");
		assertThat(browser.path()).isEqualTo("/cockpit?month=2024-05");
	}

	/** axe-core: no violation at all (the shared check fails on serious and critical). */
	private static void check(Browser browser, String name) {
		assertThat(browser.find("html").getDomAttribute("lang")).isEqualTo("zh-CN");
		assertThat(browser.findAll("main")).hasSize(1);
		Results results = browser.assertAccessible(name);
		assertThat(results.getViolations()).extracting(Rule::getId).as("axe-core on %s", name).isEmpty();
		assertThat(browser.consoleErrors()).as("console on %s", name).isEmpty();
		assertThat(browser.failedResources()).as("resources of %s", name).isEmpty();
	}

	private static void size(Browser browser, int width, int height) {
		browser.driver().executeScript("document.activeElement?.blur()");
		browser.driver().manage().window().setSize(new Dimension(width, height));
		browser.await().until((d) -> browser.viewportWidth() == width);
		// the window's outer size may include a frame: make the inner height what was
		// asked
		long inner = ((Number) browser.driver().executeScript("return window.innerHeight")).longValue();
		if (inner != height) {
			browser.driver().manage().window().setSize(new Dimension(width, (int) (height + (height - inner))));
		}
	}

	private static void assertFitsTheWindow(Browser browser, String what) {
		long scroll = ((Number) browser.driver()
			.executeScript("return document.documentElement.scrollHeight - window.innerHeight")).longValue();
		assertThat(scroll).as("%s: vertical scrolling needed (px)", what).isLessThanOrEqualTo(0);
		assertThat(horizontalOverflow(browser)).as("%s: sideways scrolling needed (px)", what).isLessThanOrEqualTo(0);
	}

	private static long horizontalOverflow(Browser browser) {
		return ((Number) browser.driver()
			.executeScript("return document.documentElement.scrollWidth - window.innerWidth")).longValue();
	}

}
