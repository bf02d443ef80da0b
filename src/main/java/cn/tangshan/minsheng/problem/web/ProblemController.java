package cn.tangshan.minsheng.problem.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.document.PdfUnavailableException;
import cn.tangshan.minsheng.document.PrintViews;
import cn.tangshan.minsheng.plan.PlanCatalog;
import cn.tangshan.minsheng.plan.ProjectView;
import cn.tangshan.minsheng.problem.ProblemConflictException;
import cn.tangshan.minsheng.problem.ProblemKinds;
import cn.tangshan.minsheng.problem.ProblemStatus;
import cn.tangshan.minsheng.problem.ProblemValidationException;
import cn.tangshan.minsheng.problem.ProblemView;
import cn.tangshan.minsheng.problem.Problems;
import cn.tangshan.minsheng.reporting.EvidenceDownloads;
import cn.tangshan.minsheng.reporting.EvidenceFiles;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 问题清单: the list with its filters and counts, raising a problem (also from a monthly
 * report's 存在问题), a problem's page with its history, files and next step, its print view
 * (问题交办单) and PDF, and two htmx fragments: a unit's home card and the dashboard's
 * department view.
 */
@Controller
class ProblemController {

	/** The steps of a problem's page, each with its own form. */
	private static final List<String> FORMS = List.of("assignForm", "answerForm", "confirmForm", "notSolvedForm",
			"closeForm", "reopenForm");

	private final Problems problems;

	private final ProblemKinds kinds;

	private final PlanCatalog plans;

	private final PrintViews printViews;

	private final Clock clock;

	ProblemController(Problems problems, ProblemKinds kinds, PlanCatalog plans, PrintViews printViews, Clock clock) {
		this.problems = problems;
		this.kinds = kinds;
		this.plans = plans;
		this.printViews = printViews;
		this.clock = clock;
	}

	@GetMapping("/problems")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String state,
			@RequestParam(required = false) Long project, @RequestParam(required = false) Long raisedBy,
			@RequestParam(required = false) Long responsible, @RequestParam(required = false) Long kind,
			@RequestParam(required = false) String month, @RequestParam(defaultValue = "0") int page, Model model) {
		String filterState = (state != null && (Problems.OVERDUE.equals(state)
				|| List.of(ProblemStatus.values()).stream().anyMatch((s) -> s.name().equals(state)))) ? state : null;
		YearMonth filterMonth = parseMonth(month);
		Problems.Filter filter = new Problems.Filter(filterState, project, raisedBy, responsible, kind, filterMonth,
				page);
		model.addAttribute("listing", this.problems.list(user, filter));
		model.addAttribute("filter", filter);
		model.addAttribute("states", ProblemStatus.values());
		model.addAttribute("projects", projects());
		model.addAttribute("kinds", this.kinds.all());
		model.addAttribute("raisingUnits", this.problems.raisingUnits(user));
		model.addAttribute("departments", this.problems.departments());
		return "problem/list";
	}

	@GetMapping("/problems/new")
	String newForm(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long project,
			@RequestParam(required = false) String text, Model model) {
		String description = (text != null && text.length() <= Problems.MAX_TEXT) ? text.strip() : null;
		model.addAttribute("form",
				new RaiseForm(project, null, null, description, null, LocalDate.now(this.clock).plusDays(14)));
		return newPage(user, model);
	}

	@PostMapping("/problems")
	String raise(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") RaiseForm form,
			BindingResult result, @RequestParam(name = "attachments", required = false) List<MultipartFile> files,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return newPage(user, model);
		}
		ProblemView problem;
		try {
			problem = this.problems.raise(user, form.toProblem(), uploads(files));
		}
		catch (ProblemValidationException ex) {
			reject(result, ex, "files", model);
			return newPage(user, model);
		}
		redirect.addFlashAttribute("message", "problem.raised");
		redirect.addFlashAttribute("messageArg", problem.number().toString());
		return "redirect:/problems/" + problem.id();
	}

	/** Where the upload-limit filter sends a new problem too large to read. */
	@GetMapping("/problems/too-large")
	String raiseTooLarge(RedirectAttributes redirect) {
		redirect.addFlashAttribute("error", "evidence.tooLarge");
		redirect.addFlashAttribute("messageArg", EvidenceFiles.MAX_MEGABYTES);
		return "redirect:/problems/new";
	}

	@GetMapping("/problems/{id}")
	String problem(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		return problemPage(user, this.problems.find(user, id), model);
	}

	@PostMapping("/problems/{id}/assign")
	String assign(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute("assignForm") StepForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return step(user, id, form, result, model, redirect, "problem.assigned", () -> this.problems.assign(user, id,
				form.versionSeen(), form.unit(), form.deadlineDate(), form.text()));
	}

	@PostMapping("/problems/{id}/answer")
	String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute("answerForm") StepForm form, BindingResult result,
			@RequestParam(name = "attachments", required = false) List<MultipartFile> files, Model model,
			RedirectAttributes redirect) {
		return step(user, id, form, result, model, redirect, "problem.answered",
				() -> this.problems.answer(user, id, form.versionSeen(), form.text(), uploads(files)));
	}

	/** Where the upload-limit filter sends an answer too large to read. */
	@GetMapping("/problems/{id}/answer/too-large")
	String answerTooLarge(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			RedirectAttributes redirect) {
		this.problems.find(user, id);
		redirect.addFlashAttribute("error", "evidence.tooLarge");
		redirect.addFlashAttribute("messageArg", EvidenceFiles.MAX_MEGABYTES);
		return "redirect:/problems/" + id;
	}

	@PostMapping("/problems/{id}/confirm")
	String confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute("confirmForm") StepForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return step(user, id, form, result, model, redirect, "problem.confirmed",
				() -> this.problems.confirm(user, id, form.versionSeen(), form.text()));
	}

	@PostMapping("/problems/{id}/not-solved")
	String notSolved(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute("notSolvedForm") StepForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return step(user, id, form, result, model, redirect, "problem.notSolved",
				() -> this.problems.notSolved(user, id, form.versionSeen(), form.text()));
	}

	@PostMapping("/problems/{id}/close")
	String close(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute("closeForm") StepForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return step(user, id, form, result, model, redirect, "problem.closed",
				() -> this.problems.close(user, id, form.versionSeen(), form.text()));
	}

	@PostMapping("/problems/{id}/reopen")
	String reopen(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute("reopenForm") StepForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return step(user, id, form, result, model, redirect, "problem.reopened",
				() -> this.problems.reopen(user, id, form.versionSeen(), form.text()));
	}

	@GetMapping("/problems/{id}/print")
	String print(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		model.addAllAttributes(printModel(user, id));
		return "problem/print";
	}

	@GetMapping("/problems/{id}/print.pdf")
	Object printPdf(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		Map<String, Object> model = printModel(user, id);
		try {
			byte[] pdf = this.printViews.pdf("problem/print", model, request, response);
			String name = ((ProblemView) model.get("problem")).number() + ".pdf";
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
				.body(pdf);
		}
		catch (PdfUnavailableException ex) {
			redirect.addFlashAttribute("error", "print.pdf.unavailable");
			redirect.addFlashAttribute("messageArg", ex.fonts());
			return "redirect:/problems/" + id;
		}
	}

	@GetMapping("/problems/files/{fileId}")
	ResponseEntity<Resource> download(@AuthenticationPrincipal CurrentUser user, @PathVariable Long fileId) {
		return EvidenceDownloads.attachment(this.problems.file(user, fileId, false).orElseThrow());
	}

	@GetMapping("/problems/files/{fileId}/thumbnail")
	ResponseEntity<Resource> thumbnail(@AuthenticationPrincipal CurrentUser user, @PathVariable Long fileId) {
		return EvidenceDownloads.thumbnail(this.problems.file(user, fileId, true));
	}

	/** A unit's home card: its open problems and the overdue count (an htmx fragment). */
	@GetMapping("/problems/home")
	String home(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("home", this.problems.home(user));
		return "problem/fragments :: home";
	}

	/** The dashboard's department view of problems (an htmx fragment). */
	@GetMapping("/problems/departments")
	String departments(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("summary", this.problems.summary(user));
		return "problem/fragments :: departments";
	}

	private interface Action {

		ProblemView run();

	}

	/**
	 * Takes a step; a refused one shows the page again with the message next to the
	 * field, or the conflict message, and the user's input kept.
	 */
	private String step(CurrentUser user, Long id, StepForm form, BindingResult result, Model model,
			RedirectAttributes redirect, String message, Action action) {
		this.problems.find(user, id);
		if (!result.hasErrors()) {
			try {
				action.run();
				redirect.addFlashAttribute("message", message);
				return "redirect:/problems/" + id;
			}
			catch (ProblemValidationException ex) {
				reject(result, ex, "text", model);
			}
			catch (ProblemConflictException ex) {
				conflict(result, ex.code(), form.text(), model);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				conflict(result, "problem.conflict", form.text(), model);
			}
		}
		return problemPage(user, this.problems.find(user, id), model);
	}

	/** Puts the service's refusal next to its field: the form's own, or the files. */
	private static void reject(BindingResult result, ProblemValidationException ex, String textField, Model model) {
		Object[] args = (ex.argument() != null) ? new Object[] { ex.argument() } : null;
		switch (ex.field()) {
			case "files" -> {
				model.addAttribute("fileError", ex.code());
				model.addAttribute("fileErrorArg", ex.argument());
				result.reject("problem.invalid");
			}
			case "responsibleUnitId" -> result.rejectValue("unitId", ex.code(), args, null);
			case "deadline", "projectId", "kindId", "title", "description", "askedUnitId", "wantedBy" ->
				result.rejectValue(ex.field(), ex.code(), args, null);
			default -> result.rejectValue(textField, ex.code(), args, null);
		}
	}

	private static void conflict(BindingResult result, String code, String input, Model model) {
		result.reject(code);
		model.addAttribute("conflict", code);
		model.addAttribute("keptInput", input);
	}

	private String problemPage(CurrentUser user, ProblemView problem, Model model) {
		if (!model.containsAttribute("assignForm")) {
			LocalDate today = LocalDate.now(this.clock);
			model.addAttribute("assignForm",
					StepForm.assignment(problem.version(), (problem.asked() != null) ? problem.asked().id() : null,
							problem.wantedBy().isBefore(today) ? today.plusDays(7) : problem.wantedBy()));
		}
		for (String name : FORMS) {
			if (!model.containsAttribute(name)) {
				model.addAttribute(name, StepForm.empty(problem.version()));
			}
		}
		model.addAttribute("problem", problem);
		model.addAttribute("departments", this.problems.departments());
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("maxMegabytes", EvidenceFiles.MAX_MEGABYTES);
		return "problem/problem";
	}

	private String newPage(CurrentUser user, Model model) {
		model.addAttribute("projects", projects());
		model.addAttribute("kinds", this.kinds.active());
		model.addAttribute("departments",
				this.problems.departments().stream().filter((u) -> !u.id().equals(user.unitId())).toList());
		model.addAttribute("maxFiles", Problems.MAX_FILES);
		return "problem/new";
	}

	private Map<String, Object> printModel(CurrentUser user, Long id) {
		ProblemView problem = this.problems.find(user, id);
		return Map.of("problem", problem, "issuedOn", LocalDate.ofInstant(problem.createdAt(), this.clock.getZone()));
	}

	private List<ProjectView> projects() {
		return this.plans.currentOverview().map((plan) -> plan.projects()).orElse(List.of());
	}

	private static YearMonth parseMonth(String month) {
		try {
			return (month != null && !month.isBlank()) ? YearMonth.parse(month.strip()) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static List<Problems.Upload> uploads(List<MultipartFile> files) {
		List<Problems.Upload> uploads = new ArrayList<>();
		if (files == null) {
			return uploads;
		}
		for (MultipartFile file : files) {
			if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty())) {
				continue;
			}
			try {
				uploads.add(new Problems.Upload(file.getOriginalFilename(), file.getInputStream()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return uploads;
	}

}
