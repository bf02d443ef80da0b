package cn.tangshan.minsheng.e2e;

import java.nio.file.Files;
import java.nio.file.Path;

import com.deque.html.axecore.results.Results;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 政务公开 and 典型经验 in the browser. A citizen opens {@code /public} on a phone (the demo has
 * it on for 2024, with 第2期 issued) and a project's page, without any cookie; 丰润区 (which
 * no other browser test touches) submits a typical experience with a photo, the
 * coordinator publishes it and marks it for the next bulletin, and finds it in the next
 * draft's 典型经验 section. axe-core finds no violation at all on these pages, at 1366 px and
 * at 390 px.
 */
@BrowserPortalTest
class PublicBrowserTest {

	static final String TITLE = "老旧小区改造“一区一策”";

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aCitizenReadsThePublicPageAndAProjectOnAPhone(Browser browser) {
		phone(browser);
		browser.open("/public");
		assertThat(browser.driver().getTitle()).isEqualTo("唐山市2024年民生工程实施进展 · 唐山市民生工程·政务公开");
		assertThat(browser.text("h1")).contains("唐山市2024年民生工程实施方案");
		assertThat(browser.text("#plan-number")).isEqualTo("唐政办字〔2024〕10号");
		assertThat(browser.text("#as-of")).startsWith("数据截至2024年5月底，来源：第2期通报（2024年6月10日印发）");
		assertThat(browser.findAll("li.project")).hasSize(25);
		assertThat(browser.text(".experience")).contains("见缝插绿建游园");
		assertThat(browser.viewportWidth()).isEqualTo(390);
		assertThat(horizontalOverflow(browser)).as("nothing wider than the phone").isFalse();
		browser.screenshot("public-1-index-390");
		noViolation(browser, "public-index-390");
		assertThat(browser.driver().manage().getCookies()).as("cookies after /public").isEmpty();

		browser.clickAndWait(browser.find("li.project[data-code='1-3'] h3 a"));
		assertThat(browser.path()).matches("/public/projects/\\d+");
		assertThat(browser.text("#project-name")).isEqualTo("口袋公园建设工程");
		assertThat(browser.text("#project-description")).isNotBlank();
		assertThat(browser.text("main")).contains("牵头单位：市城管执法局", "最新进度", "实施内容", "完成率");
		browser.screenshot("public-2-project-390");
		noViolation(browser, "public-project-390");

		browser.clickAndWait(browser.find(".articles a"));
		assertThat(browser.text("#article-title")).isEqualTo("见缝插绿建游园 老城片区添新景");
		assertThat(browser.text("#article-meta")).startsWith("路南区 · 口袋公园建设工程");
		assertThat(browser.findAll("ul.photos img")).hasSize(2);
		browser.screenshot("public-3-article-390");
		noViolation(browser, "public-article-390");
		assertThat(browser.driver().manage().getCookies()).as("cookies after the public pages").isEmpty();

		desktop(browser);
		for (String path : new String[] { "/public", browser.path() }) {
			browser.open(path);
			noViolation(browser, "public-desktop" + path.replace('/', '-'));
		}
		browser.screenshot("public-4-article-1366");
		browser.open("/public");
		browser.screenshot("public-5-index-1366");
		assertThat(browser.driver().manage().getCookies()).isEmpty();
	}

