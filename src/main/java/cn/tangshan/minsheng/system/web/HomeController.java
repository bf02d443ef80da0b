package cn.tangshan.minsheng.system.web;

import java.util.List;

import cn.tangshan.minsheng.account.Accounts;
import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.notification.Notifications;
import cn.tangshan.minsheng.notification.ReportingNotices;
import cn.tangshan.minsheng.plan.PlanCatalog;
import cn.tangshan.minsheng.plan.PlanOverview;
import cn.tangshan.minsheng.plan.ProjectView;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: who I am, my unit, and what I can do next.
 */
@Controller
class HomeController {

	/** How many of a unit's latest notifications the home page shows. */
	private static final int NOTIFICATIONS_SHOWN = 10;

	private final PlanCatalog plans;

	private final Notifications notifications;

	private final ReportingNotices reportingNotices;

	private final Accounts accounts;

	HomeController(PlanCatalog plans, Notifications notifications, ReportingNotices reportingNotices,
			Accounts accounts) {
		this.accounts = accounts;
		this.plans = plans;
		this.notifications = notifications;
		this.reportingNotices = reportingNotices;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser user, Model model) {
		PlanOverview overview = this.plans.currentOverview().orElse(null);
		model.addAttribute("user", user);
		model.addAttribute("overview", overview);
		model.addAttribute("lastLogin", this.accounts.lastLogin(user.id()));
		if (user.role().isAdministrative()) {
			// 三员: no reported data, no unit notifications on an administrator's home
			// page.
			model.addAttribute("ledProjects", List.of());
			model.addAttribute("notifications", List.of());
			model.addAttribute("unreadNotifications", 0L);
			return "home/index";
		}
		List<ProjectView> led = (overview != null) ? overview.projects()
			.stream()
			.filter((p) -> p.leads().stream().anyMatch((u) -> u.id().equals(user.unitId())))
			.toList() : List.of();
		model.addAttribute("ledProjects", led);
		// A deadline notice due for this unit is sent now, not only by the morning's job.
		this.reportingNotices.checkDeadline(user.unitId());
		model.addAttribute("notifications", this.notifications.latest(user.unitId(), NOTIFICATIONS_SHOWN));
		model.addAttribute("unreadNotifications", this.notifications.unreadCount(user.unitId()));
		return "home/index";
	}

}
