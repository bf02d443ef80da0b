package cn.tangshan.minsheng.account.web;

import cn.tangshan.minsheng.account.AccountException;
import cn.tangshan.minsheng.account.Accounts;
import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.account.PolicyView;
import cn.tangshan.minsheng.account.SecurityPolicies;
import cn.tangshan.minsheng.account.UserNotFoundException;
import cn.tangshan.minsheng.account.UserRow;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The security administrator's pages (三员分立): accounts (enable, disable, unlock, reset
 * password or second factor), role requests to approve or reject, and the password and
 * session policy.
 */
@Controller
@RequestMapping("/security")
class SecurityAdminController {

	private final Accounts accounts;

	private final SecurityPolicies policies;

	SecurityAdminController(Accounts accounts, SecurityPolicies policies) {
		this.accounts = accounts;
		this.policies = policies;
	}

	record ResetPasswordForm(@NotBlank String password) {
	}

	/**
	 * The policy as typed: text, so that a value that is not a number is refused next to
	 * its field (a record with number fields would not be built at all).
	 */
	record PolicyForm(String minPasswordLength, String passwordMaxAgeDays, String passwordHistory, String maxSessions,
			String version) {

		static PolicyForm of(PolicyView policy) {
			return new PolicyForm(String.valueOf(policy.minPasswordLength()),
					String.valueOf(policy.passwordMaxAgeDays()), String.valueOf(policy.passwordHistory()),
					String.valueOf(policy.maxSessions()), String.valueOf(policy.version()));
		}

	}

	/** A whole number, or null with the field's error when it is empty or not one. */
	private static Integer number(String value, String field, BindingResult result) {
		try {
			return Integer.valueOf((value != null) ? value.strip() : "");
		}
		catch (NumberFormatException ex) {
			result.rejectValue(field, "typeMismatch");
			return null;
		}
	}

	@GetMapping("/users")
	String users(Model model) {
		model.addAttribute("users", this.accounts.list());
		model.addAttribute("pending", this.accounts.pendingRequests().size());
		return "security/users";
	}

	@GetMapping("/users/{id}")
	String user(@PathVariable Long id, Model model) {
		model.addAttribute("user", load(id));
		model.addAttribute("passwordForm", new ResetPasswordForm(""));
		return "security/user";
	}

	@PostMapping("/users/{id}/password")
	String resetPassword(@PathVariable Long id, @Valid @ModelAttribute("passwordForm") ResetPasswordForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser security, Model model,
			RedirectAttributes redirect) {
		UserRow user = load(id);
		if (!result.hasErrors()) {
			try {
				this.accounts.resetPassword(id, form.password(), security.id());
			}
			catch (AccountException ex) {
				result.rejectValue("password", ex.code(), ex.args(), null);
			}
		}
		if (result.hasErrors()) {
			model.addAttribute("user", user);
			return "security/user";
		}
		return done(redirect, "user.passwordReset", user);
	}

	@PostMapping("/users/{id}/enabled")
	String setEnabled(@PathVariable Long id, @RequestParam boolean enabled,
			@AuthenticationPrincipal CurrentUser security, RedirectAttributes redirect) {
		UserRow user = load(id);
		try {
			this.accounts.setEnabled(id, enabled, security.id());
			return done(redirect, enabled ? "user.enabled" : "user.disabled", user);
		}
		catch (AccountException ex) {
			redirect.addFlashAttribute("error", ex.code());
			redirect.addFlashAttribute("messageArg", user.username());
			return "redirect:/security/users";
		}
	}

	@PostMapping("/users/{id}/unlock")
	String unlock(@PathVariable Long id, @AuthenticationPrincipal CurrentUser security, RedirectAttributes redirect) {
		UserRow user = load(id);
		this.accounts.unlock(id, security.id());
		return done(redirect, "user.unlocked", user);
	}

	@PostMapping("/users/{id}/totp")
	String resetTotp(@PathVariable Long id, @AuthenticationPrincipal CurrentUser security,
			RedirectAttributes redirect) {
		UserRow user = load(id);
		try {
			this.accounts.resetTotp(id, security.id());
			return done(redirect, "user.totpReset", user);
		}
		catch (AccountException ex) {
			redirect.addFlashAttribute("error", ex.code());
			return "redirect:/security/users";
		}
	}

	@GetMapping("/requests")
	String requests(Model model) {
		model.addAttribute("pending", this.accounts.pendingRequests());
		model.addAttribute("decided", this.accounts.recentDecisions());
		return "security/requests";
	}

	@PostMapping("/requests/{id}/{decision:approve|reject}")
	String decide(@PathVariable Long id, @PathVariable String decision, @RequestParam long version,
			@AuthenticationPrincipal CurrentUser security, RedirectAttributes redirect) {
		boolean approve = decision.equals("approve");
		try {
			this.accounts.decide(id, version, approve, security);
			redirect.addFlashAttribute("message", approve ? "role.request.approved" : "role.request.rejected");
		}
		catch (AccountException ex) {
			redirect.addFlashAttribute("error", ex.code());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", "role.request.conflict");
		}
		return "redirect:/security/requests";
	}

	@GetMapping("/policy")
	String policy(Model model) {
		PolicyView policy = this.policies.current();
		model.addAttribute("policy", policy);
		model.addAttribute("form", PolicyForm.of(policy));
		return "security/policy";
	}

	@PostMapping("/policy")
	String savePolicy(@ModelAttribute("form") PolicyForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser security, Model model, RedirectAttributes redirect) {
		Integer minLength = number(form.minPasswordLength(), "minPasswordLength", result);
		Integer maxAge = number(form.passwordMaxAgeDays(), "passwordMaxAgeDays", result);
		Integer history = number(form.passwordHistory(), "passwordHistory", result);
		Integer sessions = number(form.maxSessions(), "maxSessions", result);
		Long version = parseVersion(form.version());
		if (version == null) {
			result.reject("policy.conflict");
		}
		if (!result.hasErrors()) {
			try {
				this.policies.update(new PolicyView(minLength, maxAge, history, sessions, null, null, version), version,
						security.getUsername());
			}
			catch (AccountException ex) {
				result.rejectValue(ex.field(), ex.code());
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("policy.conflict");
			}
		}
		PolicyView current = this.policies.current();
		if (result.hasErrors()) {
			model.addAttribute("policy", current);
			if (result.hasGlobalErrors()) {
				model.addAttribute("current", current);
			}
			return "security/policy";
		}
		redirect.addFlashAttribute("message", "policy.saved");
		return "redirect:/security/policy";
	}

	private static String done(RedirectAttributes redirect, String message, UserRow user) {
		redirect.addFlashAttribute("message", message);
		redirect.addFlashAttribute("messageArg", user.username());
		return "redirect:/security/users";
	}

	private UserRow load(Long id) {
		return this.accounts.find(id).orElseThrow(() -> new UserNotFoundException(id));
	}

	private static Long parseVersion(String value) {
		try {
			return Long.valueOf((value != null) ? value.strip() : "");
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
