package cn.tangshan.minsheng.e2e;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulletin's journey: the coordinator drafts one for May from the demo figures, edits
 * a section, saves and issues it; 玉田县 (which no other browser test uses) finds it on its
 * home page with the demo bulletins 第1期 and 第2期, opens the print view, and no longer sees
 * the card once it has opened the bulletin list.
 */
@BrowserPortalTest
class BulletinBrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void coordinatorDraftsEditsAndIssuesAndACountyReadsIt(Browser browser) {
		assertThat(this.jdbc.queryForList(
				"select number from bulletin where demo and status = 'ISSUED' order by number", Integer.class))
			.containsExactly(1, 2);
		this.jdbc.update("delete from bulletin where status = 'DRAFT'");
		this.jdbc.update("delete from bulletin_visit");
		int next = this.jdbc.queryForObject("select coalesce(max(number), 0) + 1 from bulletin", Integer.class);

		browser.logIn("fgw").clickAndWait("nav a[href='/bulletins']");
		assertThat(browser.text("h1")).isEqualTo("进展情况通报");
		assertThat(browser.text("#issued")).contains("第2期", "关于2024年1—5月份全市民生工程进展情况的通报", "第1期",
				"关于2024年1—4月份全市民生工程进展情况的通报", "演示数据");
		assertThat(browser.value("#month")).isEqualTo("2024-05");
		browser.screenshot("bulletin-1-list-coordinator");

		browser.clickAndWait("#new-draft button[type=submit]");
		assertThat(browser.path()).matches("/bulletins/\\d+/edit");
		assertThat(browser.text(".alert-success")).startsWith("已按调度总览的数据起草通报");
		assertThat(browser.value("#title")).isEqualTo("关于2024年1—5月份全市民生工程进展情况的通报");
		assertThat(browser.value("#overall")).startsWith("截至2024年5月底，全市25项民生工程中，");
		assertThat(browser.findAll("#progress-table tbody")).hasSize(25);
		browser.screenshot("bulletin-2-draft");
		browser.assertAccessible("bulletin-2-draft");

		browser.type("#problems", "（一）个别项目资金拨付偏慢。请各地加快拨付。");
		browser.clickAndWait("button[value=save]");
		assertThat(browser.text(".alert-success")).isEqualTo("草稿已保存。");
		assertThat(browser.value("#problems")).isEqualTo("（一）个别项目资金拨付偏慢。请各地加快拨付。");
		browser.clickAndWait("button[value=issue]");
		assertThat(browser.path()).isEqualTo("/bulletins");
		assertThat(browser.text(".alert-success")).startsWith("通报已印发（第" + next + "期）");
		assertThat(browser.text("#issued tbody tr:first-child")).contains("第" + next + "期");
		browser.logOut();

		browser.logIn("yutian");
		assertThat(browser.text("#new-bulletins")).contains("新印发的通报", "第" + next + "期", "第2期", "第1期");
		assertThat(browser.text("#notifications")).contains("2024年5月的民生工程进展情况通报已印发，请及时查阅。");
		browser.screenshot("bulletin-3-home-county");
		browser.clickAndWait(browser.findAll("#new-bulletins a[href$='/print']").get(0));
		assertThat(browser.text("h1")).isEqualTo("关于2024年1—5月份全市民生工程进展情况的通报");
		assertThat(browser.pageText()).contains("第" + next + "期", "一、总体进展", "（一）个别项目资金拨付偏慢。请各地加快拨付。", "附件1", "附件2",
				"抄送：");
		assertThat(browser.findAll("link[href='/css/print.css']")).hasSize(1);
		browser.screenshot("bulletin-4-print");
		browser.assertAccessible("bulletin-4-print");
		assertThat(browser.failedResources()).isEmpty();
		assertThat(browser.consoleErrors()).isEmpty();

		browser.open("/bulletins");
		browser.open("/");
		assertThat(browser.findAll("#new-bulletins")).isEmpty();
		List<String> bulletinLinks = browser.findAll("nav a[href='/bulletins']")
			.stream()
			.map((a) -> a.getText())
			.toList();
		assertThat(bulletinLinks).contains("通报");
	}

}
