package cn.tangshan.minsheng.plan.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.tangshan.minsheng.org.UnitType;
import cn.tangshan.minsheng.org.Units;
import cn.tangshan.minsheng.plan.PlanCatalog;
import cn.tangshan.minsheng.plan.ProjectView;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Departments with the projects each leads, and the county-level units.
 */
@Controller
class UnitController {

	private final Units units;

	private final PlanCatalog plans;

	UnitController(Units units, PlanCatalog plans) {
		this.units = units;
		this.plans = plans;
	}

	@GetMapping("/units")
	String units(Model model) {
		List<ProjectView> projects = this.plans.currentOverview().map((o) -> o.projects()).orElse(List.of());
		Map<Long, List<ProjectView>> ledBy = projects.stream()
			.flatMap((p) -> p.leads().stream().map((u) -> Map.entry(u.id(), p)))
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		model.addAttribute("departments", this.units.ofType(UnitType.DEPARTMENT));
		model.addAttribute("counties", this.units.ofType(UnitType.COUNTY));
		model.addAttribute("ledBy", ledBy);
		model.addAttribute("coordinatorId", this.plans.currentPlan().map((p) -> p.coordinatorUnitId()).orElse(null));
		return "plan/units";
	}

}
