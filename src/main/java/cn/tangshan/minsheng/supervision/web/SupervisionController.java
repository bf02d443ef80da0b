package cn.tangshan.minsheng.supervision.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.document.PdfUnavailableException;
import cn.tangshan.minsheng.document.PrintViews;
import cn.tangshan.minsheng.org.UnitType;
import cn.tangshan.minsheng.plan.IndicatorView;
import cn.tangshan.minsheng.plan.PlanCatalog;
import cn.tangshan.minsheng.plan.PlanSummary;
import cn.tangshan.minsheng.plan.ProjectView;
import cn.tangshan.minsheng.reporting.EvidenceFiles;
import cn.tangshan.minsheng.supervision.SupervisionConflictException;
import cn.tangshan.minsheng.supervision.SupervisionFigures;
import cn.tangshan.minsheng.supervision.SupervisionStatus;
import cn.tangshan.minsheng.supervision.SupervisionValidationException;
import cn.tangshan.minsheng.supervision.SupervisionView;
import cn.tangshan.minsheng.supervision.Supervisions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.ConcurrencyFailureException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 督办: the list of orders, a new order (pre-filled from a red or yellow light of the
 * dashboard), an order's page with its figures, history, evidence and the next step, its
 * print view, and two small fragments loaded by htmx: overdue orders on the dashboard and
 * the orders to answer on a unit's home page.
 */
@Controller
class SupervisionController {

	/** A new order's default deadline: two weeks and a day from today. */
	private static final int DEFAULT_DAYS = 15;

	private final Supervisions supervisions;

	private final SupervisionFigures figures;

	private final PlanCatalog plans;

	private final PrintViews printViews;

	private final MessageSource messages;

	private final Clock clock;

	SupervisionController(Supervisions supervisions, SupervisionFigures figures, PlanCatalog plans,
			PrintViews printViews, MessageSource messages, Clock clock) {
		this.supervisions = supervisions;
		this.figures = figures;
		this.plans = plans;
		this.printViews = printViews;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/supervision")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String state,
			@RequestParam(required = false) Integer year, Model model) {
		String filter = (state != null && List.of("OPEN", "ANSWERED", "RETURNED", "CLOSED", "OVERDUE").contains(state))
				? state : null;
		PlanSummary shown = this.plans.shown(year);
		model.addAttribute("years", this.plans.shownYears());
		model.addAttribute("shownYear", shown);
		// 唐民生督〔YYYY〕N号 runs per plan year: the year's orders.
		model.addAttribute("orders",
				this.supervisions.list(user, filter)
					.stream()
					.filter((o) -> o.number().year() == shown.year())
					.toList());
		model.addAttribute("state", filter);
		model.addAttribute("states", SupervisionStatus.values());
		return "supervision/list";
	}

	@GetMapping("/supervision/new")
	String newForm(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long indicator,
			@RequestParam(required = false) Long unit, Model model) {
		choices(user, model);
		model.addAttribute("form", new IssueForm(unit, indicator, suggestedProblem(user, indicator, unit),
				message("supervision.requirement.default"), LocalDate.now(this.clock).plusDays(DEFAULT_DAYS)));
		return "supervision/new";
	}

	@PostMapping("/supervision")
	String issue(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") IssueForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		choices(user, model);
		if (result.hasErrors()) {
			return "supervision/new";
		}
		SupervisionView order;
		try {
			order = this.supervisions.issue(user, form.toOrder());
		}
		catch (SupervisionValidationException ex) {
			result.rejectValue(ex.field(), ex.code());
			return "supervision/new";
		}
		redirect.addFlashAttribute("message", "supervision.issued");
		redirect.addFlashAttribute("messageArg", order.number().toString());
		return "redirect:/supervision/" + order.id();
	}

