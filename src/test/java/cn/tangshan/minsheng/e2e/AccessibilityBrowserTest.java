package cn.tangshan.minsheng.e2e;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages people use most, checked with axe-core (no serious or critical violation:
 * labels, contrast, landmarks, language), with no error in the browser console and no
 * failed request for a stylesheet, script or image. 路南区's form has every state at once:
 * submitted reports and one returned with a reason; 市住建局 has a long review queue; the
 * coordinator's dashboard has every part filled (May, the last closed month).
 */
@BrowserPortalTest
class AccessibilityBrowserTest {

	@Test
	void loginPage(Browser browser) {
		browser.open("/login");
		assertThat(browser.text("h1")).isEqualTo("民生工程调度平台");
		check(browser, "a11y-login");
		browser.phoneScreenshot("a11y-login-390");
	}

	@Test
	void countyHomeAndMonthlyForm(Browser browser) {
		browser.logIn("lunan");
		assertThat(browser.text("h1")).isEqualTo("您好，路南区填报员");
		check(browser, "a11y-home-county");

		browser.open("/reports");
		assertThat(browser.text("h1")).isEqualTo("路南区 · 2024年6月进展填报");
		assertThat(browser.text("main")).contains("已退回：", "棚改安置房累计数与台账不一致");
		check(browser, "a11y-reports-county");
		browser.phoneScreenshot("a11y-reports-county-390");
	}

	@Test
	void departmentHomeAndReviewQueue(Browser browser) {
		browser.logIn("zjj");
		check(browser, "a11y-home-department");

		browser.open("/reviews");
		assertThat(browser.text("h1")).startsWith("待审核的报送（");
		assertThat(browser.findAll("main .card[id^=review-]")).isNotEmpty();
		check(browser, "a11y-reviews-department");
	}

	@Test
	void coordinatorDashboard(Browser browser) {
		browser.logIn("fgw").clickAndWait("nav a[href='/dashboard']");
		assertThat(browser.text("h1")).isEqualTo("调度总览 · 2024年5月");
		assertThat(browser.text("#headline")).contains("项民生工程", "总体完成率", "序时进度", "本月报送情况");
		assertThat(browser.text("#overall")).matches("\\d+(\\.\\d)?%");
		check(browser, "a11y-dashboard-coordinator");
		browser.phoneScreenshot("a11y-dashboard-coordinator-390");
	}

	/** The checks themselves: they do see a broken page. */
	@Test
	void theConsoleCheckSeesScriptErrorsAndFailedRequests(Browser browser) {
		browser.open("/login");
		browser.driver()
			.executeScript("const link = document.createElement('link'); link.rel = 'stylesheet';"
					+ "link.href = '/css/missing.css'; document.head.appendChild(link);"
					+ "console.error('broken on purpose');");
		assertThat(browser.failedResources()).singleElement()
			.asString()
			.startsWith("404 ")
			.endsWith("/css/missing.css");
		assertThat(browser.consoleErrors()).anySatisfy((error) -> assertThat(error).contains("broken on purpose"))
			.anySatisfy((error) -> assertThat(error).contains("missing.css"));
	}

	private static void check(Browser browser, String name) {
		assertThat(browser.find("html").getDomAttribute("lang")).isEqualTo("zh-CN");
		assertThat(browser.driver().getTitle()).endsWith(" · 民生工程调度平台");
		assertThat(browser.findAll("main")).hasSize(1);
		browser.screenshot(name);
		browser.assertAccessible(name);
		assertThat(browser.failedResources()).as("failed requests on %s", name).isEmpty();
		assertThat(browser.consoleErrors()).as("browser console on %s", name).isEmpty();
	}

}
