package cn.tangshan.minsheng.attack;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static cn.tangshan.minsheng.account.PortalUsers.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Stored XSS and formula injection: script and formula payloads in every free text a page
 * shows (report texts, a supervision order's texts, a bulletin draft's texts, a user's
 * display name), then every page, print view and Word/Excel/PDF/CSV file that shows them:
 * HTML escapes them (the payload appears as text, never as markup), Office files hold
 * them as text (no formula cell, no raw markup in the XML), CSV neutralises a leading
 * {@code =}.
 */
@AttackTest
class StoredXssTests {

	static final String SCRIPT = "<script>alert('x13b')</script><img src=x onerror=alert(13)>";

	static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"x13b\")";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	cn.tangshan.minsheng.disclosure.PublicPages publicPages;

	@Test
	void payloadsAreShownAsTextEverywhere() throws Exception {
		Map<String, Object> report = this.jdbc.queryForMap("""
				select r.id, r.project_id, r.progress_text, r.problems_text, r.next_steps_text from report r
				join user_account a on a.unit_id = r.unit_id
				where a.username = 'laoting' and r.status = 'APPROVED' and r.period = date '2024-05-01'
				order by r.id limit 1""");
		Map<String, Object> order = this.jdbc
			.queryForMap("select id, problem, requirement, answer from supervision_order order by id limit 1");
		String name = this.jdbc.queryForObject("select display_name from user_account where username = 'laoting'",
				String.class);
		Long laoting = this.jdbc.queryForObject("select id from user_account where username = 'laoting'", Long.class);
		Long draft = this.jdbc.queryForObject("""
				insert into bulletin (plan_id, period, status, texts, created_at, updated_at)
				select id, date '2024-05-01', 'DRAFT', jsonb_build_object('title', ?::text, 'addressees', ?::text,
				  'opening', ?::text, 'overall', ?::text, 'projects', ?::text, 'ranking', ?::text, 'problems', ?::text,
				  'requirements', ?::text, 'signature', ?::text, 'copyTo', ?::text, 'printer', ?::text), now(), now()
				from plan where status = 'ACTIVE' limit 1 returning id""", Long.class, SCRIPT, SCRIPT, SCRIPT, FORMULA,
				SCRIPT, SCRIPT, SCRIPT, SCRIPT, SCRIPT, SCRIPT, SCRIPT);
		this.jdbc.update("update report set progress_text = ?, problems_text = ?, next_steps_text = ? where id = ?",
				SCRIPT, FORMULA, SCRIPT, report.get("id"));
		this.jdbc.update("update supervision_order set problem = ?, requirement = ?, answer = ? where id = ?", SCRIPT,
				FORMULA, SCRIPT, order.get("id"));
		this.jdbc.update("update user_account set display_name = ? where username = 'laoting'", SCRIPT);
		// 典型经验 (issue #15): a published article of 乐亭县, marked for the next bulletin.
		Long experience = this.jdbc.queryForObject("""
				insert into experience (plan_year, project_id, unit_id, title, body, status, for_bulletin,
				  published_at, created_at, updated_at)
				select 2024, ?, unit_id, ?, ?, 'PUBLISHED', true, now(), now(), now() from user_account
				where username = 'laoting' returning id""", Long.class, report.get("project_id"), SCRIPT, SCRIPT);
		this.publicPages.forget();
		try {
			List<String> shown = new ArrayList<>();
			Object reportId = report.get("id");
			Object orderId = order.get("id");
			for (String[] page : new String[][] { { "laoting", "/reports/view/" + reportId },
					{ "laoting", "/reports?month=2024-05" }, { "laoting", "/reports/print?month=2024-05" },
					{ "laoting", "/" }, { "fgw", "/reports/view/" + reportId }, { "fgw", "/reviews" },
					{ "fgw", "/ledger?month=2024-05" }, { "fgw", "/supervision/" + orderId },
					{ "fgw", "/supervision/" + orderId + "/print" }, { "fgw", "/supervision" },
					{ "fgw", "/bulletins/" + draft + "/edit" }, { "fgw", "/bulletins/" + draft + "/print" },
					{ "fgw", "/bulletins" }, { "admin", "/admin/users" }, { "admin", "/admin/users/" + laoting },
					{ "leader", "/reports/view/" + reportId },
					{ "fgw", "/dashboard/projects/" + report.get("project_id") },
					{ "fgw", "/experience/" + experience }, { "fgw", "/experience" },
					{ "laoting", "/experience/" + experience }, { "leader", "/public" },
					{ "leader", "/public/experience/" + experience },
					{ "leader", "/public/projects/" + report.get("project_id") } }) {
				MockHttpServletResponse response = this.mvc.perform(get(page[1]).with(user(page[0])))
					.andReturn()
					.getResponse();
				assertThat(response.getStatus()).as(page[1]).isLessThan(400);
				String html = response.getContentAsString(StandardCharsets.UTF_8);
				assertThat(html).as(page[1]).doesNotContain("<script>alert(").doesNotContain("<img src=x onerror");
				if (html.contains("&lt;script&gt;alert(")) {
					shown.add(page[1]);
				}
			}
			// The payload was really on the pages (escaped), not just absent.
			assertThat(shown).contains("/reports/view/" + reportId, "/supervision/" + orderId,
					"/bulletins/" + draft + "/edit", "/admin/users/" + laoting, "/experience/" + experience,
					"/public/experience/" + experience, "/public", "/bulletins/" + draft + "/print");
			System.out.printf("stored XSS: escaped payload on %s%n", shown);

			// Excel: every text a string cell, never a formula.
			byte[] xlsx = this.mvc.perform(get("/ledger.xlsx?month=2024-05").with(user("fgw")))
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
				for (Sheet sheet : book) {
					for (Row row : sheet) {
						for (Cell cell : row) {
							if (cell.getCellType() == CellType.FORMULA) {
								assertThat(cell.getCellFormula()).as("formula in %s", sheet.getSheetName())
									.doesNotContain("HYPERLINK")
									.doesNotContain("x13b");
							}
						}
					}
				}
			}
			String csv = this.mvc.perform(get("/ledger.csv?month=2024-05").with(user("fgw")))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(csv).doesNotContain("\"=HYPERLINK");
			// Word: the payload is text in the document's XML, not markup.
			String docx = AccessMatrixTests.text(
					this.mvc.perform(get("/bulletins/" + draft + ".docx").with(user("fgw"))).andReturn().getResponse());
			assertThat(docx).contains("&lt;script&gt;alert(").doesNotContain("<script>alert(");
			// PDFs: rendered from the escaped print view, so the payload is literal text.
			for (String pdf : List.of("/bulletins/" + draft + ".pdf", "/supervision/" + orderId + "/print.pdf",
					"/reports/print.pdf?month=2024-05")) {
				MockHttpServletResponse response = this.mvc
					.perform(get(pdf).with(user(pdf.startsWith("/reports") ? "laoting" : "fgw")))
					.andReturn()
					.getResponse();
				assertThat(response.getStatus()).as(pdf).isLessThan(500);
				if ("application/pdf".equals(response.getContentType())) {
					assertThat(AccessMatrixTests.text(response)).as(pdf).contains("<script>alert('x13b')");
				}
			}
		}
		finally {
			this.jdbc.update("update report set progress_text = ?, problems_text = ?, next_steps_text = ? where id = ?",
					report.get("progress_text"), report.get("problems_text"), report.get("next_steps_text"),
					report.get("id"));
			this.jdbc.update("update supervision_order set problem = ?, requirement = ?, answer = ? where id = ?",
					order.get("problem"), order.get("requirement"), order.get("answer"), order.get("id"));
			this.jdbc.update("update user_account set display_name = ? where username = 'laoting'", name);
			this.jdbc.update("delete from bulletin where id = ?", draft);
			this.jdbc.update("delete from experience where id = ?", experience);
			this.publicPages.forget();
		}
	}

}
