package cn.tangshan.minsheng.dashboard.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.dashboard.Breakdown;
import cn.tangshan.minsheng.dashboard.Dashboard;
import cn.tangshan.minsheng.dashboard.Dashboards;
import cn.tangshan.minsheng.dashboard.YearOverYear;
import cn.tangshan.minsheng.document.FragmentRenderer;
import cn.tangshan.minsheng.document.RenderedFragments;
import cn.tangshan.minsheng.org.UnitView;
import cn.tangshan.minsheng.progress.CompletionRate;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import cn.tangshan.minsheng.plan.PlanCatalog;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 调度总览: the month's dashboard, a project's breakdown by unit (a page, or a fragment for
 * htmx), and the coordinator's one-click reminder.
 */
@Controller
class DashboardController {

	/**
	 * Dashboards' and breakdowns' sections kept rendered (a few per viewer and month).
	 */
	static final int DASHBOARD_FRAGMENTS = 256;

	private static final Logger log = LoggerFactory.getLogger(DashboardController.class);

	private final Dashboards dashboards;

	private final DashboardFormats formats;

	private final PlanCatalog years;

	private final YearOverYear yearOverYear;

	private final Clock clock;

	private final RenderedFragments fragments;

	DashboardController(Dashboards dashboards, DashboardFormats formats, PlanCatalog years, YearOverYear yearOverYear,
			Clock clock, FragmentRenderer renderer) {
		this.fragments = renderer.cache(DASHBOARD_FRAGMENTS);
		this.dashboards = dashboards;
		this.yearOverYear = yearOverYear;
		this.years = years;
		this.formats = formats;
		this.clock = clock;
	}

	/**
	 * Long tables (a province's 200 counties) are shown in parts of this many rows: the
	 * ranking's top and bottom with the middle on demand, the matrix and the heat map by
	 * pages. Tangshan's 18 counties are always shown whole.
	 */
	static final int PAGE_ROWS = 20;

	/**
	 * Tables up to this many rows are shown whole: Tangshan's 18 counties and 17
	 * departments never see a page.
	 */
	static final int WHOLE_UP_TO = 40;

	/** The ranking's rows shown at each end when it is collapsed. */
	static final int RANKING_ENDS = 10;

	@GetMapping("/dashboard")
	String dashboard(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@RequestParam(required = false) Integer year,
			@RequestParam(name = "ranking", required = false) String rankingShown,
			@RequestParam(name = "matrixPage", required = false) String matrixPage,
			@RequestParam(name = "heatPage", required = false) String heatPage, Locale locale, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		long started = System.nanoTime();
		Dashboard dashboard = this.dashboards.view(user, year, month);
		model.addAttribute("years", this.years.shownYears());
		Map<Long, CompletionRate> lastYear = this.yearOverYear.sameMonthLastYear(
				dashboard.projects().stream().map(Dashboard.ProjectLine::project).toList(), dashboard.month());
		model.addAttribute("lastYear", lastYear);
		log.debug("Dashboard of {} for {} computed in {} µs", dashboard.month(), user.getUsername(),
				(System.nanoTime() - started) / 1000);
		model.addAttribute("d", dashboard);
		// The chart's data for data-* attributes, read by static/js/dashboard.js.
		model.addAttribute("chartLabels", this.formats.months(dashboard.chart().months()));
		model.addAttribute("chartOverall", this.formats.numbers(dashboard.chart().overall()));
		model.addAttribute("chartExpected", this.formats.numbers(dashboard.chart().expected()));
		boolean all = "all".equals(rankingShown);
		int ranked = dashboard.ranking().ranked().size();
		Map<String, Object> sections = new HashMap<>();
		sections.put("d", dashboard);
		sections.put("lastYear", lastYear);
		sections.put("rankingRows", rankingRows(dashboard.ranking(), all));
		sections.put("rankingHidden", collapsed(ranked, rankingShown) ? ranked - 2 * RANKING_ENDS : 0);
		model.addAttribute("projectRowsHtml", this.fragments.render("dashboard/sections", "projectRows", sections,
				List.of(dashboard, lastYear), List.of(), locale, request, response));
		model.addAttribute("rankingRowsHtml", this.fragments.render("dashboard/sections", "rankingRows", sections,
				List.of(dashboard), List.of(all), locale, request, response));
		Page matrix = Page.of(dashboard.matrix().rows().size(), matrixPage);
		model.addAttribute("matrixPager", matrix);
		model.addAttribute("matrixRows", this.formats.matrix(new Dashboard.Matrix(dashboard.matrix().months(),
				dashboard.matrix().rows().subList(matrix.from(), matrix.to())), locale));
		Page heat = Page.of(dashboard.heatMap().rows().size(), heatPage);
		model.addAttribute("heatPager", heat);
		model.addAttribute("heatRows", this.formats.heatMap(new Dashboard.HeatMap(dashboard.heatMap().projects(),
				dashboard.heatMap().rows().subList(heat.from(), heat.to())), locale));
		return "dashboard/index";
	}

