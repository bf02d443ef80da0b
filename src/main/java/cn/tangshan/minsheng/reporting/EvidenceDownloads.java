package cn.tangshan.minsheng.reporting;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Responses for evidence kept by other modules (a supervision order's answer, a problem's
 * attachments): the file as a download, and a photo's thumbnail (a PDF icon for a PDF),
 * both never sniffed by the browser.
 */
public final class EvidenceDownloads {

	private static final Resource PDF_ICON = new ClassPathResource("static/images/evidence-pdf.svg");

	private EvidenceDownloads() {
	}

	/** The file as uploaded, as an attachment with its (UTF-8) name. */
	public static ResponseEntity<Resource> attachment(StoredFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.content().length)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new ByteArrayResource(file.content()));
	}

	/** A photo's thumbnail, or the PDF icon when there is none; cached for an hour. */
	public static ResponseEntity<Resource> thumbnail(Optional<StoredFile> thumbnail) {
		MediaType type = thumbnail.map((f) -> MediaType.parseMediaType(f.contentType()))
			.orElse(MediaType.parseMediaType("image/svg+xml"));
		Resource body = thumbnail.<Resource>map((f) -> new ByteArrayResource(f.content())).orElse(PDF_ICON);
		return ResponseEntity.ok()
			.contentType(type)
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline")
			.header("X-Content-Type-Options", "nosniff")
			.body(body);
	}

}
