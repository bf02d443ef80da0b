package cn.tangshan.minsheng.reporting.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.reporting.EvidenceFiles;
import cn.tangshan.minsheng.reporting.EvidenceFiles.ReportPlace;
import cn.tangshan.minsheng.reporting.EvidenceRejectedException;
import cn.tangshan.minsheng.reporting.EvidenceView;
import cn.tangshan.minsheng.reporting.ReportConflictException;
import cn.tangshan.minsheng.reporting.StoredFile;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
 * Evidence files of a report: upload and delete (back to the report form with a message),
 * download, and thumbnails for the form and the review page.
 */
@Controller
class EvidenceController {

	static final String PDF_ICON_PATH = "static/images/evidence-pdf.svg";

	private static final Resource PDF_ICON = new ClassPathResource(PDF_ICON_PATH);

	private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

	// Printable ASCII without the characters a quoted header value would need escaped.
	private static final Pattern PLAIN_ASCII = Pattern.compile("[\\x20-\\x7E&&[^\"\\\\%]]+");

	private final EvidenceFiles files;

	EvidenceController(EvidenceFiles files) {
		this.files = files;
	}

	@PostMapping("/reports/{reportId}/evidence")
	String upload(@PathVariable Long reportId, @RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) throws IOException {
		ReportPlace place = this.files.place(user, reportId);
		try (InputStream content = (file != null) ? file.getInputStream() : InputStream.nullInputStream()) {
			EvidenceView stored = this.files.upload(user, reportId, (file != null) ? file.getOriginalFilename() : null,
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
		catch (ReportConflictException ex) {
			redirect.addFlashAttribute("error", ex.code());
		}
		return backTo(place);
	}

	/**
	 * Where the upload-limit filter ({@code system.web.UploadLimitFilter}) sends an
	 * upload that was too large to read.
	 */
	@GetMapping("/reports/{reportId}/evidence/too-large")
	String tooLarge(@PathVariable Long reportId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		ReportPlace place = this.files.place(user, reportId);
		redirect.addFlashAttribute("error", "evidence.tooLarge");
		redirect.addFlashAttribute("messageArg", EvidenceFiles.MAX_MEGABYTES);
		return backTo(place);
	}

	@PostMapping("/evidence/{id}/delete")
	String delete(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		EvidenceView file = this.files.find(user, id);
		ReportPlace place = this.files.place(user, file.reportId());
		try {
			this.files.delete(user, id);
			redirect.addFlashAttribute("message", "evidence.removed");
			redirect.addFlashAttribute("messageArg", file.fileName());
		}
		catch (ReportConflictException ex) {
			redirect.addFlashAttribute("error", ex.code());
		}
		return backTo(place);
	}

	@GetMapping("/evidence/{id}")
	ResponseEntity<Resource> download(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
		StoredFile file = this.files.download(user, id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.content().length)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(file, id))
			.header("X-Content-Type-Options", "nosniff")
			.body(new ByteArrayResource(file.content()));
	}

	/**
	 * A photo's thumbnail, or a PDF icon for a PDF. Files never change once stored, so
	 * the browser may keep them a while.
	 */
	@GetMapping("/evidence/{id}/thumbnail")
	ResponseEntity<Resource> thumbnail(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
		return this.files.thumbnail(user, id)
			.map((file) -> image(MediaType.parseMediaType(file.contentType()), new ByteArrayResource(file.content())))
			.orElseGet(() -> image(SVG, PDF_ICON));
	}

	static String backTo(ReportPlace place) {
		return "redirect:/reports?month=" + place.month() + "#project-" + place.projectId();
	}

	/**
	 * {@code attachment} with the name in UTF-8 (RFC 6266 / RFC 5987) and an ASCII name
	 * for clients that do not read it: the name itself if plain ASCII, else by the id.
	 */
	static String attachment(StoredFile file, Long id) {
		String fallback = PLAIN_ASCII.matcher(file.fileName()).matches() ? file.fileName()
				: "evidence-" + id + file.extension();
		return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + rfc5987(file.fileName());
	}

	private static String rfc5987(String value) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xFF);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| "!#$&+-.^_`|~".indexOf(c) >= 0) {
				encoded.append(c);
			}
			else {
				encoded.append('%').append(String.format("%02X", b & 0xFF));
			}
		}
		return encoded.toString();
	}

	private static ResponseEntity<Resource> image(MediaType type, Resource body) {
		return ResponseEntity.ok()
			.contentType(type)
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline")
			.header("X-Content-Type-Options", "nosniff")
			.body(body);
	}

}