	@Test
	void aCountySubmitsTheCoordinatorPublishesAndFindsItInTheNextDraft(Browser browser) throws Exception {
		Path photo = Files.createTempFile("experience", ".png");
		Files.write(photo, cn.tangshan.minsheng.experience.ExperienceTestPictures.png());
		Long draft = null;
		try {
			browser.logIn("fengrun").open("/experience");
			noViolation(browser, "experience-list-county");
			browser.clickAndWait("#experience-new");
			browser.select("#projectId", "1-2 城镇老旧小区改造工程");
			browser.type("#body", "丰润区对老旧小区逐一摸底，制定“一区一策”改造方案。\n改造前后都请居民代表参与评议。");
			browser.find("#photos").sendKeys(photo.toString());
			browser.clickAndWait("#experience-submit");
			// Forgot the title: told next to it, the text kept.
			assertThat(browser.text("#title-errors")).isEqualTo("请填写此项");
			assertThat(browser.value("#body")).startsWith("丰润区对老旧小区逐一摸底");
			browser.screenshot("experience-1-form-invalid");
			noViolation(browser, "experience-form");
			phone(browser);
			noViolation(browser, "experience-form-390");
			browser.screenshot("experience-1-form-390");
			desktop(browser);
			browser.type("#title", TITLE);
			browser.find("#photos").sendKeys(photo.toString());
			browser.clickAndWait("#experience-submit");
			assertThat(browser.path()).matches("/experience/\\d+");
			String articlePath = browser.path();
			assertThat(browser.text(".alert-success")).isEqualTo("典型经验已报送，等待市发改委审核。");
			assertThat(browser.text("#experience-status")).isEqualTo("已报送");
			assertThat(browser.findAll("#experience-photos img")).hasSize(1);
			browser.screenshot("experience-2-submitted");
			browser.logOut();

			browser.logIn("fgw").open("/experience");
			assertThat(browser.text("#experience-list")).contains(TITLE, "丰润区", "已报送");
			browser.clickAndWait(browser.driver().findElement(By.linkText(TITLE)));
			assertThat(browser.path()).isEqualTo(articlePath);
			noViolation(browser, "experience-review");
			phone(browser);
			noViolation(browser, "experience-review-390");
			browser.screenshot("experience-3-review-390");
			desktop(browser);
			browser.clickAndWait("#experience-publish");
			assertThat(browser.text(".alert-success")).isEqualTo("典型经验已发布，报送单位已收到通知。");
			assertThat(browser.text("#experience-status")).isEqualTo("已发布");
			browser.clickAndWait("#experience-mark");
			assertThat(browser.text(".alert-success")).isEqualTo("已列入下期通报。");
			assertThat(browser.text("#experience-marked")).isEqualTo("列入下期通报");
			browser.screenshot("experience-4-published");

			browser.open("/bulletins");
			browser.select("#month", "2024年6月");
			browser.clickAndWait("#new-draft button[type=submit]");
			draft = Long.valueOf(browser.path().replaceAll("/bulletins/(\\d+)/edit", "$1"));
			assertThat(browser.text("#bulletin-experience")).contains("丰润区：" + TITLE);
			browser.screenshotOf("experience-5-bulletin-draft", "#bulletin-experience");
			browser.open("/bulletins/" + draft + "/print");
			assertThat(browser.text("main")).contains("四、典型经验", "（一）丰润区：" + TITLE + "。", "五、存在问题", "六、下步要求");
			browser.screenshot("experience-6-bulletin-print");

			// Published: the citizen finds it on the public page.
			browser.open("/").logOut();
			browser.open("/public");
			assertThat(browser.text(".experience")).contains(TITLE);
		}
		finally {
			Files.deleteIfExists(photo);
			// Nothing left for the other browser tests' bulletins.
			this.jdbc.update("update experience set for_bulletin = false where title = ?", TITLE);
			if (draft != null) {
				this.jdbc.update("delete from bulletin where id = ?", draft);
			}
		}
	}

	/** axe-core: not one violation, of any impact. */
	private static void noViolation(Browser browser, String name) {
		assertThat(browser.find("html").getDomAttribute("lang")).isEqualTo("zh-CN");
		Results results = browser.assertAccessible(name);
		assertThat(results.getViolations()).as("axe-core on %s", name)
			.extracting((rule) -> rule.getId() + ": " + rule.getHelp())
			.isEmpty();
		assertThat(browser.failedResources()).as("failed requests on %s", name).isEmpty();
		assertThat(browser.consoleErrors()).as("browser console on %s", name).isEmpty();
	}

	private static boolean horizontalOverflow(Browser browser) {
		return (Boolean) browser.driver()
			.executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1");
	}

	private static void phone(Browser browser) {
		browser.driver().manage().window().setSize(new Dimension(390, 844));
		browser.await().until((d) -> browser.viewportWidth() == 390);
	}

	private static void desktop(Browser browser) {
		browser.driver().manage().window().setSize(new Dimension(1366, 900));
		browser.await().until((d) -> browser.viewportWidth() == 1366);
	}

}
