package cn.tangshan.minsheng.plan.web;

import cn.tangshan.minsheng.plan.IndicatorKind;
import cn.tangshan.minsheng.plan.PlanCatalog;
import cn.tangshan.minsheng.plan.PlanOverview;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The plan at a glance and each project in full.
 */
@Controller
class ProjectController {

	private final PlanCatalog plans;

	ProjectController(PlanCatalog plans) {
		this.plans = plans;
	}

	@GetMapping("/projects")
	String projects(@RequestParam(required = false) Integer year, Model model) {
		PlanOverview overview = this.plans.shownOverview(year);
		model.addAttribute("years", this.plans.shownYears());
		model.addAttribute("overview", overview);
		model.addAttribute("quantitativeCount", overview.indicatorCount(IndicatorKind.QUANTITATIVE));
		model.addAttribute("milestoneCount", overview.indicatorCount(IndicatorKind.MILESTONE));
		return "plan/projects";
	}

	@GetMapping("/projects/{id}")
	String project(@PathVariable Long id, Model model) {
		model.addAttribute("project", this.plans.project(id).orElseThrow(NotFoundException::new));
		model.addAttribute("plan", this.plans.planOfProject(id).orElseThrow(NotFoundException::new));
		return "plan/project";
	}

	@ResponseStatus(HttpStatus.NOT_FOUND)
	static class NotFoundException extends RuntimeException {

	}

}
