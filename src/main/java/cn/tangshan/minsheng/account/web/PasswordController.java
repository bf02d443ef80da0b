package cn.tangshan.minsheng.account.web;

import cn.tangshan.minsheng.account.AccountException;
import cn.tangshan.minsheng.account.Accounts;
import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.account.SecurityPolicies;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A user changes their own password; after a reset by the security administrator, or when
 * the password is older than the policy allows, this page is the only one open to them.
 */
@Controller
@RequestMapping("/account/password")
class PasswordController {

	private final Accounts accounts;

	private final SecurityPolicies policies;

	PasswordController(Accounts accounts, SecurityPolicies policies) {
		this.accounts = accounts;
		this.policies = policies;
	}

	@ModelAttribute
	void policy(Model model) {
		model.addAttribute("policy", this.policies.current());
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", PasswordChangeForm.empty());
		return "account/password";
	}

	@PostMapping
	String change(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") PasswordChangeForm form,
			BindingResult result, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("confirmPassword") && !form.confirmed()) {
			result.rejectValue("confirmPassword", "password.confirm.mismatch");
		}
		if (!result.hasErrors()) {
			try {
				this.accounts.changeOwnPassword(user.id(), form.currentPassword(), form.newPassword());
			}
			catch (AccountException ex) {
				result.rejectValue(ex.field(), ex.code(), ex.args(), null);
			}
		}
		if (result.hasErrors()) {
			return "account/password";
		}
		Principals.replace(user.withPasswordChanged(), request, response);
		redirect.addFlashAttribute("message", "password.changed");
		return "redirect:/";
	}

}
