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
 * The system administrator's account management (三员分立): list, create, change name and
 * unit, and ask for a role change, which the security administrator approves. Enabling,
 * unlocking and password resets are the security administrator's ({@code /security}).
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
	String create(@Valid @ModelAttribute("form") NewUserForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("unitId") && form.unit() == null) {
			result.rejectValue("unitId", "typeMismatch");
		}
		if (!result.hasFieldErrors("role") && form.chosenRole() == null) {
			result.rejectValue("role", "typeMismatch");
		}
		if (!result.hasFieldErrors("password")) {
			this.accounts.checkPassword(form.username(), form.password(), null)
				.ifPresent((problem) -> result.rejectValue("password", problem.code(), problem.args(), null));
		}
		if (!result.hasErrors()) {
			try {
				this.accounts.create(form.username(), form.displayName().strip(), form.chosenRole(), form.unit(),
						form.password(), admin.getUsername());
			}
			catch (AccountException ex) {
				result.rejectValue(ex.field(), ex.code(), ex.args(), null);
			}
		}
		if (result.hasErrors()) {
			return "admin/user-new";
		}
		redirect.addFlashAttribute("message",
				form.chosenRole().isAdministrative() ? "user.createdPending" : "user.created");
		redirect.addFlashAttribute("messageArg", form.username());
		return "redirect:/admin/users";
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable Long id, Model model) {
		UserRow user = load(id);
		model.addAttribute("user", user);
		model.addAttribute("form", EditUserForm.of(user));
		return "admin/user-edit";
	}

	@PostMapping("/{id}")
	String assign(@PathVariable Long id, @Valid @ModelAttribute("form") EditUserForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) {
		UserRow user = load(id);
		boolean requested = false;
		if (!result.hasErrors()) {
			try {
				requested = this.accounts.update(id, form.version(), form.displayName().strip(), form.role(),
						form.unitId(), admin);
			}
			catch (AccountException ex) {
				result.rejectValue(ex.field(), ex.code(), ex.args(), null);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("user.conflict");
				user = load(id);
				model.addAttribute("current", user);
			}
		}
		if (result.hasErrors()) {
			model.addAttribute("user", user);
			return "admin/user-edit";
		}
		redirect.addFlashAttribute("message", requested ? "user.roleRequested" : "user.saved");
		redirect.addFlashAttribute("messageArg", user.username());
		return "redirect:/admin/users";
	}

	private UserRow load(Long id) {
		return this.accounts.find(id).orElseThrow(() -> new UserNotFoundException(id));
	}

}
