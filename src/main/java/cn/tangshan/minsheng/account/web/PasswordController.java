package cn.tangshan.minsheng.account.web;

import cn.tangshan.minsheng.account.AccountException;
import cn.tangshan.minsheng.account.Accounts;
import cn.tangshan.minsheng.account.CurrentUser;
import jakarta.validation.Valid;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A user changes their own password; after an administrator's reset this page is the only
 * one open to them.
 */
@Controller
@RequestMapping("/account/password")
class PasswordController {

	private final Accounts accounts;

	private final HttpSessionSecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

	PasswordController(Accounts accounts) {
		this.accounts = accounts;
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
				result.rejectValue(ex.field(), ex.code());
			}
		}
		if (result.hasErrors()) {
			return "account/password";
		}
		refreshPrincipal(user, request, response);
		redirect.addFlashAttribute("message", "password.changed");
		return "redirect:/";
	}

	/**
	 * The session keeps the principal from the login; replace it so the user is no longer
	 * sent back here.
	 */
	private void refreshPrincipal(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
		CurrentUser updated = user.withPasswordChanged();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.contextRepository.saveContext(context, request, response);
	}

}