	@GetMapping("/supervision/{id}")
	String order(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		SupervisionView order = this.supervisions.find(user, id);
		model.addAttribute("answerForm", AnswerForm.empty(order.version()));
		model.addAttribute("returnForm", ReturnForm.empty(order.version()));
		model.addAttribute("closeForm", CloseForm.empty(order.version()));
		return orderPage(user, order, model);
	}

	@PostMapping("/supervision/{id}/answer")
	String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute("answerForm") AnswerForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		SupervisionView order = this.supervisions.find(user, id);
		if (!result.hasErrors()) {
			try {
				this.supervisions.answer(user, id, form.version(), form.answer());
				redirect.addFlashAttribute("message", "supervision.answered");
				return "redirect:/supervision/" + id;
			}
			catch (SupervisionValidationException ex) {
				result.rejectValue("answer", ex.code());
			}
			catch (SupervisionConflictException ex) {
				conflict(result, ex.code(), form.answer(), model);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				conflict(result, "supervision.conflict", form.answer(), model);
			}
		}
		model.addAttribute("returnForm", ReturnForm.empty(order.version()));
		model.addAttribute("closeForm", CloseForm.empty(order.version()));
		return orderPage(user, this.supervisions.find(user, id), model);
	}

	@PostMapping("/supervision/{id}/return")
	String sendBack(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute("returnForm") ReturnForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		SupervisionView order = this.supervisions.find(user, id);
		if (!result.hasErrors()) {
			try {
				this.supervisions.sendBack(user, id, form.version(), form.reason(), form.newDeadline());
				redirect.addFlashAttribute("message", "supervision.returned");
				return "redirect:/supervision/" + id;
			}
			catch (SupervisionValidationException ex) {
				result.rejectValue(ex.field(), ex.code());
			}
			catch (SupervisionConflictException ex) {
				conflict(result, ex.code(), form.reason(), model);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				conflict(result, "supervision.conflict", form.reason(), model);
			}
		}
		model.addAttribute("answerForm", AnswerForm.empty(order.version()));
		model.addAttribute("closeForm", CloseForm.empty(order.version()));
		return orderPage(user, this.supervisions.find(user, id), model);
	}

	@PostMapping("/supervision/{id}/close")
	String close(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute("closeForm") CloseForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		SupervisionView order = this.supervisions.find(user, id);
		if (!result.hasErrors()) {
			try {
				this.supervisions.close(user, id, form.version(), form.remark());
				redirect.addFlashAttribute("message", "supervision.closed");
				return "redirect:/supervision/" + id;
			}
			catch (SupervisionValidationException ex) {
				result.rejectValue("remark", ex.code());
			}
			catch (SupervisionConflictException ex) {
				conflict(result, ex.code(), form.remark(), model);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				conflict(result, "supervision.conflict", form.remark(), model);
			}
		}
		model.addAttribute("answerForm", AnswerForm.empty(order.version()));
		model.addAttribute("returnForm", ReturnForm.empty(order.version()));
		return orderPage(user, this.supervisions.find(user, id), model);
	}

	@GetMapping("/supervision/{id}/print")
	String print(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		model.addAllAttributes(printModel(user, id));
		return "supervision/print";
	}

	@GetMapping("/supervision/{id}/print.pdf")
	Object printPdf(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		Map<String, Object> model = printModel(user, id);
		try {
			byte[] pdf = this.printViews.pdf("supervision/print", model, request, response);
			String name = ((SupervisionView) model.get("order")).number() + ".pdf";
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
				.body(pdf);
		}
		catch (PdfUnavailableException ex) {
			redirect.addFlashAttribute("error", "print.pdf.unavailable");
			redirect.addFlashAttribute("messageArg", ex.fonts());
			return "redirect:/supervision/" + id;
		}
	}

	/** The dashboard's card of overdue orders (an htmx fragment). */
	@GetMapping("/supervision/overdue")
	String overdue(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("overdue", this.supervisions.overdue(user));
		return "supervision/fragments :: overdue";
	}

	@PostMapping("/supervision/overdue/remind")
	String remind(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			int reminded = this.supervisions.remindOverdue(user);
			redirect.addFlashAttribute("message",
					(reminded == 0) ? "supervision.reminded.none" : "supervision.reminded");
			redirect.addFlashAttribute("messageArg", reminded);
		}
		catch (ConcurrencyFailureException ex) {
			// Nothing stored: an order changed while the reminder ran.
			redirect.addFlashAttribute("error", "supervision.remind.conflict");
		}
		return "redirect:/supervision?state=OVERDUE";
	}

	/** The orders a unit has to answer, for its home page (an htmx fragment). */
	@GetMapping("/supervision/home")
	String home(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("toAnswer", this.supervisions.toAnswer(user));
		return "supervision/fragments :: home";
	}

	/**
	 * A step refused because the order changed: the message, and the user's text shown on
	 * the page even where the order's new state no longer offers the form.
	 */
	private static void conflict(BindingResult result, String code, String input, Model model) {
		result.reject(code);
		model.addAttribute("conflict", code);
		model.addAttribute("keptInput", input);
	}

	private String orderPage(CurrentUser user, SupervisionView order, Model model) {
		model.addAttribute("order", order);
		model.addAttribute("figures", this.figures.current(user, order).orElse(null));
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("maxMegabytes", EvidenceFiles.MAX_MEGABYTES);
		return "supervision/order";
	}

	private Map<String, Object> printModel(CurrentUser user, Long id) {
		SupervisionView order = this.supervisions.find(user, id);
		Optional<SupervisionFigures.Figures> current = this.figures.current(user, order);
		LocalDate issuedOn = LocalDate.ofInstant(order.createdAt(), this.clock.getZone());
		return (current.isPresent()) ? Map.of("order", order, "issuedOn", issuedOn, "figures", current.get())
				: Map.of("order", order, "issuedOn", issuedOn);
	}

	private void choices(CurrentUser user, Model model) {
		var addressees = this.supervisions.addressees(user);
		model.addAttribute("counties", addressees.get(UnitType.COUNTY));
		model.addAttribute("departments", addressees.get(UnitType.DEPARTMENT));
		model.addAttribute("projects",
				this.plans.currentOverview()
					.map((plan) -> plan.projects())
					.orElse(List.of())
					.stream()
					.filter((p) -> !p.indicators().isEmpty())
					.toList());
	}

	/**
	 * The problem as the figures state it, for an order offered from a light:
	 * 截至2024年5月，路南区“建设改造农村公路”完成率10.0%，序时进度50.0%，落后40.0个百分点（严重滞后）。
	 */
	private String suggestedProblem(CurrentUser user, Long indicatorId, Long unitId) {
		if (indicatorId == null || unitId == null) {
			return "";
		}
		Optional<ProjectView> project = this.plans.currentOverview()
			.flatMap((plan) -> plan.projects()
				.stream()
				.filter((p) -> p.indicators().stream().anyMatch((i) -> i.id().equals(indicatorId)))
				.findFirst());
		if (project.isEmpty()) {
			return "";
		}
		IndicatorView indicator = project.get()
			.indicators()
			.stream()
			.filter((i) -> i.id().equals(indicatorId))
			.findFirst()
			.orElseThrow();
		return this.figures.of(user, project.get().id(), indicatorId, unitId)
			.filter((f) -> f.assessment().rate().percent().isPresent())
			.map((f) -> {
				BigDecimal gap = f.assessment().gap().orElse(BigDecimal.ZERO).negate();
				return this.messages.getMessage("supervision.problem.suggested",
						new Object[] { String.valueOf(f.month().getYear()), String.valueOf(f.month().getMonthValue()),
								indicator.name(), f.assessment().rate().percent().get().toPlainString(),
								f.assessment().expectedPercent().toPlainString(), gap.toPlainString(),
								message(f.assessment().status().messageKey()) },
						LocaleContextHolder.getLocale());
			})
			.orElse("");
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
