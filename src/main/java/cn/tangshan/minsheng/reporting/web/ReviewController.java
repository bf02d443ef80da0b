package cn.tangshan.minsheng.reporting.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.account.Role;
import cn.tangshan.minsheng.reporting.ReportConflictException;
import cn.tangshan.minsheng.reporting.ReportValidationException;
import cn.tangshan.minsheng.reporting.ReviewFilter;
import cn.tangshan.minsheng.reporting.ReviewQueue;
import cn.tangshan.minsheng.reporting.Reviews;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reviewer's queue: approve a submitted report, or return it with a reason.
 */
@Controller
class ReviewController {

	private final Reviews reviews;

	private final Problems problems;

	private final ReviewCards cards;

	ReviewController(Reviews reviews, Problems problems, ReviewCards cards) {
		this.reviews = reviews;
		this.problems = problems;
		this.cards = cards;
	}

	/**
	 * The queue by pages, filtered by project, unit and state (bookmarkable GET
	 * parameters). A value that is not one (a project that is not a number, a state not
	 * offered) is ignored with a message, never an error page.
	 */
	@GetMapping("/reviews")
	String pending(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String project,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String state,
			@RequestParam(required = false) String page, Locale locale, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		requireReviewer(user);
		ReviewQueue queue = show(user, project, unit, state, page, model);
		model.addAttribute("cards", this.cards.of(queue.items(), null, locale, request, response));
		model.addAttribute("errors", Map.of());
		return "reporting/reviews";
	}

	private ReviewQueue show(CurrentUser user, String project, String unit, String state, String page, Model model) {
		List<String> ignored = new ArrayList<>();
		Long projectId = id(project, "project", ignored);
		Long unitId = id(unit, "unit", ignored);
		Boolean late = null;
		String stateShown = "";
		if (state != null && !state.isBlank()) {
			switch (state.strip()) {
				case "late" -> late = Boolean.TRUE;
				case "onTime" -> late = Boolean.FALSE;
				default -> ignored.add("state");
			}
			stateShown = (late != null) ? state.strip() : "";
		}
		Long pageNumber = id(page, "page", new ArrayList<>());
		ReviewQueue queue = this.reviews.queue(user, new ReviewFilter(projectId, unitId, late),
				(pageNumber != null && pageNumber < Integer.MAX_VALUE) ? pageNumber.intValue() : 1);
		ignored.addAll(queue.ignored());
		model.addAttribute("queue", queue);
		model.addAttribute("items", queue.items());
		model.addAttribute("stateShown", stateShown);
		model.addAttribute("filterIgnored", !ignored.isEmpty());
		// The pages' links keep the filter: /reviews?project=…&page=
		var base = org.springframework.web.util.UriComponentsBuilder.fromPath("/reviews");
		if (queue.filter().projectId() != null) {
			base.queryParam("project", queue.filter().projectId());
		}
		if (queue.filter().unitId() != null) {
			base.queryParam("unit", queue.filter().unitId());
		}
		if (!stateShown.isEmpty()) {
			base.queryParam("state", stateShown);
		}
		model.addAttribute("pagerBase", base.queryParam("page", "").build().toUriString());
		return queue;
	}

	private static Long id(String value, String field, List<String> ignored) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String digits = value.strip();
		if (!digits.matches("\\d{1,18}")) {
			ignored.add(field);
			return null;
		}
		return Long.valueOf(digits);
	}

	@PostMapping("/reviews/{reportId}/approve")
	String approve(@AuthenticationPrincipal CurrentUser user, @PathVariable Long reportId, @RequestParam long version,
			RedirectAttributes redirect) {
		requireReviewer(user);
		try {
			this.reviews.approve(user, reportId, version);
			redirect.addFlashAttribute("message", "review.approved");
		}
		catch (ReportConflictException ex) {
			redirect.addFlashAttribute("error", ex.code());
		}
		return "redirect:/reviews";
	}

	@PostMapping("/reviews/{reportId}/return")
	String giveBack(@AuthenticationPrincipal CurrentUser user, @PathVariable Long reportId, @RequestParam long version,
			@RequestParam(defaultValue = "") String reason, Locale locale, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		requireReviewer(user);
		try {
			this.reviews.giveBack(user, reportId, version, reason);
			redirect.addFlashAttribute("message", "review.returned");
		}
		catch (ReportValidationException ex) {
			ReviewQueue queue = show(user, null, null, null, null, model);
			model.addAttribute("cards", this.cards.of(queue.items(), reportId, locale, request, response));
			model.addAttribute("errors", Map.of(reportId, this.problems.text(ex.problems().get("reason"))));
			model.addAttribute("typedReason", reason);
			return "reporting/reviews";
		}
		catch (ReportConflictException ex) {
			redirect.addFlashAttribute("error", ex.code());
		}
		return "redirect:/reviews";
	}

	private static void requireReviewer(CurrentUser user) {
		if (!(user.is(Role.DEPARTMENT) || user.is(Role.COORDINATOR))) {
			throw new AccessDeniedException("Only departments and the coordinator review reports");
		}
	}

}
