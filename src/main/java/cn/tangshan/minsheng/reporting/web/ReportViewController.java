package cn.tangshan.minsheng.reporting.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.audit.AuditLog;
import cn.tangshan.minsheng.audit.AuditView;
import cn.tangshan.minsheng.reporting.ReportConflictException;
import cn.tangshan.minsheng.reporting.ReportValidationException;
import cn.tangshan.minsheng.reporting.ReviewItem;
import cn.tangshan.minsheng.reporting.Reviews;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One report read in full, with the history of every cell and every state change; the
 * coordinator reopens an approved report from here.
 */
@Controller
class ReportViewController {

	private final Reviews reviews;

	private final AuditLog audit;

	private final Problems problems;

	ReportViewController(Reviews reviews, AuditLog audit, Problems problems) {
		this.reviews = reviews;
		this.audit = audit;
		this.problems = problems;
	}

	@GetMapping("/reports/view/{reportId}")
	String view(@AuthenticationPrincipal CurrentUser user, @PathVariable Long reportId, Model model) {
		ReviewItem item = this.reviews.item(user, reportId);
		List<AuditView> history = this.audit.forReport(reportId);
		Map<Long, List<AuditView>> byIndicator = history.stream()
			.filter((h) -> h.indicatorId() != null)
			.collect(Collectors.groupingBy(AuditView::indicatorId));
		model.addAttribute("item", item);
		model.addAttribute("history", history);
		model.addAttribute("cellHistory", byIndicator);
		model.addAttribute("indicatorNames",
				item.rows().stream().collect(Collectors.toMap((r) -> r.indicator().id(), (r) -> r.indicator().name())));
		model.addAttribute("canReview", this.reviews.canReview(user, reportId));
		model.addAttribute("errors", Map.of());
		return "reporting/report";
	}

	@PostMapping("/reports/view/{reportId}/reopen")
	String reopen(@AuthenticationPrincipal CurrentUser user, @PathVariable Long reportId, @RequestParam long version,
			@RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
		try {
			this.reviews.reopen(user, reportId, version, reason);
			redirect.addFlashAttribute("message", "review.reopened");
		}
		catch (ReportValidationException ex) {
			view(user, reportId, model);
			model.addAttribute("errors", this.problems.texts(ex.problems()));
			return "reporting/report";
		}
		catch (ReportConflictException ex) {
			redirect.addFlashAttribute("error", ex.code());
		}
		return "redirect:/reports/view/" + reportId;
	}

}
