package cn.tangshan.minsheng.account.web;

import java.util.Arrays;

import cn.tangshan.minsheng.account.AccountException;
import cn.tangshan.minsheng.account.Accounts;
import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.account.Role;
import cn.tangshan.minsheng.account.UserNotFoundException;
import cn.tangshan.minsheng.account.UserRow;
import cn.tangshan.minsheng.org.UnitType;
import cn.tangshan.minsheng.org.Units;
import jakarta.validation.Valid;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's account management: list, create, assign unit and role, disable and
 * enable, reset a password.
 */
@Controller
@RequestMapping("/admin/users")
class AdminUserController {

	private final Accounts accounts;

	private final Units units;

	AdminUserController(Accounts accounts, Units units) {
		this.accounts = accounts;
		this.units = units;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("roles", Arrays.asList(Role.values()));
		model.addAttribute("departments", this.units.ofType(UnitType.DEPARTMENT));
		model.addAttribute("counties", this.units.ofType(UnitType.COUNTY));
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", this.accounts.list());
		return "admin/users";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", NewUserForm.empty());
		return "admin/user-new";
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") NewUserForm form, BindingResult result, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.accounts.create(form.username(), form.displayName().strip(), form.role(), form.unitId(),
						form.password());
			}
			catch (AccountException ex) {
				result.rejectValue(ex.field(), ex.code());
			}
		}
		if (result.hasErrors()) {
			return "admin/user-new";
		}
		redirect.addFlashAttribute("message", "user.created");
		redirect.addFlashAttribute("messageArg", form.username());
		return "redirect:/admin/users";
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable Long id, Model model) {
		UserRow user = load(id);
		model.addAttribute("user", user);
		model.addAttribute("form", EditUserForm.of(user));
		model.addAttribute("passwordForm", new ResetPasswordForm(""));
		return "admin/user-edit";
	}

	@PostMapping("/{id}")
	String assign(@PathVariable Long id, @Valid @ModelAttribute("form") EditUserForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		UserRow user = load(id);
		if (!result.hasErrors()) {
			try {
				this.accounts.assign(id, form.version(), form.displayName().strip(), form.role(), form.unitId());
			}
			catch (AccountException ex) {
				result.rejectValue(ex.field(), ex.code());
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("user.conflict");
				user = load(id);
				model.addAttribute("current", user);
			}
		}
		if (result.hasErrors()) {
			model.addAttribute("user", user);
			model.addAttribute("passwordForm", new ResetPasswordForm(""));
			return "admin/user-edit";
		}
		redirect.addFlashAttribute("message", "user.saved");
		redirect.addFlashAttribute("messageArg", user.username());
		return "redirect:/admin/users";
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable Long id, @Valid @ModelAttribute("passwordForm") ResetPasswordForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		UserRow user = load(id);
		if (result.hasErrors()) {
			model.addAttribute("user", user);
			model.addAttribute("form", EditUserForm.of(user));
			return "admin/user-edit";
		}
		this.accounts.resetPassword(id, form.password());
		redirect.addFlashAttribute("message", "user.passwordReset");
		redirect.addFlashAttribute("messageArg", user.username());
		return "redirect:/admin/users";
	}

	@PostMapping("/{id}/enabled")
	String setEnabled(@PathVariable Long id, boolean enabled, @AuthenticationPrincipal CurrentUser admin,
			RedirectAttributes redirect) {
		UserRow user = load(id);
		try {
			this.accounts.setEnabled(id, enabled, admin.id());
			redirect.addFlashAttribute("message", enabled ? "user.enabled" : "user.disabled");
		}
		catch (AccountException ex) {
			redirect.addFlashAttribute("error", ex.code());
		}
		redirect.addFlashAttribute("messageArg", user.username());
		return "redirect:/admin/users";
	}

	private UserRow load(Long id) {
		return this.accounts.find(id).orElseThrow(() -> new UserNotFoundException(id));
	}

}
