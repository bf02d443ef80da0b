package cn.tangshan.minsheng.bench;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's table and page list: figures, ratios, targets met or not, Markdown and
 * CSV, and the page file with its placeholders.
 */
class ResultTableTests {

	@Test
	void rowsWithTargetsRatiosAndMissingFigures() {
		Samples dashboard = new Samples();
		for (int i = 1; i <= 20; i++) {
			dashboard.add(i * 10_000_000L);
		}
		dashboard.bytes(150 * 1024 + 512);
		Samples load = new Samples();
		for (int i = 0; i < 30; i++) {
			load.add(5_000_000L);
		}
		load.elapsed(10_000_000_000L);
		ResultTable table = new ResultTable();
		table.figure("start-up", "18.5 s", "≤ 20 s", true);
		table.add(
				ResultTable.Row.of("`/dashboard` (coordinator), 1 user", dashboard, 12.5, false, "p95 ≤ 50 ms", false));
		table.add(ResultTable.Row.of("`/dashboard` (coordinator), 8 users", load, 0.0212, true,
				"req/s ≥ 10.0% of static", false));
		table.add(new ResultTable.Row("`/public` (anonymous)", 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
				Double.NaN, Double.NaN, 0, null, null, "not present"));

		String md = table.markdown();
		assertThat(md).contains("| start-up | 18.5 s | ≤ 20 s | met |");
		assertThat(md).contains(
				"| `/dashboard` (coordinator), 1 user | 20 | 100.0 | 190.0 | 200.0 | — | 12.5× | 150.5 | 0 | p95 ≤ 50 ms | **not met** |");
		assertThat(md).contains(
				"| `/dashboard` (coordinator), 8 users | 30 | 5.0 | 5.0 | 5.0 | 3.0 | 2.1% | — | 0 | req/s ≥ 10.0% of static | **not met** |");
		assertThat(md).contains("| `/public` (anonymous) | — | — | — | — | — | — | — | — | not present |  |");

		List<String> csv = table.csv().lines().toList();
		assertThat(csv.get(0)).isEqualTo("measurement,n,p50 ms,p95 ms,p99 ms,req/s,× static,KB,errors,target,met");
		assertThat(csv.get(1)).isEqualTo("start-up,,,,,,,,,≤ 20 s (value 18.5 s),met");
		assertThat(csv.get(2)).isEqualTo(
				"\"`/dashboard` (coordinator), 1 user\",20,100.0,190.0,200.0,,12.5×,150.5,0,p95 ≤ 50 ms,not met");
		assertThat(csv).hasSize(5);
	}

	@Test
	void pageListWithPlaceholdersTargetsAndFlags() {
		String file = """
				# comment
				static,anonymous,/css/portal.css,,,,,y,
				dashboard,coordinator,/dashboard?month={month},50,8,150,0.10,y,

				bulletin.pdf,coordinator,/bulletins/{bulletin}.pdf,,,,,,
				public,anonymous,/public/projects/{project},100,,,,,y
				""";
		List<Page> pages = Page.parse(file, Map.of("month", "2024-06", "bulletin", "2", "project", "7"));
		assertThat(pages).extracting(Page::path)
			.containsExactly("/css/portal.css", "/dashboard?month=2024-06", "/bulletins/2.pdf", "/public/projects/7");
		Page dashboard = pages.get(1);
		assertThat(dashboard.targetText()).isEqualTo("p95 ≤ 50 ms; p95 ≤ 8× static; ≤ 150 KB");
		assertThat(dashboard.rpsStatic().getAsDouble()).isEqualTo(0.10);
		assertThat(dashboard.load()).isTrue();
		assertThat(dashboard.optional()).isFalse();
		assertThat(pages.get(2).hasTarget()).isFalse();
		assertThat(pages.get(2).targetText()).isNull();
		assertThat(pages.get(3).optional()).isTrue();
		assertThat(pages.get(3).who()).isEqualTo("anonymous");
	}

	@Test
	void theShippedPageListHasTheIssuesPagesAndTargets() throws Exception {
		List<Page> pages = Page.load("classpath:bench/pages.csv",
				Map.of("month", "2024-06", "bulletin", "2", "project", "1"));
		assertThat(pages).extracting(Page::name)
			.contains("static", "dashboard", "breakdown", "ledger", "ledger.xlsx", "ledger.csv", "bulletins",
					"bulletin.docx", "bulletin.pdf", "reviews", "reports", "public");
		assertThat(pages.get(0).name()).isEqualTo(Page.STATIC);
		assertThat(pages).filteredOn((p) -> p.name().equals("reviews"))
			.first()
			.extracting(Page::targetText)
			.isEqualTo("p95 ≤ 100 ms");
		assertThat(pages).filteredOn((p) -> p.name().equals("ledger.xlsx"))
			.first()
			.extracting(Page::targetText)
			.isEqualTo("p95 ≤ 500 ms");
	}

}
