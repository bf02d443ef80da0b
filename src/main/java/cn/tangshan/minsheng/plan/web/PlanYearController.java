package cn.tangshan.minsheng.plan.web;

import java.security.Principal;

import cn.tangshan.minsheng.plan.IndicatorKind;
import cn.tangshan.minsheng.plan.PlanCatalog;
import cn.tangshan.minsheng.plan.PlanOverview;
import cn.tangshan.minsheng.plan.PlanStartConflictException;
import cn.tangshan.minsheng.plan.PlanSummary;
import cn.tangshan.minsheng.plan.PlanYears;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 启动: the coordinator starts a draft plan year (the year in force is archived). The role
 * check is the security configuration's ({@code /admin/plans/**}: COORDINATOR, ADMIN).
 */
@Controller
class PlanYearController {

	private final PlanCatalog plans;

	private final PlanYears years;

	PlanYearController(PlanCatalog plans, PlanYears years) {
		this.plans = plans;
		this.years = years;
	}

	@GetMapping("/admin/plans/{id}/start")
	String confirm(@PathVariable Long id, Model model) {
		PlanSummary plan = find(id);
		PlanOverview overview = this.plans.overview(plan.year()).orElseThrow(ProjectController.NotFoundException::new);
		model.addAttribute("plan", plan);
		model.addAttribute("projectCount", overview.projects().size());
		model.addAttribute("quantitativeCount", overview.indicatorCount(IndicatorKind.QUANTITATIVE));
		model.addAttribute("current", this.plans.currentPlan().orElse(null));
		return "planyear/start";
	}

	@PostMapping("/admin/plans/{id}/start")
	String start(@PathVariable Long id, @RequestParam(defaultValue = "false") boolean copyAllocations,
			@AuthenticationPrincipal(expression = "id") Long userId, Principal principal, Model model,
			RedirectAttributes redirect) {
		find(id);
		try {
			PlanSummary started = this.years.start(id, copyAllocations, userId, principal.getName());
			redirect.addFlashAttribute("message", "planYear.started");
			redirect.addFlashAttribute("messageArg", started.year());
			return "redirect:/projects";
		}
		catch (PlanStartConflictException ex) {
			model.addAttribute("conflict", "planYear.conflict");
			return confirm(id, model);
		}
	}

	private PlanSummary find(Long id) {
		return this.plans.plans()
			.stream()
			.filter((p) -> p.id().equals(id))
			.findFirst()
			.orElseThrow(ProjectController.NotFoundException::new);
	}

}
