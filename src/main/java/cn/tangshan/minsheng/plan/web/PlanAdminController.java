package cn.tangshan.minsheng.plan.web;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.tangshan.minsheng.plan.PlanFileException;
import cn.tangshan.minsheng.plan.PlanFlag;
import cn.tangshan.minsheng.plan.PlanForm;
import cn.tangshan.minsheng.plan.PlanFormException;
import cn.tangshan.minsheng.plan.PlanYears;

import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 计划年度 for the coordinator and the administrator: the list of years, the import of next
 * year's notice with its preview, and the draft editor. Access is limited to COORDINATOR
 * and ADMIN by the security configuration ({@code /admin/plans/**}).
 */
@Controller
class PlanAdminController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	/**
	 * The preview's flags, kept on the server between the preview and the confirmation.
	 */
	static final String FLAGS = PlanAdminController.class.getName() + ".flags";

	private final PlanYears years;

	private final MessageSource messages;

	PlanAdminController(PlanYears years, MessageSource messages) {
		this.years = years;
		this.messages = messages;
	}

	@GetMapping({ "/admin/plans", "/admin/plans/" })
	String list(Model model) {
		model.addAttribute("years", this.years.years());
		return "admin/plans";
	}

	@GetMapping("/admin/plans/import")
	String importForm(Model model) {
		model.addAttribute("text", "");
		return "admin/plan-import";
	}

	/**
	 * Where {@code system.web.UploadLimitFilter} sends an upload over the container's
	 * limit.
	 */
	@GetMapping("/admin/plans/import/too-large")
	String tooLarge(Model model) {
		model.addAttribute("text", "");
		model.addAttribute("importError", text("plan.import.tooLarge"));
		return "admin/plan-import";
	}

	@PostMapping("/admin/plans/import")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "text", defaultValue = "") String text, Model model, HttpSession session) {
		String fileName = (file != null && !file.isEmpty()) ? file.getOriginalFilename() : null;
		try {
			byte[] content = (fileName != null) ? file.getBytes() : null;
			PlanYears.Preview preview = this.years.preview(fileName, content, text);
			session.setAttribute(FLAGS, new ArrayList<>(preview.flags()));
			return preview(model, preview.form(), preview.flags(), Map.of(), false);
		}
		catch (PlanFileException ex) {
			model.addAttribute("text", text);
			model.addAttribute("fileName", (fileName != null) ? fileName : "");
			model.addAttribute("importError", ex.getMessage());
			return "admin/plan-import";
		}
		catch (IOException ex) {
			model.addAttribute("text", text);
			model.addAttribute("importError", text("plan.template.unreadable"));
			return "admin/plan-import";
		}
	}

	@PostMapping("/admin/plans/import/confirm")
	String confirm(@ModelAttribute("plan") PlanForm form, @RequestParam(defaultValue = "") String action,
			@RequestParam(defaultValue = "false") boolean replaceDraft, Principal user, Model model,
			HttpSession session, RedirectAttributes redirect) {
		List<PlanFlag> flags = sessionFlags(session);
		if (!action.isEmpty() && !action.equals("save")) {
			applyAction(form, action);
			return preview(model, form, flags, Map.of(), replaceDraft);
		}
		try {
			Long id = this.years.confirm(form, replaceDraft, user.getName());
			session.removeAttribute(FLAGS);
			PlanYears.YearRow row = this.years.years()
				.stream()
				.filter((y) -> y.id().equals(id))
				.findFirst()
				.orElseThrow();
			redirect.addFlashAttribute("saved", text("plans.imported", String.valueOf(row.year()), row.projects(),
					row.quantitative() + row.milestones()));
			return "redirect:/admin/plans";
		}
		catch (PlanFormException ex) {
			return preview(model, form, flags, ex.getErrors(), replaceDraft);
		}
		catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
			// Someone stored the same year at the same moment: nothing of this one
			// stored.
			return preview(model, form, flags, Map.of("year", text("plan.import.concurrent", form.getYear())),
					replaceDraft);
		}
	}

	@GetMapping("/admin/plans/{id}/edit")
	String edit(@PathVariable Long id, Model model) {
		PlanYears.Editable editable = this.years.editable(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return editor(model, editable, editable.form(), editable.version(), Map.of());
	}

	@PostMapping("/admin/plans/{id}/edit")
	String save(@PathVariable Long id, @ModelAttribute("plan") PlanForm form,
			@RequestParam(defaultValue = "-1") long version, @RequestParam(defaultValue = "") String action,
			Principal user, Model model, RedirectAttributes redirect) {
		PlanYears.Editable editable = this.years.editable(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!action.isEmpty() && !action.equals("save")) {
			applyAction(form, action);
			return editor(model, editable, form, version, Map.of());
		}
		try {
			this.years.saveDraft(id, form, version, user.getName());
			redirect.addFlashAttribute("saved", text("plans.saved"));
			return "redirect:/admin/plans/" + id + "/edit";
		}
		catch (PlanFormException ex) {
			return editor(model, editable, form, version, ex.getErrors());
		}
		catch (ConcurrencyFailureException ex) {
			return editor(model, editable, form, version, Map.of("", text("plan.edit.conflict")));
		}
	}

	@GetMapping("/admin/plans/template.xlsx")
	ResponseEntity<ByteArrayResource> template() {
		return download(this.years.template(Optional.empty()), text("plan.template.fileName"));
	}

	@GetMapping("/admin/plans/{id}/plan.xlsx")
	ResponseEntity<ByteArrayResource> export(@PathVariable Long id) {
		PlanYears.Editable editable = this.years.editable(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return download(this.years.template(Optional.of(id)), editable.year() + "-" + text("plan.template.fileName"));
	}

	private String preview(Model model, PlanForm form, List<PlanFlag> flags, Map<String, String> errors,
			boolean replaceDraft) {
		model.addAttribute("plan", form);
		model.addAttribute("flags", byPath(flags));
		model.addAttribute("flagLinks", flags.stream().map(FlagLink::of).toList());
		model.addAttribute("blocking", flags.stream().filter(PlanFlag::blocking).count());
		model.addAttribute("review", flags.stream().filter((f) -> !f.blocking()).count());
		model.addAttribute("errors", errors);
		model.addAttribute("replaceDraft", replaceDraft);
		model.addAttribute("departments", this.years.departments());
		model.addAttribute("action", "/admin/plans/import/confirm");
		return "admin/plan-preview";
	}

	private String editor(Model model, PlanYears.Editable editable, PlanForm form, long version,
			Map<String, String> errors) {
		model.addAttribute("plan", form);
		model.addAttribute("editable", editable);
		model.addAttribute("version", version);
		model.addAttribute("flags", Map.of());
		model.addAttribute("errors", errors);
		model.addAttribute("departments", this.years.departments());
		model.addAttribute("action", "/admin/plans/" + editable.id() + "/edit");
		return "admin/plan-edit";
	}

	/**
	 * Adds or removes a project or an indicator in the form, without storing anything:
	 * {@code addProject:g}, {@code removeProject:g:p}, {@code addIndicator:g:p},
	 * {@code removeIndicator:g:p:i}.
	 */
	static void applyAction(PlanForm form, String action) {
		String[] parts = action.split(":");
		try {
			int g = Integer.parseInt(parts[1]);
			List<PlanForm.Project> projects = form.getGroups().get(g).getProjects();
			switch (parts[0]) {
				case "addProject" -> {
					PlanForm.Project project = new PlanForm.Project();
					int next = projects.stream().mapToInt((p) -> parseOr(p.getNumber())).max().orElse(0) + 1;
					project.setNumber(String.valueOf(next));
					project.getIndicators().add(new PlanForm.Indicator());
					projects.add(project);
				}
				case "removeProject" -> projects.remove(Integer.parseInt(parts[2]));
				case "addIndicator" ->
					projects.get(Integer.parseInt(parts[2])).getIndicators().add(new PlanForm.Indicator());
				case "removeIndicator" ->
					projects.get(Integer.parseInt(parts[2])).getIndicators().remove(Integer.parseInt(parts[3]));
				default -> {
				}
			}
		}
		catch (RuntimeException ex) {
			// A stale or made-up action changes nothing.
		}
	}

	private static int parseOr(String number) {
		try {
			return Integer.parseInt(number.strip());
		}
		catch (RuntimeException ex) {
			return 0;
		}
	}

	/**
	 * A flag in the preview's summary, with the place on the page it is about.
	 */
	record FlagLink(String anchor, boolean blocking, String message) {

		private static final java.util.regex.Pattern PROJECT = java.util.regex.Pattern
			.compile("^groups\\[(\\d+)\\]\\.projects\\[(\\d+)\\].*");

		private static final java.util.regex.Pattern GROUP = java.util.regex.Pattern.compile("^groups\\[(\\d+)\\].*");

		static FlagLink of(PlanFlag flag) {
			java.util.regex.Matcher project = PROJECT.matcher(flag.path());
			java.util.regex.Matcher group = GROUP.matcher(flag.path());
			String anchor = project.matches() ? "project-g" + project.group(1) + "-p" + project.group(2)
					: group.matches() ? "group-" + group.group(1) : flag.path();
			return new FlagLink(anchor, flag.blocking(), flag.message());
		}

	}

	@SuppressWarnings("unchecked")
	private static List<PlanFlag> sessionFlags(HttpSession session) {
		Object flags = session.getAttribute(FLAGS);
		return (flags instanceof List<?> list) ? (List<PlanFlag>) list : List.of();
	}

	private static Map<String, List<PlanFlag>> byPath(List<PlanFlag> flags) {
		Map<String, List<PlanFlag>> byPath = new LinkedHashMap<>();
		flags.forEach((f) -> byPath.computeIfAbsent(f.path(), (k) -> new ArrayList<>()).add(f));
		return byPath;
	}

	private ResponseEntity<ByteArrayResource> download(byte[] file, String name) {
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(name, java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(new ByteArrayResource(file));
	}

	private String text(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
