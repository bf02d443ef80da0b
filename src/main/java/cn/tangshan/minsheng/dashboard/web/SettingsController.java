package cn.tangshan.minsheng.dashboard.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.account.Role;
import cn.tangshan.minsheng.dashboard.DashboardNotFoundException;
import cn.tangshan.minsheng.dashboard.PlanProgressSettings;
import cn.tangshan.minsheng.dashboard.SettingsConflictException;
import cn.tangshan.minsheng.plan.PlanCatalog;
import cn.tangshan.minsheng.plan.PlanSummary;
import cn.tangshan.minsheng.plan.PlanYears;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator sets the plan's expected-progress schedule and status thresholds.
 */
@Controller
class SettingsController {

	private final PlanProgressSettings settings;

	private final PlanCatalog plans;

	private final MessageSource messages;

	private final PlanYears years;

	SettingsController(PlanProgressSettings settings, PlanCatalog plans, MessageSource messages, PlanYears years) {
		this.settings = settings;
		this.plans = plans;
		this.messages = messages;
		this.years = years;
	}

	@GetMapping("/dashboard/settings")
	String form(@AuthenticationPrincipal CurrentUser user, @RequestParam(name = "plan", required = false) Long draftId,
			Model model) {
		requireCoordinator(user);
		PlanSummary plan = plan(draftId);
		model.addAttribute("plan", plan);
		model.addAttribute("form", SettingsForm.of(this.settings.of(plan.id())));
		model.addAttribute("version", this.settings.version(plan.id()));
		model.addAttribute("errors", Map.of());
		return "dashboard/settings";
	}

	@PostMapping("/dashboard/settings")
	String save(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "expected", required = false) List<String> expected,
			@RequestParam(defaultValue = "") String green, @RequestParam(defaultValue = "") String red,
			@RequestParam(defaultValue = "0") long version, @RequestParam(name = "plan", required = false) Long draftId,
			Model model, RedirectAttributes redirect) {
		requireCoordinator(user);
		PlanSummary plan = plan(draftId);
		SettingsForm form = new SettingsForm((expected != null) ? expected : List.of(), green, red);
		SettingsForm.Result result = form.parse();
		if (!result.problems().isEmpty()) {
			Map<String, String> errors = new LinkedHashMap<>();
			result.problems()
				.forEach((field, key) -> errors.put(field,
						this.messages.getMessage(key, null, LocaleContextHolder.getLocale())));
			model.addAttribute("plan", plan);
			model.addAttribute("form", form);
			model.addAttribute("version", version);
			model.addAttribute("errors", errors);
			model.addAttribute("error", "dashboard.settings.invalid");
			return "dashboard/settings";
		}
		try {
			this.settings.save(plan.id(), result.settings(), user.id(), version);
		}
		catch (SettingsConflictException ex) {
			// The input stays; the form now carries the newer version, so saving again
			// (after a look at the current settings) replaces them deliberately.
			model.addAttribute("plan", plan);
			model.addAttribute("form", form);
			model.addAttribute("version", this.settings.version(plan.id()));
			model.addAttribute("current", SettingsForm.of(this.settings.of(plan.id())));
			model.addAttribute("errors", Map.of());
			model.addAttribute("error", "dashboard.settings.conflict");
			return "dashboard/settings";
		}
		redirect.addFlashAttribute("message", "dashboard.settings.saved");
		return (draftId != null) ? "redirect:/dashboard/settings?plan=" + draftId : "redirect:/dashboard/settings";
	}

	/**
	 * The current plan, or a draft year being set up before it starts (issue #11).
	 */
	private PlanSummary plan(Long draftId) {
		if (draftId != null) {
			return this.years.draft(draftId).orElseThrow(() -> new DashboardNotFoundException("No such draft"));
		}
		return this.plans.currentPlan().orElseThrow(() -> new DashboardNotFoundException("No plan"));
	}

	private static void requireCoordinator(CurrentUser user) {
		if (!user.is(Role.COORDINATOR)) {
			throw new AccessDeniedException("Only the coordinator changes the progress settings");
		}
	}

}
