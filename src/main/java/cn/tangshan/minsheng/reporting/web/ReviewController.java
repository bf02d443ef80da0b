package cn.tangshan.minsheng.reporting.web;

import java.util.Map;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.account.Role;
import cn.tangshan.minsheng.reporting.ReportConflictException;
import cn.tangshan.minsheng.reporting.ReportValidationException;
import cn.tangshan.minsheng.reporting.Reviews;

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

	ReviewController(Reviews reviews, Problems problems) {
		this.reviews = reviews;
		this.problems = problems;
	}

	@GetMapping("/reviews")
	String pending(@AuthenticationPrincipal CurrentUser user, Model model) {
		requireReviewer(user);
		model.addAttribute("items", this.reviews.pending(user));
		model.addAttribute("errors", Map.of());
		return "reporting/reviews";
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
			@RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
		requireReviewer(user);
		try {
			this.reviews.giveBack(user, reportId, version, reason);
			redirect.addFlashAttribute("message", "review.returned");
		}
		catch (ReportValidationException ex) {
			model.addAttribute("items", this.reviews.pending(user));
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
