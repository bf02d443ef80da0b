package cn.tangshan.minsheng.e2e;

import java.math.BigDecimal;
import java.time.YearMonth;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.dashboard.Dashboard;
import cn.tangshan.minsheng.dashboard.Dashboards;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinator's dashboard as the people in it see it, on the demo data: 市司法局 approves
 * 遵化市's pending June report of 1-16 法律援助, and the coordinator's June figures for that
 * project and county and the county ranking move accordingly; the coordinator reminds the
 * units that have not reported June, and 汉沽管理区 (which has not started June) finds the
 * reminder on its home page and opens it. No other browser test uses 遵化市, 1-16 or 汉沽管理区.
 */
@BrowserPortalTest
class DashboardBrowserTest {

	static final YearMonth JUNE = YearMonth.of(2024, 6);

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Dashboards dashboards;

	@Autowired
	UserDetailsService users;

	DemoFacts facts;

	@BeforeEach
	void facts() {
		this.facts = new DemoFacts(this.jdbc);
	}

	@Test
	void approvalMovesTheFiguresAndTheRankingThenRemindersReachTheUnits(Browser browser) {
		long project = this.facts.project("1-16");
		long indicator = this.facts.indicators("zunhua", "1-16").get(0);
		Long report = this.facts.juneReport("zunhua", "1-16");
		assertThat(this.facts.juneStatus("zunhua", "1-16")).as("demo data: pending June report").isEqualTo("SUBMITTED");
		BigDecimal may = this.facts.approvedMay("zunhua", indicator);
		BigDecimal june = this.jdbc.queryForObject(
				"select cumulative from report_value where report_id = ? and indicator_id = ?", BigDecimal.class,
				report, indicator);
		BigDecimal allocation = this.jdbc.queryForObject("""
				select a.amount from allocation a join unit u on u.id = a.unit_id
				where u.code = 'zunhua' and a.indicator_id = ?""", BigDecimal.class, indicator);
		assertThat(june).isGreaterThan(may);

		// The coordinator's June: 遵化市's figure is still May's; the June report is
		// pending.
		browser.logIn("fgw").clickAndWait("nav a[href='/dashboard']");
		assertThat(browser.text("h1")).isEqualTo("调度总览 · 2024年5月");
		browser.select("#month", "2024年6月").clickAndWait("form[action='/dashboard'] button[type=submit]");
		assertThat(browser.text("h1")).isEqualTo("调度总览 · 2024年6月");
		Dashboard before = this.dashboards.view(user("fgw"), JUNE);
		assertThat(browser.text("#headline-NORMAL"))
			.isEqualTo(String.valueOf(before.headline().count(cn.tangshan.minsheng.progress.Status.NORMAL)));
		assertThat(browser.text("#overall")).isEqualTo(before.overallPercent().toPlainString() + "%");
		assertThat(browser.text("#expected")).isEqualTo("60.0%");
		BigDecimal cityBefore = number(browser.text("#indicator-" + indicator + " .approved"));
		int pendingBefore = Integer.parseInt(browser.text("#reports-PENDING"));
		int onTimeBefore = Integer.parseInt(browser.text("#reports-ON_TIME"));
		String scoreBefore = browser.text("#rank-zunhua .score");
		assertThat(scoreBefore).isEqualTo(rankLine(before).row().score().toPlainString());
		assertThat(browser.text("#matrix")).contains("遵化市");
		assertThat(browser.findAll("#matrix tbody tr")).hasSize(before.matrix().rows().size());
		browser.screenshot("dashboard-1366");
		browser.phoneScreenshot("dashboard-390");
		assertThat(browser.consoleErrors()).isEmpty();

		browser.open("/dashboard/projects/" + project + "?month=2024-06");
		assertThat(zunhuaLine(browser)).contains("遵化市", plain(allocation), plain(may), "待审核", plain(june));
		assertThat(browser.findAll("canvas.project-chart")).hasSize(1);
		assertThat(browser.consoleErrors()).isEmpty();
		browser.logOut();

		// 市司法局 approves the report.
		browser.logIn("sfj").open("/reviews");
		assertThat(browser.text("#review-" + report + " h2")).isEqualTo("遵化市 · 1-16 法律援助扩面提质工程 · 2024年6月");
		browser.clickAndWait("#review-" + report + " button.btn-success");
		assertThat(browser.text(".alert-success")).isEqualTo("已审核通过，报告已锁定。");
		assertThat(this.facts.juneStatus("zunhua", "1-16")).isEqualTo("APPROVED");
		browser.logOut();

		// The city figure grows by June minus May; the report counts as on time, not
		// pending.
		browser.logIn("fgw").open("/dashboard?month=2024-06");
		assertThat(number(browser.text("#indicator-" + indicator + " .approved")))
			.isEqualByComparingTo(cityBefore.subtract(may).add(june));
		assertThat(browser.text("#reports-PENDING")).isEqualTo(String.valueOf(pendingBefore - 1));
		assertThat(browser.text("#reports-ON_TIME")).isEqualTo(String.valueOf(onTimeBefore + 1));
		Dashboard after = this.dashboards.view(user("fgw"), JUNE);
		String scoreAfter = browser.text("#rank-zunhua .score");
		assertThat(new BigDecimal(scoreAfter)).isGreaterThan(new BigDecimal(scoreBefore));
		assertThat(scoreAfter).isEqualTo(rankLine(after).row().score().toPlainString());
		assertThat(browser.text("#rank-zunhua .rank")).isEqualTo(String.valueOf(rankLine(after).row().rank()));
		browser.open("/dashboard/projects/" + project + "?month=2024-06");
		assertThat(zunhuaLine(browser)).contains(plain(june), "按时报送").doesNotContain("待审核");

		// One-click reminder for June, with the rule on the page.
		browser.open("/dashboard?month=2024-06");
		String hint = browser.text("#remind-hint");
		String units = hint.replaceAll(".*（(\\d+)个单位）.*", "$1");
		assertThat(browser.text("#remind-rule")).isEqualTo("同一单位同一月份的催报通知在该单位阅读之前不会重复发送，再次催报只刷新通知时间。");
		browser.clickAndWait("#matrix form button[type=submit]");
		assertThat(browser.path()).isEqualTo("/dashboard?month=2024-06");
		assertThat(browser.text(".alert-success")).isEqualTo("已向" + units + "个未报送单位发送催报通知。");
		browser.logOut();

		// 汉沽管理区 finds the reminder on its home page, unread, and opens it.
		browser.logIn("hangu");
		String reminder = "a.notification[href='/notifications/" + this.jdbc.queryForObject("""
				select max(n.id) from notification n join unit u on u.id = n.unit_id
				where u.code = 'hangu' and n.kind = 'REPORT_REMINDER' and n.period = date '2024-06-01'""", Long.class)
				+ "']";
		assertThat(browser.text(reminder)).contains("2024年6月的月度进展尚未报送，请尽快报送。", "未读");
		assertThat(browser.find(reminder).getDomAttribute("class")).contains("notification-unread");
		int unread = Integer.parseInt(browser.text("#unread-count").replaceAll("\\D", ""));
		assertThat(browser.text("#nav-notifications")).contains(String.valueOf(unread));
		browser.screenshot("notifications-home-county");
		browser.clickAndWait(reminder);
		assertThat(browser.path()).isEqualTo("/reports?month=2024-06");
		browser.open("/");
		assertThat(browser.find(reminder).getDomAttribute("class")).contains("notification-read");
		assertThat(browser.text(reminder)).doesNotContain("未读");
		if (unread > 1) {
			assertThat(browser.text("#unread-count")).isEqualTo((unread - 1) + "条未读");
		}
		else {
			assertThat(browser.findAll("#unread-count")).isEmpty();
		}
		browser.phoneScreenshot("notifications-home-county-390", "#notifications");
	}

	private Dashboard.RankLine rankLine(Dashboard d) {
		return d.ranking().ranked().stream().filter((r) -> r.unit().code().equals("zunhua")).findFirst().orElseThrow();
	}

	private static String zunhuaLine(Browser browser) {
		return browser.findAll("#breakdown-card tbody tr")
			.stream()
			.map((row) -> row.getText())
			.filter((text) -> text.startsWith("遵化市"))
			.findFirst()
			.orElseThrow();
	}

	private CurrentUser user(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

	private static BigDecimal number(String text) {
		return new BigDecimal(text.strip());
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
