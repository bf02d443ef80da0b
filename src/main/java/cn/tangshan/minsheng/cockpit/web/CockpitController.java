package cn.tangshan.minsheng.cockpit.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.cockpit.Cockpit;
import cn.tangshan.minsheng.cockpit.Cockpits;
import cn.tangshan.minsheng.dashboard.Dashboard;
import cn.tangshan.minsheng.document.FragmentRenderer;
import cn.tangshan.minsheng.document.RenderedFragments;
import cn.tangshan.minsheng.plan.PlanCatalog;
import cn.tangshan.minsheng.system.Formats;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 驾驶舱: the leaders' and the coordinator's landing page, and its projector mode
 * ({@code ?screen=1}: dark, large type, no navigation, reloads itself every five minutes
 * by htmx polling, or by a {@code noscript} refresh). Counties and departments get the
 * 403 page ({@link Cockpits#view}).
 */
@Controller
class CockpitController {

	/** The projector mode reloads itself this often, in seconds. */
	static final int REFRESH_SECONDS = 300;

	/** Maps kept rendered: a few months, the ranking and each project, two viewers. */
	static final int MAPS_KEPT = 128;

	private final Cockpits cockpits;

	private final PlanCatalog plans;

	private final Clock clock;

	private final Formats formats;

	private final MessageSource messages;

	private final RenderedFragments maps;

	CockpitController(Cockpits cockpits, PlanCatalog plans, Clock clock, Formats formats, MessageSource messages,
			FragmentRenderer renderer) {
		this.maps = renderer.cache(MAPS_KEPT);
		this.cockpits = cockpits;
		this.plans = plans;
		this.clock = clock;
		this.formats = formats;
		this.messages = messages;
	}

	@GetMapping("/cockpit")
	String cockpit(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String project,
			@RequestParam(required = false) String screen, Locale locale, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Cockpit cockpit = this.cockpits.view(user, year, month, id(project), locale);
		boolean projector = "1".equals(screen) || "true".equals(screen);
		model.addAttribute("c", cockpit);
		// The map of 200 counties was most of the page's time (issue #14): a TileMap is a
		// record of records, so an equal one is the same markup.
		model.addAttribute("mapHtml", this.maps.render("fragments/tilemap", "map", Map.of("map", cockpit.map()),
				List.of(), List.of(cockpit.map()), locale, request, response));
		model.addAttribute("d", cockpit.dashboard());
		model.addAttribute("years", this.plans.shownYears());
		model.addAttribute("screen", projector);
		model.addAttribute("refreshSeconds", REFRESH_SECONDS);
		model.addAttribute("updatedAt", Instant.now(this.clock));
		// Texts with formatted figures for attributes and the layout's title, where
		// Thymeleaf's restricted mode allows no bean calls.
		Dashboard d = cockpit.dashboard();
		String monthName = this.formats.month(d.month());
		model.addAttribute("monthName", monthName);
		model.addAttribute("pageTitle", this.messages.getMessage(projector ? "cockpit.screen.title" : "cockpit.heading",
				new Object[] { monthName }, locale));
		model.addAttribute("trendLabel", this.messages.getMessage("cockpit.trend.label",
				new Object[] { this.formats.month(d.chart().months().get(0)), monthName,
						percent(cockpit.trend().first()), percent(d.overallPercent()), percent(d.expectedPercent()) },
				locale));
		String query = "month=" + cockpit.dashboard().month()
				+ ((cockpit.mapProject() != null) ? "&project=" + cockpit.mapProject() : "");
		model.addAttribute("screenHref", "/cockpit?screen=1&" + query);
		model.addAttribute("exitHref", "/cockpit?" + query);
		model.addAttribute("selfHref", "/cockpit?screen=1&" + query);
		return projector ? "cockpit/screen" : "cockpit/index";
	}

	private static String percent(BigDecimal percent) {
		return (percent != null) ? percent.toPlainString() + "%" : "—";
	}

	/** A project id as sent; anything else colours the map by the ranking score. */
	private static Long id(String project) {
		if (project == null || project.isBlank() || project.length() > 18
				|| !project.chars().allMatch((ch) -> ch >= '0' && ch <= '9')) {
			return null;
		}
		return Long.valueOf(project);
	}

}
