package cn.tangshan.minsheng.bulletin.web;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.bulletin.BulletinConflictException;
import cn.tangshan.minsheng.bulletin.BulletinValidationException;
import cn.tangshan.minsheng.bulletin.BulletinView;
import cn.tangshan.minsheng.bulletin.Bulletins;
import cn.tangshan.minsheng.document.PdfRenderer;
import cn.tangshan.minsheng.document.PdfUnavailableException;
import cn.tangshan.minsheng.document.PrintViews;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import cn.tangshan.minsheng.plan.PlanCatalog;
import cn.tangshan.minsheng.plan.PlanSummary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 进展情况通报: the list for everyone, the coordinator's drafts and their editing and issuing,
 * and an issued bulletin as print view, Word file and PDF.
 */
@Controller
class BulletinController {

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private final Bulletins bulletins;

	private final PrintViews printViews;

	private final PdfRenderer pdf;

	private final BulletinDocx docx;

	private final MessageSource messages;

	private final PlanCatalog plans;

	private final IssuedPdfs issuedPdfs;

	BulletinController(Bulletins bulletins, PrintViews printViews, PdfRenderer pdf, BulletinDocx docx,
			MessageSource messages, PlanCatalog plans, IssuedPdfs issuedPdfs) {
		this.plans = plans;
		this.issuedPdfs = issuedPdfs;
		this.bulletins = bulletins;
		this.printViews = printViews;
		this.pdf = pdf;
		this.docx = docx;
		this.messages = messages;
	}

	@ModelAttribute("pdfAvailable")
	boolean pdfAvailable() {
		return this.printViews.pdfAvailable();
	}

	@ModelAttribute("pdfFonts")
	String pdfFonts() {
		return this.pdf.requiredFonts();
	}

	@GetMapping("/bulletins")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year, Model model) {
		PlanSummary shown = this.plans.shown(year);
		model.addAttribute("years", this.plans.shownYears());
		model.addAttribute("shownYear", shown);
		model.addAttribute("issued", this.bulletins.issued(shown.id()));
		// Drafting is for the year in force only.
		boolean mayDraft = shown.active() && this.bulletins.mayDraft(user);
		model.addAttribute("drafts", mayDraft ? this.bulletins.drafts(user) : java.util.List.of());
		model.addAttribute("mayDraft", mayDraft);
		if (mayDraft) {
			model.addAttribute("months", this.bulletins.months());
			model.addAttribute("suggested", this.bulletins.suggestedMonth());
		}
		this.bulletins.visited(user);
		return "bulletin/list";
	}

	@PostMapping("/bulletins")
	String draft(@AuthenticationPrincipal CurrentUser user,
			@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, RedirectAttributes redirect) {
		Long id = this.bulletins.draft(user, month);
		redirect.addFlashAttribute("message", "bulletin.drafted");
		return "redirect:/bulletins/" + id + "/edit";
	}

	@GetMapping("/bulletins/{id}/edit")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		BulletinView bulletin = this.bulletins.view(user, id);
		if (bulletin.isIssued()) {
			return "redirect:/bulletins/" + id + "/print";
		}
		return editPage(model, bulletin, BulletinForm.of(bulletin.text(), bulletin.version()), Map.of());
	}

	@PostMapping("/bulletins/{id}")
	String save(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, BulletinForm form,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
		boolean issue = "issue".equals(action);
		try {
			if (issue) {
				BulletinView issued = this.bulletins.issue(user, id, form.versionOrZero(), form.text());
				redirect.addFlashAttribute("message", "bulletin.issued");
				redirect.addFlashAttribute("messageArg", issued.number());
				return "redirect:/bulletins";
			}
			this.bulletins.save(user, id, form.versionOrZero(), form.text());
			redirect.addFlashAttribute("message", "bulletin.saved");
			return "redirect:/bulletins/" + id + "/edit";
		}
		catch (BulletinValidationException ex) {
			BulletinView current = this.bulletins.view(user, id);
			Map<String, String> errors = new HashMap<>();
			Locale locale = LocaleContextHolder.getLocale();
			ex.problems().forEach((field, key) -> errors.put(field, this.messages.getMessage(key, null, locale)));
			model.addAttribute("error", "bulletin.invalid");
			return editPage(model, current, form, errors);
		}
		catch (BulletinConflictException ex) {
			BulletinView current = this.bulletins.view(user, id);
			if (current.isIssued()) {
				redirect.addFlashAttribute("error", ex.code());
				return "redirect:/bulletins/" + id + "/print";
			}
			model.addAttribute("error", ex.code());
			return editPage(model, current, form.withVersion(current.version()), Map.of());
		}
	}

	@PostMapping("/bulletins/{id}/delete")
	String delete(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam long version,
			RedirectAttributes redirect) {
		try {
			this.bulletins.delete(user, id, version);
			redirect.addFlashAttribute("message", "bulletin.deleted");
			return "redirect:/bulletins";
		}
		catch (BulletinConflictException ex) {
			redirect.addFlashAttribute("error", ex.code());
			return "redirect:/bulletins/" + id + "/edit";
		}
	}

	@GetMapping("/bulletins/{id}/print")
	String print(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		model.addAttribute("b", this.bulletins.view(user, id));
		return "bulletin/print";
	}

	@GetMapping("/bulletins/{id}.docx")
	ResponseEntity<byte[]> word(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		BulletinView bulletin = this.bulletins.view(user, id);
		return download(this.docx.write(bulletin), MediaType.parseMediaType(DOCX), fileName(bulletin, "docx"));
	}

	@GetMapping("/bulletins/{id}.pdf")
	Object pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Locale locale,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		BulletinView bulletin = this.bulletins.view(user, id);
		try {
			byte[] file = bulletin.isIssued() ? this.issuedPdfs.get(bulletin, locale, request, response)
					: this.printViews.pdf("bulletin/print", Map.of("b", bulletin, "pdfAvailable", true), request,
							response);
			return download(file, MediaType.APPLICATION_PDF, fileName(bulletin, "pdf"));
		}
		catch (PdfUnavailableException ex) {
			redirect.addFlashAttribute("error", "print.pdf.unavailable");
			redirect.addFlashAttribute("messageArg", ex.fonts());
			return "redirect:/bulletins";
		}
	}

	private String editPage(Model model, BulletinView bulletin, BulletinForm form, Map<String, String> errors) {
		model.addAttribute("b", bulletin);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "bulletin/edit";
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

	private String fileName(BulletinView bulletin, String extension) {
		String number = (bulletin.number() != null) ? this.messages.getMessage("bulletin.number",
				new Object[] { bulletin.number() }, LocaleContextHolder.getLocale()) + "-" : "";
		return number + bulletin.text().title() + "." + extension;
	}

}
