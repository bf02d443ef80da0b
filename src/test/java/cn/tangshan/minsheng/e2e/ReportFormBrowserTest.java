package cn.tangshan.minsheng.e2e;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static cn.tangshan.minsheng.e2e.MonthlyReportBrowserTest.field;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The county's form when things go wrong: bad figures come back next to their fields with
 * everything typed still there, and a session that ran out in the middle of the form
 * leads through the login back to the form, never to an error page. Uses 海港开发区's 1-14
 * (精准助残) and 高新区's 1-10 (适老化改造), which no other browser test touches.
 */
@BrowserPortalTest
class ReportFormBrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	DemoFacts facts;

	@BeforeEach
	void facts() {
		this.facts = new DemoFacts(this.jdbc);
	}

	@Test
	void badFiguresAreMarkedNextToTheirFieldsAndNothingTypedIsLost(Browser browser) {
		this.facts.forgetJune("haigang", "1-14");
		long project = this.facts.project("1-14");
		List<Long> indicators = this.facts.indicators("haigang", "1-14");
		String letters = field(project, indicators.get(0));
		String negative = field(project, indicators.get(1));
		String lower = field(project, indicators.get(2));
		String fine = field(project, indicators.get(3));
		String may = this.facts.approvedMay("haigang", indicators.get(2)).stripTrailingZeros().toPlainString();
		assertThat(Integer.parseInt(may)).as("May's approved figure").isGreaterThan(8);
		String card = "#project-" + project;

		browser.logIn("haigang").open("/reports");
		browser.type(letters, "abc").type(negative, "-5").type(lower, "8").type(fine, "6");
		browser.type("#progress-" + project, "康复救助和辅具适配服务有序开展。");
		browser.type("#problems-" + project, "专业康复人员不足。");
		browser.clickAndWait(card + " button[value=save]");

		assertThat(browser.text(card + " .card-body > .alert-danger")).isEqualTo("报告未保存，请修改标出的内容后再次提交。");
		assertMessageNextTo(browser, letters, "请输入数字");
		assertMessageNextTo(browser, negative, "不能为负数");
		assertThat(browser.value(letters)).isEqualTo("abc");
		assertThat(browser.value(negative)).isEqualTo("-5");
		assertThat(browser.value(lower)).isEqualTo("8");
		assertThat(browser.value(fine)).isEqualTo("6");
		// Lower than May's approved figure: the form asks for a reason, beside the
		// figure.
		WebElement reason = browser.find(lower + "-reason");
		assertThat(reason.getDomAttribute("class")).contains("is-invalid");
		assertThat(cell(browser, lower).getText()).contains("更正原因", "低于上月已审核的累计值" + may + "，请填写更正原因");
		assertThat(cell(browser, fine).getText()).doesNotContain("请");
		assertThat(browser.value("#progress-" + project)).isEqualTo("康复救助和辅具适配服务有序开展。");
		assertThat(browser.value("#problems-" + project)).isEqualTo("专业康复人员不足。");
		assertThat(this.facts.juneReport("haigang", "1-14")).as("nothing stored").isNull();
		browser.screenshotOf("bad-input-1-messages", card);
		browser.phoneScreenshot("bad-input-1-messages-390", card);

		browser.type(letters, "3").type(negative, "15").type(lower + "-reason", "5月数据重复统计，予以更正。");
		browser.clickAndWait(card + " button[value=save]");
		assertThat(browser.text(".alert-success")).isEqualTo("草稿已保存。");
		browser.open("/reports");
		assertThat(browser.value(letters)).isEqualTo("3");
		assertThat(browser.value(negative)).isEqualTo("15");
		assertThat(browser.value(lower)).isEqualTo("8");
		assertThat(browser.value(lower + "-reason")).isEqualTo("5月数据重复统计，予以更正。");
		assertThat(browser.findAll(card + " .is-invalid")).isEmpty();
		browser.screenshotOf("bad-input-2-corrected", card);
	}

	@Test
	void afterTheSessionRanOutTheLoginLeadsBackToThePage(Browser browser) {
		this.facts.forgetJune("gaoxin", "1-10");
		long project = this.facts.project("1-10");
		String card = "#project-" + project;
		String value = field(project, this.facts.indicators("gaoxin", "1-10").get(0));

		// Reading a page: the login leads back to it (Spring Security's saved request).
		browser.logIn("gaoxin").open("/projects/" + project);
		assertThat(browser.text("h1")).contains("特殊困难老年人家庭适老化改造工程");
		browser.loseSession().open("/projects/" + project);
		assertThat(browser.path()).isEqualTo("/login");
		browser.logInHere("gaoxin");
		assertThat(browser.path()).startsWith("/projects/" + project);
		assertThat(browser.text("h1")).contains("特殊困难老年人家庭适老化改造工程");

		// In the middle of the form: saving leads to the login, then back to the form.
		browser.open("/reports");
		browser.type(value, "35").type("#progress-" + project, "已完成入户评估。");
		browser.loseSession();
		browser.clickAndWait(card + " button[value=save]");
		assertThat(browser.path()).isEqualTo("/login");
		assertThat(browser.pageText()).contains("用户名", "密码").doesNotContain("没有访问权限", "Exception", "403");
		browser.screenshot("session-1-login-after-expiry");
		browser.logInHere("gaoxin");
		assertThat(browser.path()).startsWith("/reports");
		assertThat(browser.text("h1")).isEqualTo("唐山高新技术产业开发区 · 2024年6月进展填报");
		assertThat(browser.pageText()).doesNotContain("Exception", "没有访问权限");
		assertThat(browser.find(value).getDomProperty("readOnly")).isEqualTo("false");
		assertThat(this.facts.juneReport("gaoxin", "1-10")).as("the lost post stored nothing").isNull();
		browser.screenshot("session-2-back-at-the-form");

		// And the form works again in the new session.
		browser.type(value, "35").type("#progress-" + project, "已完成入户评估。");
		browser.clickAndWait(card + " button[value=save]");
		assertThat(browser.text(".alert-success")).isEqualTo("草稿已保存。");
		assertThat(this.facts.juneStatus("gaoxin", "1-10")).isEqualTo("DRAFT");
	}

	/**
	 * The field is marked invalid and points (aria-describedby) at its message, which
	 * stands in the same table cell.
	 */
	private static void assertMessageNextTo(Browser browser, String field, String message) {
		WebElement input = browser.find(field);
		assertThat(input.getDomAttribute("class")).contains("is-invalid");
		String describedBy = input.getDomAttribute("aria-describedby");
		assertThat(describedBy).isNotBlank();
		WebElement feedback = cell(browser, field).findElement(By.id(describedBy));
		assertThat(feedback.getText()).isEqualTo(message);
		assertThat(feedback.isDisplayed()).isTrue();
	}

	private static WebElement cell(Browser browser, String field) {
		return browser.find(field).findElement(By.xpath("ancestor::td"));
	}

}
