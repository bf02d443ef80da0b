package cn.tangshan.minsheng.reporting.web;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import java.nio.charset.StandardCharsets;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.document.PdfUnavailableException;
import cn.tangshan.minsheng.document.PrintViews;
import cn.tangshan.minsheng.account.Role;
import cn.tangshan.minsheng.plan.PlanCatalog;
import cn.tangshan.minsheng.reporting.MonthForm;
import cn.tangshan.minsheng.reporting.ProjectForm;
import cn.tangshan.minsheng.reporting.ReportConflictException;
import cn.tangshan.minsheng.reporting.ReportForms;
import cn.tangshan.minsheng.reporting.ReportInput;
import cn.tangshan.minsheng.reporting.ReportValidationException;
import cn.tangshan.minsheng.reporting.Reporting;
import cn.tangshan.minsheng.reporting.ReportingCalendar;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A unit's monthly form: every project it reports, saved as a draft or submitted one at a
 * time or all together.
 */
@Controller
class ReportController {

	private final ReportForms forms;

	private final Reporting reporting;

	private final ReportingCalendar calendar;

	private final Problems problems;

	private final PrintViews printViews;

	private final PlanCatalog plans;

	private final ReportCards cards;

	ReportController(ReportForms forms, Reporting reporting, ReportingCalendar calendar, Problems problems,
			PrintViews printViews, PlanCatalog plans, ReportCards cards) {
		this.plans = plans;
		this.cards = cards;
		this.forms = forms;
		this.reporting = reporting;
		this.calendar = calendar;
		this.problems = problems;
		this.printViews = printViews;
	}

	@GetMapping("/reports")
	String form(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@RequestParam(required = false) Integer year, Locale locale, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		// ?year= of a past year opens its December (read-only).
		YearMonth asked = (month == null && year != null && year != this.calendar.currentMonth().getYear())
				? YearMonth.of(year, 12) : month;
		YearMonth shown = checkedMonth(user, asked);
		MonthForm form = this.forms.monthForm(user.unitId(), shown);
		model.addAttribute("form", form);
		model.addAttribute("cards", this.cards.of(form, null, user, locale, request, response));
		model.addAttribute("errors", Map.of());
		model.addAttribute("years", this.plans.shownYears());
		model.addAttribute("shownYear", this.plans.plan(shown.getYear()).orElse(null));
		return "reporting/reports";
	}

	/**
	 * The month's reports as a printable sheet in the official-document layout, with
	 * lines for the preparer's and the head's signatures.
	 */
	@GetMapping("/reports/print")
	String print(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Model model) {
		model.addAttribute("form", this.forms.monthForm(user.unitId(), checkedMonth(user, month)));
		return "reporting/print";
	}

	@GetMapping("/reports/print.pdf")
	Object printPdf(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		YearMonth shown = checkedMonth(user, month);
		MonthForm form = this.forms.monthForm(user.unitId(), shown);
		try {
			byte[] pdf = this.printViews.pdf("reporting/print", Map.of("form", form), request, response);
			String name = form.unit().shortName() + "-" + shown + ".pdf";
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
				.body(pdf);
		}
		catch (PdfUnavailableException ex) {
			redirect.addFlashAttribute("error", "print.pdf.unavailable");
			redirect.addFlashAttribute("messageArg", ex.fonts());
			return "redirect:/reports?month=" + shown;
		}
	}

	@PostMapping("/reports/{projectId}")
	String save(@AuthenticationPrincipal CurrentUser user, @PathVariable Long projectId,
			@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@RequestParam(defaultValue = "save") String action, @RequestParam MultiValueMap<String, String> params,
			Locale locale, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		this.reporting.requireInForce(projectId);
		checkedMonth(user, month);
		boolean submit = "submit".equals(action);
		ReportInput input = ReportInputs.from(params);
		try {
			this.reporting.save(user, month, projectId, input, submit);
		}
		catch (ReportValidationException ex) {
			MonthForm form = this.forms.withInput(this.forms.monthForm(user.unitId(), month), projectId, input);
			model.addAttribute("form", form);
			model.addAttribute("cards", this.cards.of(form, projectId, user, locale, request, response));
			model.addAttribute("errors", this.problems.texts(ex.problems()));
			model.addAttribute("errorProject", projectId);
			return "reporting/reports";
		}
		catch (ReportConflictException ex) {
			MonthForm current = this.forms.monthForm(user.unitId(), month);
			ProjectForm stored = current.projects()
				.stream()
				.filter((p) -> p.project().id().equals(projectId))
				.findFirst()
				.orElse(null);
			// Keep what the user typed, but on top of the current version: saving again
			// is
			// then a deliberate overwrite of what they have now seen.
			ReportInput typed = (stored != null) ? new ReportInput(input.values(), input.reasons(), input.confirmed(),
					input.progress(), input.problems(), input.nextSteps(), input.investmentPlanned(),
					input.investmentCompleted(), stored.version()) : input;
			MonthForm form = this.forms.withInput(current, projectId, typed);
			model.addAttribute("form", form);
			model.addAttribute("cards", this.cards.of(form, projectId, user, locale, request, response));
			model.addAttribute("errors", Map.of());
			model.addAttribute("errorProject", projectId);
			model.addAttribute("conflict", this.problems.text(ex.code()));
			model.addAttribute("current", stored);
			return "reporting/reports";
		}
		redirect.addFlashAttribute("message", submit ? "report.submitted" : "report.saved");
		return "redirect:/reports?month=" + month + "#project-" + projectId;
	}

	@PostMapping("/reports/submit-all")
	String submitAll(@AuthenticationPrincipal CurrentUser user,
			@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, RedirectAttributes redirect) {
		checkedMonth(user, month);
		if (!this.forms.monthForm(user.unitId(), month).hasSubmittable()) {
			redirect.addFlashAttribute("error", "report.submittedNone");
			return "redirect:/reports?month=" + month;
		}
		Map<String, String> failures = this.reporting.submitAll(user, month)
			.entrySet()
			.stream()
			.collect(Collectors.toMap((e) -> e.getKey().code() + " " + e.getKey().name(),
					(e) -> this.problems.text(e.getValue()), (a, b) -> a, java.util.LinkedHashMap::new));
		redirect.addFlashAttribute("message", failures.isEmpty() ? "report.submittedAll" : "report.submittedSome");
		redirect.addFlashAttribute("failures", failures);
		return "redirect:/reports?month=" + month;
	}

	private YearMonth checkedMonth(CurrentUser user, YearMonth month) {
		if (!(user.is(Role.COUNTY) || user.is(Role.DEPARTMENT) || user.is(Role.COORDINATOR))) {
			throw new AccessDeniedException("Only reporting units enter reports");
		}
		YearMonth shown = (month != null) ? month : this.calendar.currentMonth();
		if (!this.forms.isShown(shown)) {
			throw new MonthNotFoundException();
		}
		return shown;
	}

	@ResponseStatus(HttpStatus.NOT_FOUND)
	static class MonthNotFoundException extends RuntimeException {

	}

}
