package cn.tangshan.minsheng.notification.web;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.notification.NotificationView;
import cn.tangshan.minsheng.notification.Notifications;

import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The unit's notifications: all of them page by page, opening one (which marks it read
 * and leads to what it is about), and marking all read.
 */
@Controller
class NotificationController {

	static final int PAGE_SIZE = 20;

	private final Notifications notifications;

	NotificationController(Notifications notifications) {
		this.notifications = notifications;
	}

	/**
	 * @param page from 1, as the pager shows it
	 */
	@GetMapping("/notifications")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "1") int page, Model model) {
		Page<NotificationView> shown = this.notifications.page(user, page - 1, PAGE_SIZE);
		model.addAttribute("page", shown);
		model.addAttribute("unread", this.notifications.unreadCount(user.unitId()));
		return "notification/list";
	}

	/**
	 * Opens a notification: a plain link (GET) from the lists, or a form (POST); both
	 * mark it read for the unit and go where it leads.
	 */
	@RequestMapping(path = "/notifications/{id}", method = { RequestMethod.GET, RequestMethod.POST })
	String open(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestHeader(name = "Sec-Fetch-Site", required = false) String fetchSite) {
		// A GET changes state (read), so only the portal's own pages (or a typed address)
		// may
		// make it: another site's <img src="/notifications/1"> just gets the redirect.
		boolean ownPage = fetchSite == null || "same-origin".equals(fetchSite) || "none".equals(fetchSite);
		String link = ownPage ? this.notifications.open(user, id) : this.notifications.link(user, id);
		// Only paths inside the portal: a stored link never sends anyone elsewhere.
		boolean local = link.startsWith("/") && !link.startsWith("//") && !link.startsWith("/\\");
		return "redirect:" + (local ? link : Notifications.LIST);
	}

	@PostMapping("/notifications/read")
	String markAllRead(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String from,
			RedirectAttributes redirect) {
		int marked = this.notifications.markAllRead(user);
		redirect.addFlashAttribute("message", "notifications.allRead");
		redirect.addFlashAttribute("messageArg", marked);
		return "redirect:" + ("home".equals(from) ? "/#notifications" : Notifications.LIST);
	}

}