	private static boolean collapsed(int ranked, String rankingShown) {
		return ranked > WHOLE_UP_TO && !"all".equals(rankingShown);
	}

	/**
	 * The ranking's rows shown: all of them, or, above {@link #WHOLE_UP_TO}, the top and
	 * the bottom {@link #RANKING_ENDS} with {@code null} where the middle is left out.
	 */
	static List<Dashboard.RankLine> rankingRows(Dashboard.Ranking ranking, boolean all) {
		List<Dashboard.RankLine> ranked = ranking.ranked();
		if (all || ranked.size() <= WHOLE_UP_TO) {
			return ranked;
		}
		List<Dashboard.RankLine> shown = new java.util.ArrayList<>(ranked.subList(0, RANKING_ENDS));
		shown.add(null);
		shown.addAll(ranked.subList(ranked.size() - RANKING_ENDS, ranked.size()));
		return shown;
	}

	/**
	 * A page of a long table's rows: the whole table up to {@link #WHOLE_UP_TO} rows. A
	 * page number that is not one (or out of range) shows the nearest page.
	 *
	 * @param number 1-based
	 */
	record Page(int number, int pages, int from, int to) {

		static Page of(int rows, String requested) {
			if (rows <= WHOLE_UP_TO) {
				return new Page(1, 1, 0, rows);
			}
			int pages = (rows + PAGE_ROWS - 1) / PAGE_ROWS;
			int number = 1;
			if (requested != null && requested.strip().matches("\\d{1,6}")) {
				number = Math.min(Math.max(1, Integer.parseInt(requested.strip())), pages);
			}
			int from = (number - 1) * PAGE_ROWS;
			return new Page(number, pages, from, Math.min(rows, from + PAGE_ROWS));
		}

		public boolean paged() {
			return this.pages > 1;
		}

	}

	@GetMapping("/dashboard/projects/{projectId}")
	String breakdown(@AuthenticationPrincipal CurrentUser user, @PathVariable Long projectId,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		Breakdown breakdown = this.dashboards.breakdown(user, projectId, month);
		Map<Long, CompletionRate> lastYear = this.yearOverYear.sameMonthLastYear(List.of(breakdown.project()),
				breakdown.month());
		Map<String, Object> fragment = new HashMap<>();
		fragment.put("b", breakdown);
		fragment.put("lastYear", lastYear);
		fragment.put("pc", this.formats.projectChart(breakdown.chart()));
		model.addAllAttributes(fragment);
		model.addAttribute("breakdownHtml", this.fragments.render("dashboard/breakdown", "breakdown", fragment,
				List.of(breakdown, lastYear), List.of(), locale, request, response));
		return (htmx != null) ? "dashboard/rendered" : "dashboard/project";
	}

	/**
	 * A project's breakdown as an official print (GB/T 9704 layout, print.css), for the
	 * browser's print dialog.
	 */
	@GetMapping("/dashboard/projects/{projectId}/print")
	String print(@AuthenticationPrincipal CurrentUser user, @PathVariable Long projectId,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Model model) {
		model.addAttribute("b", this.dashboards.breakdown(user, projectId, month));
		model.addAttribute("maker", user.unitName());
		model.addAttribute("printedOn", LocalDate.now(this.clock));
		return "dashboard/print";
	}

	@PostMapping("/dashboard/reminders")
	String remind(@AuthenticationPrincipal CurrentUser user,
			@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, RedirectAttributes redirect) {
		List<UnitView> reminded = this.dashboards.remind(user, month);
		redirect.addFlashAttribute("message", reminded.isEmpty() ? "dashboard.reminded.none" : "dashboard.reminded");
		redirect.addFlashAttribute("messageArg", reminded.size());
		return "redirect:/dashboard?month=" + month + "#matrix";
	}

}
