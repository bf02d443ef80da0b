package cn.tangshan.minsheng.dashboard.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.dashboard.Breakdown;
import cn.tangshan.minsheng.dashboard.Dashboard;
import cn.tangshan.minsheng.dashboard.Dashboards;
import cn.tangshan.minsheng.dashboard.YearOverYear;
import cn.tangshan.minsheng.org.UnitView;
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

	private static final Logger log = LoggerFactory.getLogger(DashboardController.class);

	private final Dashboards dashboards;

	private final DashboardFormats formats;

	private final PlanCatalog years;

	private final YearOverYear yearOverYear;

	private final Clock clock;

	DashboardController(Dashboards dashboards, DashboardFormats formats, PlanCatalog years, YearOverYear yearOverYear,
			Clock clock) {
		this.dashboards = dashboards;
		this.yearOverYear = yearOverYear;
		this.years = years;
		this.formats = formats;
		this.clock = clock;
	}

	@GetMapping("/dashboard")
	String dashboard(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@RequestParam(required = false) Integer year, Locale locale, Model model) {
		long started = System.nanoTime();
		Dashboard dashboard = this.dashboards.view(user, year, month);
		model.addAttribute("years", this.years.shownYears());
		model.addAttribute("lastYear", this.yearOverYear.sameMonthLastYear(
				dashboard.projects().stream().map(Dashboard.ProjectLine::project).toList(), dashboard.month()));
		log.debug("Dashboard of {} for {} computed in {} µs", dashboard.month(), user.getUsername(),
				(System.nanoTime() - started) / 1000);
		model.addAttribute("d", dashboard);
		// The chart's data for data-* attributes, read by static/js/dashboard.js.
		model.addAttribute("chartLabels", this.formats.months(dashboard.chart().months()));
		model.addAttribute("chartOverall", this.formats.numbers(dashboard.chart().overall()));
		model.addAttribute("chartExpected", this.formats.numbers(dashboard.chart().expected()));
		model.addAttribute("matrixRows", this.formats.matrix(dashboard.matrix(), locale));
		model.addAttribute("heatRows", this.formats.heatMap(dashboard.heatMap(), locale));
		return "dashboard/index";
	}

	@GetMapping("/dashboard/projects/{projectId}")
	String breakdown(@AuthenticationPrincipal CurrentUser user, @PathVariable Long projectId,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		Breakdown breakdown = this.dashboards.breakdown(user, projectId, month);
		model.addAttribute("b", breakdown);
		model.addAttribute("lastYear",
				this.yearOverYear.sameMonthLastYear(List.of(breakdown.project()), breakdown.month()));
		model.addAttribute("pc", this.formats.projectChart(breakdown.chart()));
		return (htmx != null) ? "dashboard/breakdown :: breakdown" : "dashboard/project";
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
