package cn.tangshan.minsheng.disclosure.web;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.disclosure.PublicPageConflictException;
import cn.tangshan.minsheng.disclosure.PublicPages;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 政务公开设置: the coordinator switches each plan year's public page on or off
 * ({@code /admin/plans/**} is for COORDINATOR and ADMIN; switching is the coordinator's,
 * checked by the service).
 */
@Controller
class PublicSettingsController {

	private final PublicPages pages;

	PublicSettingsController(PublicPages pages) {
		this.pages = pages;
	}

	@GetMapping("/admin/plans/public")
	String settings(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("settings", this.pages.settings());
		model.addAttribute("mayChange", user.is(cn.tangshan.minsheng.account.Role.COORDINATOR));
		return "public/settings";
	}

	@PostMapping("/admin/plans/{id}/public")
	String switchFor(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam long version,
			@RequestParam boolean enabled, RedirectAttributes redirect) {
		try {
			this.pages.switchFor(user, id, version, enabled);
			redirect.addFlashAttribute("message", enabled ? "public.switched.on" : "public.switched.off");
		}
		catch (PublicPageConflictException ex) {
			redirect.addFlashAttribute("error", "public.conflict");
		}
		return "redirect:/admin/plans/public";
	}

}
