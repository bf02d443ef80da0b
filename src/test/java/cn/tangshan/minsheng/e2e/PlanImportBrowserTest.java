package cn.tangshan.minsheng.e2e;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinator brings next year's notice: uploads the 2025 text (in Traditional
 * characters, with one lead department the portal does not know), fixes the flagged line
 * in the preview by choosing the unit offered, confirms, sees the 草稿 in the list of plan
 * years, edits one target and starts the year (启动) with last year's split copied; a
 * county then finds the 2025 form. Every new page passes axe-core. Afterwards 2024 is in
 * force again and the 2025 year is removed.
 */
@BrowserPortalTest
class PlanImportBrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeTheDraft() {
		this.jdbc.update("update plan set status = 'DRAFT' where plan_year = 2025");
		this.jdbc.update("update plan set status = 'ACTIVE' where plan_year = 2024");
		String plans = "select id from plan where plan_year = 2025 and status = 'DRAFT'";
		String projects = "select p.id from project p join project_group g on p.group_id = g.id where g.plan_id in ("
				+ plans + ")";
		this.jdbc.update("delete from allocation where indicator_id in (select id from indicator where project_id in ("
				+ projects + "))");
		this.jdbc.update("delete from indicator where project_id in (" + projects + ")");
		this.jdbc.update("delete from project_lead where project_id in (" + projects + ")");
		this.jdbc.update("delete from project where group_id in (select id from project_group where plan_id in ("
				+ plans + "))");
		this.jdbc.update("delete from project_group where plan_id in (" + plans + ")");
		this.jdbc.update("delete from plan where plan_year = 2025 and status = 'DRAFT'");
	}

	@Test
	void theCoordinatorImportsNextYearsNoticeFixesTheFlaggedLineAndConfirms(Browser browser, @TempDir Path dir)
			throws Exception {
		Path notice = dir.resolve("唐山市2025年民生工程实施方案.txt");
		Files.copy(new ClassPathResource("plans/tangshan-2025-notice-variant.txt").getInputStream(), notice);

		browser.logIn("fgw").clickAndWait("#nav-plans");
		assertThat(browser.text("h1")).isEqualTo("计划年度");
		assertThat(browser.text("#plan-2024")).contains("执行中", "25", "31 / 10");
		check(browser, "plans-1-list");

		browser.clickAndWait("#import-plan");
		assertThat(browser.text("h1")).isEqualTo("导入计划年度");
		check(browser, "plans-2-import");

		// Not a plan: said next to the field, the text kept.
		browser.type("#plan-text", "关于召开民生工程调度会的通知");
		browser.clickAndWait("#plan-import-form button[type=submit]");
		assertThat(browser.text("#import-error")).contains("这不是一份实施方案");
		assertThat(browser.value("#plan-text")).isEqualTo("关于召开民生工程调度会的通知");
		browser.screenshot("plans-3-refused");

		browser.find("#plan-text").clear();
		browser.find("#plan-file").sendKeys(notice.toString());
		browser.clickAndWait("#plan-import-form button[type=submit]");
		assertThat(browser.text("h1")).isEqualTo("导入预览");
		assertThat(browser.text("#preview-flags")).isEqualTo("需要处理：1处必须修正，27处请核对");
		assertThat(browser.value("#title")).isEqualTo("唐山市2025年民生工程实施方案");
		assertThat(browser.value("#documentNumber")).isEqualTo("唐政办字〔2025〕3号");
		assertThat(browser.value("#basicCompletionDue")).isEqualTo("2025-10-31");
		assertThat(browser.value("#g0-p0-i0-target")).isEqualTo("15593");
		assertThat(browser.value("#g0-p7-i0-qualifier")).isEqualTo("左右");
		assertThat(browser.text("#project-g0-p3")).contains("第15行：责任单位“市交通运输厅”不是系统中的单位，最接近的是“市交通运输局”");
		check(browser, "plans-4-preview");

		// Confirmed unfixed: refused, nothing stored.
		browser.clickAndWait("#confirm-plan");
		assertThat(browser.text("#plan-errors")).contains("未保存：请修正标出的1处问题");
		assertThat(this.jdbc.queryForObject("select count(*) from plan where plan_year = 2025", Integer.class))
			.isZero();

		browser.select("#g0-p3-lead-0", "市交通运输局");
		browser.clickAndWait("#confirm-plan");
		assertThat(browser.text("h1")).isEqualTo("计划年度");
		assertThat(browser.text("#plans-saved")).isEqualTo("已保存为2025年度草稿：25个项目，40个指标");
		assertThat(browser.text("#plan-2025")).contains("草稿", "唐山市2025年民生工程实施方案", "25", "31 / 9", "fgw");
		assertThat(browser.find("#plan-2025 a[href$='/start']").getText()).isEqualTo("启动");
		browser.screenshot("plans-5-draft-listed");

		browser.clickAndWait("#plan-2025 a[href$='/edit']");
		assertThat(browser.text("h1")).isEqualTo("2025年度计划草稿");
		browser.type("#g0-p2-i0-target", "16");
		browser.clickAndWait("#save-plan");
		assertThat(browser.text("#plan-saved")).isEqualTo("草稿已保存");
		assertThat(browser.value("#g0-p2-i0-target")).isEqualTo("16");
		check(browser, "plans-6-edit");

		// 启动: 2025 comes into force with 2024's split as a start, 2024 is archived.
		browser.open("/admin/plans");
		browser.clickAndWait("#plan-2025 a[href$='/start']");
		assertThat(browser.text("h1")).isEqualTo("启动2025年度");
		assertThat(browser.text("#start-effects")).contains("2024年度转为已归档");
		check(browser, "plans-7-start");
		browser.click("#copyAllocations");
		browser.clickAndWait("#start-form button[type=submit]");
		assertThat(browser.pageText()).contains("2025年度已启动，上一年度已归档。");
		assertThat(this.jdbc.queryForObject("select status from plan where plan_year = 2024", String.class))
			.isEqualTo("ARCHIVED");
		assertThat(this.jdbc.queryForObject("select status from plan where plan_year = 2025", String.class))
			.isEqualTo("ACTIVE");
		assertThat(this.jdbc.queryForObject("""
				select count(*) from allocation a join indicator i on i.id = a.indicator_id
				join project p on p.id = i.project_id join project_group g on g.id = p.group_id
				join plan pl on pl.id = g.plan_id where pl.plan_year = 2025""", Integer.class)).isPositive();

		// A county's monthly form is now 2025's (January, open).
		browser.logOut().logIn("lunan").open("/reports");
		assertThat(browser.pageText()).contains("2025年1月").doesNotContain("2024年6月");
		check(browser, "plans-8-county-2025-form");
	}

	private static void check(Browser browser, String name) {
		assertThat(browser.find("html").getDomAttribute("lang")).isEqualTo("zh-CN");
		assertThat(browser.findAll("main")).hasSize(1);
		browser.screenshot(name);
		browser.assertAccessible(name);
		assertThat(browser.consoleErrors()).isEmpty();
	}

}
