package cn.tangshan.minsheng.reporting.web;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Map;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.account.Role;
import cn.tangshan.minsheng.org.UnitType;
import cn.tangshan.minsheng.org.UnitView;
import cn.tangshan.minsheng.org.Units;
import cn.tangshan.minsheng.reporting.Extensions;
import cn.tangshan.minsheng.reporting.ReportValidationException;
import cn.tangshan.minsheng.reporting.ReportingCalendar;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator grants one unit more time to report a closed month.
 */
@Controller
class ExtensionController {

	private final Extensions extensions;

	private final Units units;

	private final ReportingCalendar calendar;

	private final Problems problems;

	ExtensionController(Extensions extensions, Units units, ReportingCalendar calendar, Problems problems) {
		this.extensions = extensions;
		this.units = units;
		this.calendar = calendar;
		this.problems = problems;
	}

	@GetMapping("/extensions")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		requireCoordinator(user);
		prepare(model);
		model.addAttribute("errors", Map.of());
		model.addAttribute("typed", Map.of());
		return "reporting/extensions";
	}

	@PostMapping("/extensions")
	String grant(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime until,
			@RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
		requireCoordinator(user);
		try {
			this.extensions.grant(user, unitId, month,
					(until != null) ? until.atZone(this.calendar.zone()).toInstant() : null, reason);
		}
		catch (ReportValidationException ex) {
			prepare(model);
			model.addAttribute("errors", this.problems.texts(ex.problems()));
			model.addAttribute("typed",
					Map.of("unitId", (unitId != null) ? unitId : "", "month", (month != null) ? month.toString() : "",
							"until", (until != null) ? until.toString() : "", "reason", reason));
			return "reporting/extensions";
		}
		redirect.addFlashAttribute("message", "extension.granted");
		return "redirect:/extensions";
	}

	private void prepare(Model model) {
		Map<Long, UnitView> all = new java.util.LinkedHashMap<>();
		this.units.ofType(UnitType.COUNTY).forEach((u) -> all.put(u.id(), u));
		this.units.ofType(UnitType.DEPARTMENT).forEach((u) -> all.put(u.id(), u));
		model.addAttribute("units", all);
		model.addAttribute("months", this.calendar.months());
		model.addAttribute("extensions", this.extensions.list());
	}

	private static void requireCoordinator(CurrentUser user) {
		if (!user.is(Role.COORDINATOR)) {
			throw new AccessDeniedException("Only the coordinator grants extensions");
		}
	}

}
