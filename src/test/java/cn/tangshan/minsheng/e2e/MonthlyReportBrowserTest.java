package cn.tangshan.minsheng.e2e;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monthly cycle as the people in it see it: a county fills in its June figures and
 * texts, adds a photo, saves a draft, comes back, submits; the lead department returns a
 * report with a reason, the county corrects and resubmits, the department approves and
 * the county's form is locked. Uses 迁西县's 1-6 (农村厕所改造) and 乐亭县's 1-4 (四好农村路, reviewed by
 * 市交通运输局), which no other browser test touches.
 */
@BrowserPortalTest
class MonthlyReportBrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	DemoFacts facts;

	@BeforeEach
	void facts() {
		this.facts = new DemoFacts(this.jdbc);
	}

	@Test
	void countyFillsInSavesADraftWithAPhotoComesBackAndSubmits(Browser browser, @TempDir Path dir) throws IOException {
		this.facts.forgetJune("qianxi", "1-6");
		long project = this.facts.project("1-6");
		List<Long> indicators = this.facts.indicators("qianxi", "1-6");
		assertThat(indicators).hasSize(2);
		String card = "#project-" + project;
		String toilets = field(project, indicators.get(0));
		String publicToilets = field(project, indicators.get(1));

		browser.logIn("qianxi");
		assertThat(browser.text("main")).contains("迁西县", "填报单位");
		browser.clickAndWait("nav a[href='/reports']");
		assertThat(browser.text("h1")).isEqualTo("迁西县 · 2024年6月进展填报");
		assertThat(browser.text("main")).contains("报送截止：2024年7月5日 24:00（还剩2天）");
		assertThat(browser.text(card + " summary")).contains("1-6 农村厕所改造工程");
		assertThat(rowText(browser, toilets)).contains("改造户厕", "1557座", "438");
		assertThat(browser.text(card + " .evidence")).contains("保存草稿后即可上传佐证材料。");

		browser.type(toilets, "520").type(publicToilets, "3");
		browser.type("#progress-" + project, "完成户厕改造520座，3座公厕主体完工。");
		browser.type("#problems-" + project, "部分村庄冬季施工受限。");
		browser.type("#nextSteps-" + project, "7月底前完成剩余公厕建设。");
		browser.type("#investmentPlanned-" + project, "860");
		browser.type("#investmentCompleted-" + project, "412.5");
		browser.screenshotOf("county-1-form-filled", card);
		browser.phoneScreenshot("county-1-form-filled-390", card);

		browser.clickAndWait(card + " button[value=save]");
		assertThat(browser.path()).isEqualTo("/reports?month=2024-06");
		assertThat(browser.text(".alert-success")).isEqualTo("草稿已保存。");
		assertThat(this.facts.juneStatus("qianxi", "1-6")).isEqualTo("DRAFT");

		browser.find("#file-" + project).sendKeys(photo(dir.resolve("厕所改造现场.png")).toString());
		browser.clickAndWait(card + " form[enctype='multipart/form-data'] button[type=submit]");
		assertThat(browser.text(".alert-success")).isEqualTo("已上传佐证材料“厕所改造现场.png”");

		// Coming back later: a fresh page, no flash message, everything still there.
		browser.open("/reports");
		assertThat(browser.findAll(".alert-success")).isEmpty();
		assertThat(browser.value(toilets)).isEqualTo("520");
		assertThat(browser.value(publicToilets)).isEqualTo("3");
		assertThat(rowText(browser, toilets)).contains("82", "33.4%");
		assertThat(browser.value("#progress-" + project)).isEqualTo("完成户厕改造520座，3座公厕主体完工。");
		assertThat(browser.value("#problems-" + project)).isEqualTo("部分村庄冬季施工受限。");
		assertThat(browser.value("#nextSteps-" + project)).isEqualTo("7月底前完成剩余公厕建设。");
		assertThat(browser.value("#investmentPlanned-" + project)).isEqualTo("860");
		assertThat(browser.value("#investmentCompleted-" + project)).isEqualTo("412.5");
		assertThat(browser.text(card + " summary")).contains("草稿");
		WebElement thumbnail = browser.find(card + " img.evidence-thumb");
		assertThat(thumbnail.getDomAttribute("alt")).isEqualTo("厕所改造现场.png");
		assertThat(loaded(browser, thumbnail)).as("thumbnail shown").isTrue();
		browser.screenshotOf("county-2-draft-reloaded", card);

		browser.clickAndWait(card + " button[value=submit]");
		assertThat(browser.text(".alert-success")).isEqualTo("已报送，等待审核。");
		assertThat(browser.text(card + " summary")).contains("已报送");
		assertThat(browser.find(toilets).getDomProperty("readOnly")).isEqualTo("true");
		assertThat(browser.value(toilets)).isEqualTo("520");
		assertThat(browser.findAll(card + " button[name=action]")).isEmpty();
		assertThat(browser.findAll("#file-" + project)).isEmpty();
		assertThat(this.facts.juneStatus("qianxi", "1-6")).isEqualTo("SUBMITTED");
		browser.screenshotOf("county-3-submitted", card);
	}

	@Test
	void departmentReturnsCountyCorrectsDepartmentApprovesAndTheFormIsLocked(Browser browser) {
		this.facts.forgetJune("laoting", "1-4");
		long project = this.facts.project("1-4");
		String card = "#project-" + project;
		String roads = field(project, this.facts.indicators("laoting", "1-4").get(0));

		browser.logIn("laoting").open("/reports");
		browser.type(roads, "15.5").type("#progress-" + project, "路基路面同步施工，已完成15.5公里。");
		browser.clickAndWait(card + " button[value=submit]");
		assertThat(browser.text(".alert-success")).isEqualTo("已报送，等待审核。");
		Long report = this.facts.juneReport("laoting", "1-4");
		String review = "#review-" + report;
		browser.logOut();

		browser.logIn("jtj").clickAndWait("nav a[href='/reviews']");
		assertThat(browser.text(review + " h2")).isEqualTo("乐亭县 · 1-4 “四好农村路”提升工程 · 2024年6月");
		assertThat(browser.text(review)).contains("建设改造农村公路", "40.23公里", "12.22", "15.5", "路基路面同步施工，已完成15.5公里。");
		browser.screenshotOf("review-1-queue", review);
		// A return needs a reason; the message stands next to the field.
		browser.clickAndWait(review + " button.btn-outline-danger");
		assertThat(browser.text("#reason-error-" + report)).isEqualTo("请填写原因");
		assertThat(browser.find("#reason-" + report).getDomAttribute("aria-describedby"))
			.isEqualTo("reason-error-" + report);
		browser.type("#reason-" + report, "请补充路段清单，核实累计里程。");
		browser.clickAndWait(review + " button.btn-outline-danger");
		assertThat(browser.text(".alert-success")).isEqualTo("已退回，填报单位将在表单上看到退回原因。");
		assertThat(browser.findAll(review)).isEmpty();
		browser.logOut();

		browser.logIn("laoting").open("/reports");
		assertThat(browser.text(card + " summary")).contains("已退回");
		assertThat(browser.text(card + " .alert-danger")).isEqualTo("已退回： 请补充路段清单，核实累计里程。");
		assertThat(browser.value(roads)).isEqualTo("15.5");
		browser.screenshotOf("review-2-returned-to-county", card);
		browser.type(roads, "16.8").type("#progress-" + project, "路基路面同步施工，已完成16.8公里，路段清单已补充。");
		browser.clickAndWait(card + " button[value=submit]");
		assertThat(browser.text(".alert-success")).isEqualTo("已报送，等待审核。");
		browser.logOut();

		browser.logIn("jtj").open("/reviews");
		assertThat(browser.text(review)).contains("16.8", "路段清单已补充");
		browser.clickAndWait(review + " button.btn-success");
		assertThat(browser.text(".alert-success")).isEqualTo("已审核通过，报告已锁定。");
		assertThat(browser.findAll(review)).isEmpty();
		browser.logOut();

		browser.logIn("laoting").open("/reports");
		WebElement details = browser.find(card);
		assertThat(browser.text(card + " summary")).contains("已审核");
		assertThat(details.getDomProperty("open")).as("an approved report is shown folded").isEqualTo("false");
		browser.click(card + " summary h2");
		assertThat(browser.find(roads).getDomProperty("readOnly")).isEqualTo("true");
		assertThat(browser.value(roads)).isEqualTo("16.8");
		assertThat(browser.find("#progress-" + project).getDomProperty("readOnly")).isEqualTo("true");
		assertThat(browser.findAll(card + " button")).isEmpty();
		assertThat(browser.findAll(card + " input[type=file]")).isEmpty();
		assertThat(this.facts.juneStatus("laoting", "1-4")).isEqualTo("APPROVED");
		browser.screenshotOf("review-3-approved-locked", card);

		browser.clickAndWait(card + " a[href='/reports/view/" + report + "']");
		assertThat(browser.text("main")).contains("修改与审核记录", "请补充路段清单，核实累计里程。", "16.8");
		browser.screenshot("review-4-history");
	}

	static String field(long project, long indicator) {
		return "#f" + project + "-" + indicator;
	}

	/** The text of the table row a field stands in: task, last month, monthly, rate. */
	static String rowText(Browser browser, String field) {
		return browser.find(field).findElement(By.xpath("ancestor::tr")).getText();
	}

	private static boolean loaded(Browser browser, WebElement image) {
		return Boolean.TRUE.equals(
				browser.driver().executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", image));
	}

	/** A small photo-like PNG: sky, field and a building. */
	static Path photo(Path file) throws IOException {
		BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(135, 190, 235));
		g.fillRect(0, 0, 320, 140);
		g.setColor(new Color(90, 150, 70));
		g.fillRect(0, 140, 320, 100);
		g.setColor(new Color(200, 200, 190));
		g.fillRect(120, 90, 80, 70);
		g.setColor(new Color(150, 60, 50));
		g.fillPolygon(new int[] { 110, 160, 210 }, new int[] { 90, 60, 90 }, 3);
		g.dispose();
		ImageIO.write(image, "png", file.toFile());
		return file;
	}

}
