package cn.tangshan.minsheng.audit.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.account.Role;
import cn.tangshan.minsheng.audit.AuditProperties;
import cn.tangshan.minsheng.audit.ChainCheck;
import cn.tangshan.minsheng.audit.SecurityAudit;
import cn.tangshan.minsheng.audit.SecurityEvent;
import cn.tangshan.minsheng.audit.SecurityEventQuery;
import cn.tangshan.minsheng.audit.SecurityEventTypes;
import cn.tangshan.minsheng.org.UnitType;
import cn.tangshan.minsheng.org.UnitView;
import cn.tangshan.minsheng.org.Units;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 安全审计: the auditor searches the security audit trail (filters as query parameters, so a
 * search is a bookmark), pages through it 50 at a time, exports what it found and checks
 * the hash chain. Only the AUDITOR role reaches it (URL rule and here).
 */
@Controller
@RequestMapping("/audit")
class AuditController {

	static final int PAGE_SIZE = 50;

	private final SecurityAudit audit;

	private final Units units;

	private final AuditProperties properties;

	private final AuditExports exports;

	private final ZoneId zone;

	AuditController(SecurityAudit audit, Units units, AuditProperties properties, AuditExports exports,
			@Value("${portal.time-zone}") ZoneId zone) {
		this.audit = audit;
		this.units = units;
		this.properties = properties;
		this.exports = exports;
		this.zone = zone;
	}

	@GetMapping
	String search(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("search") AuditSearch search,
			Model model) {
		requireAuditor(user);
		List<String> errors = new ArrayList<>();
		SecurityEventQuery query = query(search, errors);
		model.addAttribute("errors", errors);
		model.addAttribute("page", errors.isEmpty() ? this.audit.search(query, page(search, errors), PAGE_SIZE) : null);
		model.addAttribute("units", units());
		model.addAttribute("types", SecurityEventTypes.KNOWN);
		model.addAttribute("retentionDays", this.properties.retentionDays());
		model.addAttribute("exportLimit", this.properties.exportLimit());
		model.addAttribute("auditFmt", this.exports);
		return "audit/index";
	}

	@GetMapping("/export.xlsx")
	void xlsx(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("search") AuditSearch search,
			HttpServletResponse response) throws IOException {
		export(user, search, response, "xlsx");
	}

	@GetMapping("/export.csv")
	void csv(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("search") AuditSearch search,
			HttpServletResponse response) throws IOException {
		export(user, search, response, "csv");
	}

	@PostMapping("/verify")
	String verify(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		requireAuditor(user);
		ChainCheck check = this.audit.verify();
		this.audit.record(check.intact()
				? SecurityEvent.success(SecurityEventTypes.AUDIT_VERIFIED, "AUDIT", null)
					.withReason(String.valueOf(check.checked()))
				: SecurityEvent.failure(SecurityEventTypes.AUDIT_VERIFIED, "AUDIT", check.firstBrokenId(),
						"first broken link at " + check.firstBrokenId()));
		if (check.intact()) {
			redirect.addFlashAttribute("message", "audit.verify.intact");
			redirect.addFlashAttribute("messageArg", check.checked());
		}
		else {
			redirect.addFlashAttribute("error", "audit.verify.broken");
			redirect.addFlashAttribute("messageArg", check.firstBrokenId());
		}
		return "redirect:/audit";
	}

	private void export(CurrentUser user, AuditSearch search, HttpServletResponse response, String extension)
			throws IOException {
		requireAuditor(user);
		List<String> errors = new ArrayList<>();
		SecurityEventQuery query = query(search, errors);
		if (!errors.isEmpty()) {
			String filters = search.queryString();
			response.sendRedirect("/audit" + ((filters != null) ? "?" + filters : ""));
			return;
		}
		String name = this.exports.fileName(extension);
		response.setContentType("xlsx".equals(extension)
				? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
		OutputStream out = response.getOutputStream();
		if ("xlsx".equals(extension)) {
			this.exports.xlsx(query, this.properties.exportLimit(), out);
		}
		else {
			this.exports.csv(query, this.properties.exportLimit(), out);
		}
	}

	private static void requireAuditor(CurrentUser user) {
		if (user == null || user.role() != Role.AUDITOR) {
			throw new AccessDeniedException("The security audit trail is the auditor's");
		}
	}

	/** The filters as a query; a malformed one adds its message key to {@code errors}. */
	private SecurityEventQuery query(AuditSearch s, List<String> errors) {
		Instant from = instant(s.from(), false, "from", errors);
		Instant until = instant(s.to(), true, "to", errors);
		Long unit = null;
		if (present(s.unit())) {
			try {
				unit = Long.valueOf(s.unit().strip());
			}
			catch (NumberFormatException ex) {
				errors.add("audit.error.unit");
			}
		}
		Boolean success = null;
		if (present(s.result())) {
			switch (s.result().strip()) {
				case "SUCCESS" -> success = true;
				case "FAILURE" -> success = false;
				default -> errors.add("audit.error.result");
			}
		}
		return new SecurityEventQuery(from, until, blankToNull(s.username()), unit, blankToNull(s.type()),
				blankToNull(s.objectType()), blankToNull(s.objectId()), success);
	}

	private static int page(AuditSearch s, List<String> errors) {
		if (!present(s.page())) {
			return 1;
		}
		try {
			int page = Integer.parseInt(s.page().strip());
			if (page >= 1 && page <= 100_000) {
				return page;
			}
		}
		catch (NumberFormatException ex) {
			// below
		}
		errors.add("audit.error.page");
		return 1;
	}

	/**
	 * A day ({@code 2024-07-03}: from its start, or up to its end) or a minute
	 * ({@code 2024-07-03T09:30}) in the portal's time zone.
	 */
	private Instant instant(String value, boolean end, String field, List<String> errors) {
		if (!present(value)) {
			return null;
		}
		String text = value.strip();
		try {
			if (text.length() <= 10) {
				LocalDate day = LocalDate.parse(text);
				return (end ? day.plusDays(1) : day).atStartOfDay(this.zone).toInstant();
			}
			return LocalDateTime.parse(text).atZone(this.zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			errors.add("audit.error." + field);
			return null;
		}
	}

	private List<UnitView> units() {
		List<UnitView> all = new ArrayList<>(this.units.ofType(UnitType.DEPARTMENT));
		all.addAll(this.units.ofType(UnitType.COUNTY));
		all.sort(Comparator.comparing(UnitView::type).thenComparing(UnitView::id));
		return all;
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	private static String blankToNull(String value) {
		return present(value) ? value.strip() : null;
	}

}
