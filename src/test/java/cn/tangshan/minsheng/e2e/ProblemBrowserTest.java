package cn.tangshan.minsheng.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A problem's journey through the 问题清单: 滦南县 (which no other browser test touches) raises
 * one from the 存在问题 of its June report, first forgetting the title; the coordinator
 * assigns it to 市住房和城乡建设局, which finds it on its home page and answers; the county
 * confirms 销号; the coordinator sees it solved in the list and in the June bulletin
 * draft's 问题办理 paragraph, and prints the 问题交办单.
 */
@BrowserPortalTest
class ProblemBrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void countyRaisesFromItsReportCoordinatorAssignsDepartmentAnswersCountyConfirms(Browser browser) {
		long zjj = this.jdbc.queryForObject("select id from unit where code = 'zjj'", Long.class);

		browser.logIn("luannan").open("/reports");
		// The first project whose form is open on the page (the others are folded away).
		WebElement offer = browser.findAll("a.raise-problem")
			.stream()
			.filter(WebElement::isDisplayed)
			.findFirst()
			.orElse(browser.findAll("a.raise-problem").get(0));
		String href = offer.getDomAttribute("href");
		String project = href.replaceAll(".*project=(\\d+).*", "$1");
		browser.screenshot("problem-1-report-button");
		if (offer.isDisplayed()) {
			browser.clickAndWait(offer);
		}
		else {
			browser.open(href);
		}
		assertThat(browser.path()).startsWith("/problems/new");
		assertThat(browser.find("#projectId").getDomProperty("value")).isEqualTo(project);
		browser.select("#kindId", "用地");
		browser.type("#description", "安置房项目用地指标不足，需市级统筹调剂建设用地指标。");
		browser.select("#askedUnitId", "市住房和城乡建设局");
		browser.clickAndWait("#raise-form button[type=submit]");
		assertThat(browser.text("#title-errors")).isEqualTo("请填写此项");
		assertThat(browser.value("#description")).isEqualTo("安置房项目用地指标不足，需市级统筹调剂建设用地指标。");
		browser.screenshot("problem-2-new-invalid");
		browser.assertAccessible("problem-new");
		browser.type("#title", "安置房项目用地指标不足");
		browser.clickAndWait("#raise-form button[type=submit]");

		assertThat(browser.path()).matches("/problems/\\d+");
		String problemPath = browser.path();
		String number = browser.text(".alert-success").replaceAll("^已提出问题 (\\S+)，待市发改委分派。$", "$1");
		assertThat(number).matches("唐民生问〔2024〕\\d+号");
		assertThat(browser.text("h1")).contains(number, "安置房项目用地指标不足", "待分派");
		browser.screenshot("problem-3-raised");
		browser.logOut();

		browser.logIn("fgw").open(problemPath);
		assertThat(browser.find("#unitId").getDomProperty("value")).isEqualTo(String.valueOf(zjj));
		browser.type("#assign-text", "请市住建局会同自然资源部门研究调剂用地指标。");
		browser.assertAccessible("problem-assign");
		browser.screenshot("problem-4-assign");
		browser.clickAndWait("#assign-form button[type=submit]");
		assertThat(browser.text(".alert-success")).isEqualTo("已分派，责任单位已收到通知。");
		assertThat(browser.text("h1")).contains("办理中");
		assertThat(browser.text("#problem-responsible")).isEqualTo("市住房和城乡建设局");
		browser.logOut();

		browser.logIn("zjj");
		browser.await().until((d) -> !browser.findAll("#problems-home").isEmpty());
		assertThat(browser.text("#problems-home")).contains(number, "办理中");
		assertThat(browser.text("#notifications")).contains("市发改委向本单位交办了问题");
		browser.screenshot("problem-5-department-home");
		browser.clickAndWait(browser.driver().findElement(By.linkText(number)));
		assertThat(browser.path()).isEqualTo(problemPath);
		browser.type("#answer-text", "已调剂建设用地指标12亩，7月10日前完成供地。");
		browser.assertAccessible("problem-answer");
		browser.clickAndWait("#answer-form button[type=submit]");
		assertThat(browser.text(".alert-success")).isEqualTo("已答复，提出单位已收到通知。");
		assertThat(browser.text("h1")).contains("待确认");
		browser.logOut();

		browser.logIn("luannan");
		browser.await().until((d) -> !browser.findAll("#problems-home").isEmpty());
		assertThat(browser.text("#problems-home")).contains(number, "待确认");
		browser.open(problemPath);
		assertThat(browser.text("#problem-answer")).isEqualTo("已调剂建设用地指标12亩，7月10日前完成供地。");
		browser.type("#confirm-text", "用地指标已落实，同意销号。");
		browser.clickAndWait("#confirm-form button[type=submit]");
		assertThat(browser.text(".alert-success")).isEqualTo("已确认销号。");
		assertThat(browser.text("h1")).contains("已销号");
		assertThat(browser.text("#history")).contains("提出问题", "分派责任单位", "答复办理情况", "确认销号", "用地指标已落实，同意销号。");
		browser.screenshot("problem-6-solved");
		browser.logOut();

		browser.logIn("fgw").open("/problems?state=CLOSED");
		assertThat(browser.text("#problems")).contains(number, "滦南县", "市住房和城乡建设局", "已销号");
		assertThat(browser.text("#count-OVERDUE")).isEqualTo("2");
		browser.screenshot("problem-7-list");
		browser.phoneScreenshot("problem-7-list-390");
		browser.assertAccessible("problem-list");
		browser.open("/dashboard?month=2024-06");
		browser.await().until((d) -> !browser.findAll("#problems-departments").isEmpty());
		assertThat(browser.text("#problems-unit-zjj")).contains("市住房和城乡建设局");
		browser.screenshotOf("problem-8-dashboard-departments", "#problems-departments");

		browser.open("/bulletins");
		browser.select("#month", "2024年6月");
		browser.clickAndWait("#new-draft button[type=submit]");
		assertThat(browser.value("#problems")).contains("问题办理。", "市住建局在办0个、逾期0个、已销号2个");
		browser.screenshot("problem-9-bulletin-draft");
		Long draft = Long.valueOf(browser.path().replaceAll("/bulletins/(\\d+)/edit", "$1"));

		browser.open(problemPath + "/print");
		assertThat(browser.text(".office-mark")).isEqualTo("唐山市民生工程问题交办单");
		assertThat(browser.text(".doc-number")).isEqualTo(number);
		assertThat(browser.text("main")).contains("市住房和城乡建设局：", "一、问题情况", "四、办理情况", "已调剂建设用地指标12亩", "抄送：滦南县。");
		browser.screenshot("problem-10-print");
		this.jdbc.update("delete from bulletin where id = ?", draft);
	}

}
