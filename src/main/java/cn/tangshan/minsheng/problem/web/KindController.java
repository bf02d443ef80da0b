package cn.tangshan.minsheng.problem.web;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.problem.ProblemKinds;
import cn.tangshan.minsheng.problem.ProblemValidationException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinator's list of kinds of problem: add, rename, retire, restore. */
@Controller
class KindController {

	private final ProblemKinds kinds;

	KindController(ProblemKinds kinds) {
		this.kinds = kinds;
	}

	@GetMapping("/problems/kinds")
	String kinds(@AuthenticationPrincipal CurrentUser user, Model model) {
		requireCoordinator(user);
		model.addAttribute("form", new KindForm(null));
		return page(model);
	}

	@PostMapping("/problems/kinds")
	String add(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") KindForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		try {
			this.kinds.add(user, form.name());
		}
		catch (ProblemValidationException ex) {
			result.rejectValue("name", ex.code(), (ex.argument() != null) ? new Object[] { ex.argument() } : null,
					null);
			return page(model);
		}
		redirect.addFlashAttribute("message", "problem.kinds.saved");
		return "redirect:/problems/kinds";
	}

	@PostMapping("/problems/kinds/{id}")
	String rename(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam String name,
			RedirectAttributes redirect) {
		try {
			this.kinds.rename(user, id, name);
			redirect.addFlashAttribute("message", "problem.kinds.saved");
		}
		catch (ProblemValidationException ex) {
			redirect.addFlashAttribute("error", "problem.kinds.invalid");
			redirect.addFlashAttribute("messageArg", name);
		}
		return "redirect:/problems/kinds";
	}

	@PostMapping("/problems/kinds/{id}/active")
	String active(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam boolean active,
			RedirectAttributes redirect) {
		this.kinds.setActive(user, id, active);
		redirect.addFlashAttribute("message", "problem.kinds.saved");
		return "redirect:/problems/kinds";
	}

	private String page(Model model) {
		model.addAttribute("kinds", this.kinds.all());
		return "problem/kinds";
	}

	private static void requireCoordinator(CurrentUser user) {
		if (!user.is(cn.tangshan.minsheng.account.Role.COORDINATOR)) {
			throw new AccessDeniedException("Only the coordinator edits the kinds of problem");
		}
	}

}
