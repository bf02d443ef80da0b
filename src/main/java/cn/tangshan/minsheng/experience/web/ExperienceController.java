package cn.tangshan.minsheng.experience.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.experience.ExperienceConflictException;
import cn.tangshan.minsheng.experience.ExperienceValidationException;
import cn.tangshan.minsheng.experience.ExperienceView;
import cn.tangshan.minsheng.experience.Experiences;
import cn.tangshan.minsheng.reporting.EvidenceDownloads;
import cn.tangshan.minsheng.reporting.EvidenceFiles;
import jakarta.validation.Valid;

import org.springframework.core.io.Resource;
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
 * 典型经验: the list, writing and editing an article with its photos (保存草稿 or 报送), an
 * article's page with the coordinator's steps (发布, 退回 with a reason, 列入下期通报), and its
 * photos. Every check is the service's.
 */
@Controller
class ExperienceController {

	private final Experiences experiences;

	ExperienceController(Experiences experiences) {
		this.experiences = experiences;
	}

	@GetMapping("/experience")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("articles", this.experiences.list(user));
		model.addAttribute("mayWrite", this.experiences.mayWrite(user));
		return "experience/list";
	}

	@GetMapping("/experience/new")
	String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (!this.experiences.mayWrite(user)) {
			throw new org.springframework.security.access.AccessDeniedException("Not a writer");
		}
		model.addAttribute("form", ExperienceForm.empty());
		return formPage(null, model);
	}

	@PostMapping("/experience")
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") ExperienceForm form,
			BindingResult result, @RequestParam(name = "photos", required = false) List<MultipartFile> photos,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
		if (!this.experiences.mayWrite(user)) {
			throw new org.springframework.security.access.AccessDeniedException("Not a writer");
		}
		if (result.hasErrors()) {
			return formPage(null, model);
		}
		try {
			ExperienceView saved = this.experiences.create(user, form.toDraft(), uploads(photos),
					"submit".equals(action));
			redirect.addFlashAttribute("message",
					"submit".equals(action) ? "experience.submitted" : "experience.saved");
			return "redirect:/experience/" + saved.id();
		}
		catch (ExperienceValidationException ex) {
			reject(result, ex, model);
			return formPage(null, model);
		}
	}

	/** Where the upload-limit filter sends a new article too large to read. */
	@GetMapping("/experience/too-large")
	String tooLarge(RedirectAttributes redirect) {
		redirect.addFlashAttribute("error", "evidence.tooLarge");
		redirect.addFlashAttribute("messageArg", EvidenceFiles.MAX_MEGABYTES);
		return "redirect:/experience/new";
	}

	@GetMapping("/experience/{id}")
	String article(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		return articlePage(this.experiences.find(user, id), model);
	}

	@GetMapping("/experience/{id}/edit")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		ExperienceView article = this.experiences.find(user, id);
		if (!article.may().edit()) {
			return "redirect:/experience/" + id;
		}
		model.addAttribute("form", new ExperienceForm(article.project() != null ? article.project().id() : null,
				article.title(), article.body(), article.version(), List.of()));
		return formPage(article, model);
	}

	@PostMapping("/experience/{id}")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute("form") ExperienceForm form, BindingResult result,
			@RequestParam(name = "photos", required = false) List<MultipartFile> photos,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
		ExperienceView article = this.experiences.find(user, id);
		if (!result.hasErrors()) {
			try {
				this.experiences.update(user, id, form.versionSeen(), form.toDraft(), uploads(photos),
						(form.removePhoto() != null) ? form.removePhoto() : List.of(), "submit".equals(action));
				redirect.addFlashAttribute("message",
						"submit".equals(action) ? "experience.submitted" : "experience.saved");
				return "redirect:/experience/" + id;
			}
			catch (ExperienceValidationException ex) {
				reject(result, ex, model);
			}
			catch (ExperienceConflictException ex) {
				result.reject(ex.code());
				model.addAttribute("conflict", ex.code());
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("experience.conflict.stale");
				model.addAttribute("conflict", "experience.conflict.stale");
			}
		}
		return formPage(this.experiences.find(user, id), model);
	}

	/** Where the upload-limit filter sends an edit too large to read. */
	@GetMapping("/experience/{id}/too-large")
	String editTooLarge(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
		this.experiences.find(user, id);
		redirect.addFlashAttribute("error", "evidence.tooLarge");
		redirect.addFlashAttribute("messageArg", EvidenceFiles.MAX_MEGABYTES);
		return "redirect:/experience/" + id + "/edit";
	}

	@PostMapping("/experience/{id}/publish")
	String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute("reviewForm") ReviewForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return step(user, id, form, result, model, redirect, "experience.published",
				() -> this.experiences.publish(user, id, form.versionSeen()));
	}

	@PostMapping("/experience/{id}/return")
	String returnToUnit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute("reviewForm") ReviewForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return step(user, id, form, result, model, redirect, "experience.returned",
				() -> this.experiences.returnToUnit(user, id, form.versionSeen(), form.reason()));
	}

	@PostMapping("/experience/{id}/bulletin")
	String mark(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute("reviewForm") ReviewForm form, BindingResult result,
			@RequestParam(defaultValue = "true") boolean mark, Model model, RedirectAttributes redirect) {
		return step(user, id, form, result, model, redirect, mark ? "experience.marked" : "experience.unmarked",
				() -> this.experiences.markForBulletin(user, id, form.versionSeen(), mark));
	}

	@GetMapping("/experience/photos/{photoId}")
	ResponseEntity<Resource> photo(@AuthenticationPrincipal CurrentUser user, @PathVariable Long photoId) {
		return EvidenceDownloads.attachment(this.experiences.photo(user, photoId, false).orElseThrow());
	}

	@GetMapping("/experience/photos/{photoId}/thumbnail")
	ResponseEntity<Resource> thumbnail(@AuthenticationPrincipal CurrentUser user, @PathVariable Long photoId) {
		return EvidenceDownloads.thumbnail(this.experiences.photo(user, photoId, true));
	}

	private interface Action {

		ExperienceView run();

	}

	private String step(CurrentUser user, Long id, ReviewForm form, BindingResult result, Model model,
			RedirectAttributes redirect, String message, Action action) {
		this.experiences.find(user, id);
		if (!result.hasErrors()) {
			try {
				action.run();
				redirect.addFlashAttribute("message", message);
				return "redirect:/experience/" + id;
			}
			catch (ExperienceValidationException ex) {
				Object[] args = (ex.argument() != null) ? new Object[] { ex.argument() } : null;
				result.rejectValue("reason", ex.code(), args, null);
			}
			catch (ExperienceConflictException ex) {
				result.reject(ex.code());
				model.addAttribute("conflict", ex.code());
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("experience.conflict.stale");
				model.addAttribute("conflict", "experience.conflict.stale");
			}
		}
		return articlePage(this.experiences.find(user, id), model);
	}

	private String articlePage(ExperienceView article, Model model) {
		if (!model.containsAttribute("reviewForm")) {
			model.addAttribute("reviewForm", ReviewForm.of(article.version()));
		}
		model.addAttribute("article", article);
		return "experience/article";
	}

	private String formPage(ExperienceView article, Model model) {
		model.addAttribute("article", article);
		model.addAttribute("projects", this.experiences.projects());
		model.addAttribute("maxPhotos", Experiences.MAX_PHOTOS);
		model.addAttribute("maxMegabytes", EvidenceFiles.MAX_MEGABYTES);
		return "experience/form";
	}

	private static void reject(BindingResult result, ExperienceValidationException ex, Model model) {
		Object[] args = (ex.argument() != null) ? new Object[] { ex.argument() } : null;
		if ("photos".equals(ex.field())) {
			model.addAttribute("photoError", ex.code());
			model.addAttribute("photoErrorArg", ex.argument());
			result.reject("experience.invalid");
		}
		else {
			result.rejectValue(ex.field(), ex.code(), args, null);
		}
	}

	private static List<Experiences.Upload> uploads(List<MultipartFile> files) {
		List<Experiences.Upload> uploads = new ArrayList<>();
		if (files == null) {
			return uploads;
		}
		for (MultipartFile file : files) {
			if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty())) {
				continue;
			}
			try {
				uploads.add(new Experiences.Upload(file.getOriginalFilename(), file.getInputStream()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return uploads;
	}

}
