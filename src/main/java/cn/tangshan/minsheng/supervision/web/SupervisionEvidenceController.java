package cn.tangshan.minsheng.supervision.web;

import java.io.IOException;
import java.io.InputStream;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.reporting.EvidenceDownloads;
import cn.tangshan.minsheng.reporting.EvidenceFiles;
import cn.tangshan.minsheng.reporting.EvidenceRejectedException;
import cn.tangshan.minsheng.supervision.SupervisionConflictException;
import cn.tangshan.minsheng.supervision.SupervisionEvidenceFiles;
import cn.tangshan.minsheng.supervision.SupervisionView;
import cn.tangshan.minsheng.supervision.Supervisions;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The evidence of an answer: upload and delete (back to the order with a message),
 * download, and thumbnails (a PDF icon for a PDF).
 */
@Controller
class SupervisionEvidenceController {

	private final Supervisions supervisions;

	private final SupervisionEvidenceFiles files;

	SupervisionEvidenceController(Supervisions supervisions, SupervisionEvidenceFiles files) {
		this.supervisions = supervisions;
		this.files = files;
	}

	@PostMapping("/supervision/{id}/evidence")
	String upload(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		this.supervisions.find(user, id);
		try (InputStream content = (file != null) ? file.getInputStream() : InputStream.nullInputStream()) {
			SupervisionView.File stored = this.files.add(user, id, (file != null) ? file.getOriginalFilename() : null,
					content);
			redirect.addFlashAttribute("message", "evidence.added");
			redirect.addFlashAttribute("messageArg", stored.fileName());
		}
		catch (EvidenceRejectedException ex) {
			redirect.addFlashAttribute("error", ex.code());
			if (ex.argument() != null) {
				redirect.addFlashAttribute("messageArg", ex.argument());
			}
		}
		catch (SupervisionConflictException ex) {
			redirect.addFlashAttribute("error", ex.code());
		}
		return "redirect:/supervision/" + id + "#evidence";
	}

	/**
	 * Where the upload-limit filter ({@code system.web.UploadLimitFilter}) sends an
	 * upload too large to read.
	 */
	@GetMapping("/supervision/{id}/evidence/too-large")
	String tooLarge(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
		this.supervisions.find(user, id);
		redirect.addFlashAttribute("error", "evidence.tooLarge");
		redirect.addFlashAttribute("messageArg", EvidenceFiles.MAX_MEGABYTES);
		return "redirect:/supervision/" + id + "#evidence";
	}

	@PostMapping("/supervision/evidence/{fileId}/delete")
	String deleteFile(@AuthenticationPrincipal CurrentUser user, @PathVariable Long fileId,
			RedirectAttributes redirect) {
		Long orderId = this.files.orderOf(user, fileId);
		try {
			this.files.remove(user, fileId);
			redirect.addFlashAttribute("message", "supervision.evidence.removed");
		}
		catch (SupervisionConflictException ex) {
			redirect.addFlashAttribute("error", ex.code());
		}
		return "redirect:/supervision/" + orderId + "#evidence";
	}

	@GetMapping("/supervision/evidence/{fileId}")
	ResponseEntity<Resource> download(@AuthenticationPrincipal CurrentUser user, @PathVariable Long fileId) {
		return EvidenceDownloads.attachment(this.files.download(user, fileId));
	}

	@GetMapping("/supervision/evidence/{fileId}/thumbnail")
	ResponseEntity<Resource> thumbnail(@AuthenticationPrincipal CurrentUser user, @PathVariable Long fileId) {
		return EvidenceDownloads.thumbnail(this.files.thumbnail(user, fileId));
	}

}
