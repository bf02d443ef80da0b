package cn.tangshan.minsheng.e2e;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supervision order's life as the people in it see it: the coordinator sees the overdue
 * demo order on the dashboard, opens a project's breakdown and issues an order from
 * 唐山海港经济开发区's red light on 1-17 文化惠民 (which no other browser test touches); the zone
 * finds it on its home page, attaches a photo and answers; the coordinator closes it and
 * prints it. Every run issues a new order with the next number.
 */
@BrowserPortalTest
class SupervisionBrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void coordinatorIssuesFromTheDashboardCountyAnswersCoordinatorCloses(Browser browser, @TempDir Path dir)
			throws IOException {
		DemoFacts facts = new DemoFacts(this.jdbc);
		long project = facts.project("1-17");
		long haigang = this.jdbc.queryForObject("select id from unit where code = 'haigang'", Long.class);

		browser.logIn("fgw").clickAndWait("nav a[href='/dashboard']");
		browser.await().until((d) -> !browser.findAll("#supervision-overdue").isEmpty());
		assertThat(browser.text("#supervision-overdue")).contains("逾期未反馈的督办单（1件）", "唐民生督〔2024〕2号", "汉沽管理区");
		browser.click("a[hx-get^='/dashboard/projects/" + project + "?']");
		browser.await().until((d) -> !browser.findAll("#breakdown-card").isEmpty());
		String offer = "#breakdown-card a.supervise[href*='unit=" + haigang + "']";
		browser.await().until((d) -> !browser.findAll(offer).isEmpty());
		browser.screenshotOf("supervision-1-breakdown-offer", "#breakdown-card");
		browser.clickAndWait(offer);

		assertThat(browser.path()).startsWith("/supervision/new?indicator=");
		assertThat(browser.find("#unitId").getDomProperty("value")).isEqualTo(String.valueOf(haigang));
		assertThat(browser.value("#problem")).startsWith("截至2024年5月，“文化进基层惠民演出”完成率为").contains("严重滞后");
		assertThat(browser.value("#deadline")).isEqualTo("2024-07-18");
		browser.type("#problem", browser.value("#problem") + "演出场次明显偏少。");
		browser.screenshot("supervision-2-new-order");
		browser.assertAccessible("supervision-new-order");
		browser.clickAndWait("form[action='/supervision'] button[type=submit]");

		assertThat(browser.path()).matches("/supervision/\\d+");
		String orderPath = browser.path();
		String number = browser.text(".alert-success").replaceAll("^已下发督办单 (\\S+)，已通知督办对象。$", "$1");
		assertThat(number).matches("唐民生督〔2024〕\\d+号");
		assertThat(browser.text("h1")).contains(number, "已下发");
		assertThat(browser.text("#order-unit")).isEqualTo("唐山海港经济开发区");
		assertThat(browser.text("#order-problem")).endsWith("演出场次明显偏少。");
		assertThat(browser.text("#figures-issued")).contains("2024年5月", "严重滞后");
		assertThat(browser.text("#history")).contains("下发督办单", "市发展和改革委员会");
		browser.screenshot("supervision-3-issued");
		browser.logOut();

		browser.logIn("haigang");
		browser.await().until((d) -> !browser.findAll("#supervision-home").isEmpty());
		assertThat(browser.text("#supervision-home")).contains(number, "办理时限 2024年7月18日");
		assertThat(browser.text("#notifications")).contains("市发改委向本单位下发了督办单");
		browser.screenshot("supervision-4-county-home");
		browser.clickAndWait(browser.driver().findElement(org.openqa.selenium.By.linkText(number)));
		assertThat(browser.path()).isEqualTo(orderPath);
		browser.find("#file").sendKeys(photo(dir.resolve("惠民演出现场.png")).toString());
		browser.clickAndWait("#evidence-form button[type=submit]");
		assertThat(browser.text(".alert-success")).isEqualTo("已上传佐证材料“惠民演出现场.png”");
		assertThat(browser.find("#evidence img.evidence-thumb").getDomAttribute("alt")).isEqualTo("惠民演出现场.png");
		browser.type("#answer", "已制定7—9月演出排期，新增送戏下乡48场，8月底前追上序时进度。");
		browser.assertAccessible("supervision-order-county");
		browser.clickAndWait("#answer-form button[type=submit]");
		assertThat(browser.text(".alert-success")).isEqualTo("已反馈办理情况，等待市发改委审核。");
		assertThat(browser.text("h1")).contains("已反馈");
		assertThat(browser.findAll("#answer-form")).isEmpty();
		assertThat(browser.findAll("#evidence-form")).isEmpty();
		browser.screenshot("supervision-5-answered");
		browser.phoneScreenshot("supervision-5-answered-390");
		browser.logOut();

		browser.logIn("fgw").open(orderPath);
		assertThat(browser.text("#order-answer-text")).isEqualTo("已制定7—9月演出排期，新增送戏下乡48场，8月底前追上序时进度。");
		browser.type("#remark", "措施具体，同意办结。");
		browser.clickAndWait("#close-form button[type=submit]");
		assertThat(browser.text(".alert-success")).isEqualTo("督办单已办结。");
		assertThat(browser.text("h1")).contains("已办结");
		assertThat(browser.text("#history")).contains("下发督办单", "反馈办理情况", "办结", "措施具体，同意办结。");
		assertThat(browser.findAll("#review")).isEmpty();
		browser.screenshot("supervision-6-closed");

		browser.open(orderPath + "/print");
		assertThat(browser.text(".office-mark")).isEqualTo("唐山市民生工程督办单");
		assertThat(browser.text(".doc-number")).isEqualTo(number);
		assertThat(browser.text("main")).contains("唐山海港经济开发区：", "一、督办事项", "四、办理情况", "新增送戏下乡48场", "办结意见：措施具体，同意办结。",
				"抄送：市文化广电和旅游局。");
		browser.screenshot("supervision-7-print");
	}

	private static Path photo(Path file) throws IOException {
		BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(200, 60, 40));
		g.fillRect(0, 0, 320, 240);
		g.setColor(Color.WHITE);
		g.fillOval(100, 60, 120, 120);
		g.dispose();
		ImageIO.write(image, "png", file.toFile());
		return file;
	}

}
