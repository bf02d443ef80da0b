package cn.tangshan.minsheng.reporting.web;

import java.util.Map;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.reporting.AllocationConflictException;
import cn.tangshan.minsheng.reporting.AllocationInput;
import cn.tangshan.minsheng.reporting.AllocationValidationException;
import cn.tangshan.minsheng.reporting.Allocations;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A lead department's task split (任务分解): the grid of its indicators' shares per county
 * and 市本级, saved all at once.
 */
@Controller
@RequestMapping("/allocations")
class AllocationController {

	private static final String VIEW = "reporting/allocations";

	private final Allocations allocations;

	AllocationController(Allocations allocations) {
		this.allocations = allocations;
	}

	@GetMapping
	String grid(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("grid", this.allocations.grid(user));
		return VIEW;
	}

	@PostMapping
	String save(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		AllocationInput input = AllocationInput.fromForm(form);
		try {
			this.allocations.save(user, input);
		}
		catch (AllocationValidationException ex) {
			model.addAttribute("grid", this.allocations.grid(user).typed(input, ex.problems()));
			return VIEW;
		}
		catch (AllocationConflictException ex) {
			model.addAttribute("grid", this.allocations.grid(user).conflicting(input, ex.indicatorIds()));
			return VIEW;
		}
		redirect.addFlashAttribute("message", "allocation.saved");
		return "redirect:/allocations";
	}

}
