package cn.tangshan.minsheng.bench;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Which pages the benchmark loads with 8 and 32 users (the static file always first, the
 * reference of every ratio) and the ratio of a page's throughput to the static file's.
 */
class LoadPagesTests {

	private static final String FILE = """
			dashboard,coordinator,/dashboard,50,8,150,0.10,y,
			ledger,coordinator,/ledger,50,,,,,
			static,anonymous,/css/portal.css,,,,,,
			reports,county,/reports,50,,,,y,
			""";

	private final List<Page> pages = Page.parse(FILE, Map.of());

	@Test
	void loadTakesThePagesMarkedSoWithTheStaticFileFirstEvenWhenNotMarkedOrListedFirst() {
		assertThat(Measurement.loadPages(this.pages, "load")).extracting(Page::name)
			.containsExactly("static", "dashboard", "reports");
	}

	@Test
	void allTakesEveryPageAndANamedListOnlyThoseWithTheStaticFile() {
		assertThat(Measurement.loadPages(this.pages, "all")).extracting(Page::name)
			.containsExactly("static", "dashboard", "ledger", "reports");
		assertThat(Measurement.loadPages(this.pages, "ledger, dashboard")).extracting(Page::name)
			.containsExactly("static", "dashboard", "ledger");
		assertThat(Measurement.loadPages(this.pages, "static")).extracting(Page::name).containsExactly("static");
	}

	@Test
	void theShippedListLoadsEveryPage() throws Exception {
		List<Page> shipped = Page.load("classpath:bench/pages.csv",
				Map.of("month", "2024-06", "bulletin", "2", "project", "1"));
		assertThat(shipped).allMatch(Page::load);
		assertThat(Measurement.loadPages(shipped, "load")).hasSameSizeAs(shipped)
			.first()
			.extracting(Page::name)
			.isEqualTo(Page.STATIC);
	}

	@Test
	void ratioIsThePagesRequestsPerSecondOverTheStaticFilesAtTheSameLevel() {
		Samples statik = timed(1200, 4);
		Samples dashboard = timed(144, 4);
		assertThat(Measurement.ratio(dashboard, statik)).isCloseTo(0.12, within(1e-9));
		assertThat(Measurement.ratio(dashboard, null)).isNaN();
		assertThat(Measurement.ratio(dashboard, timed(0, 4))).isNaN();
	}

	private static Samples timed(int perSecond, int seconds) {
		Samples s = new Samples();
		for (int i = 0; i < perSecond * seconds; i++) {
			s.add(1_000_000L);
		}
		s.elapsed(seconds * 1_000_000_000L);
		return s;
	}

}
