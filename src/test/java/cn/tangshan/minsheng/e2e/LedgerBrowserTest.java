package cn.tangshan.minsheng.e2e;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.dashboard.Dashboard;
import cn.tangshan.minsheng.dashboard.Dashboards;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinator opens the work ledger from the navigation, reads the demo data's May
 * figures in the table (the dashboard's own figures), and downloads the Excel ledger with
 * the browser's session: a workbook whose 1-1 row carries the same figures.
 */
@BrowserPortalTest
class LedgerBrowserTest {

	@Autowired
	Dashboards dashboards;

	@Autowired
	UserDetailsService users;

	@Test
	void coordinatorReadsTheLedgerAndDownloadsTheWorkbook(Browser browser) throws Exception {
		browser.logIn("fgw").clickAndWait("nav a[href='/ledger']");
		assertThat(browser.text("h1")).isEqualTo("工作台账 · 2024年5月");
		Dashboard d = this.dashboards.view((CurrentUser) this.users.loadUserByUsername("fgw"), YearMonth.of(2024, 5));
		Dashboard.IndicatorLine housing = d.projects().get(0).indicators().get(0);
		String row = "#ledger-" + housing.indicator().id();
		String approved = housing.approved().stripTrailingZeros().toPlainString();
		String rate = housing.assessment().rate().percent().orElseThrow().toPlainString() + "%";
		assertThat(browser.text(row + " .approved")).isEqualTo(approved);
		assertThat(browser.text(row + " .rate")).isEqualTo(rate);
		assertThat(browser.findAll("#ledger-table tbody tr[id^='ledger-']")).hasSize(41);
		assertThat(browser.find("#download-xlsx").getDomAttribute("href")).isEqualTo("/ledger.xlsx?month=2024-05");
		browser.screenshot("ledger-1-coordinator");
		browser.assertAccessible("ledger");
		assertThat(browser.consoleErrors()).isEmpty();

		// The download link, fetched with the browser's own session cookie.
		@SuppressWarnings("unchecked")
		Map<String, Object> download = (Map<String, Object>) browser.driver().executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(document.querySelector('#download-xlsx').href)
					.then(async (r) => {
						const bytes = new Uint8Array(await r.arrayBuffer());
						let binary = '';
						bytes.forEach((b) => binary += String.fromCharCode(b));
						done({ status: r.status, type: r.headers.get('Content-Type'),
							disposition: r.headers.get('Content-Disposition'), body: btoa(binary) });
					})
					.catch((e) => done({ status: -1, type: String(e) }));""");
		assertThat(download.get("status")).isEqualTo(200L);
		assertThat(download.get("type")).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat((String) download.get("disposition")).contains("filename*=UTF-8''");
		byte[] xlsx = Base64.getDecoder().decode((String) download.get("body"));
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			XSSFSheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("唐山市2024年民生工程工作台账（2024年5月）");
			Row first = null;
			for (Row r : sheet) {
				if (r.getCell(1) != null && r.getCell(1).getCellType() == CellType.STRING
						&& r.getCell(1).getStringCellValue().equals("1-1")) {
					first = r;
				}
			}
			assertThat(first).isNotNull();
			assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(housing.approved().doubleValue());
			assertThat(first.getCell(7).getNumericCellValue())
				.isEqualTo(housing.assessment().rate().percent().orElseThrow().movePointLeft(2).doubleValue());
			assertThat(List.of(book.getSheetName(1), book.getSheetName(2))).containsExactly("分单位完成情况", "报送情况");
		}
	}

}
