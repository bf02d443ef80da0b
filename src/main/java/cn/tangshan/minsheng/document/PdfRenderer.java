package cn.tangshan.minsheng.document;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Turns a print view (the same HTML the browser prints) into a PDF with embedded, freely
 * redistributable CJK fonts. The official faces are commercial and are not embedded; the
 * free faces configured in {@code portal.pdf.fonts} stand in for them. PDFBox embeds only
 * TrueType-outline fonts, so Debian's AR PL UMing/UKai are the defaults (Noto CJK ships
 * CFF outlines, which PDFBox cannot embed).
 *
 * <p>
 * A render holds the CJK fonts and the whole layout in memory (tens of MB): at most
 * {@code portal.pdf.max-concurrent} run at once (default 2, the cores of the machine the
 * portal is sized for), the others wait up to {@code portal.pdf.max-wait} (default 30 s)
 * and are then told the server is busy ({@link PdfBusyException}, 503). Eight users
 * asking for a bulletin's PDF at once used to exhaust a 512 MB heap (issue #14's
 * benchmark).
 */
@Component
@EnableConfigurationProperties(PdfRenderer.PdfFonts.class)
public class PdfRenderer {

	private final PdfFonts fonts;

	private final Semaphore permits;

	PdfRenderer(PdfFonts fonts) {
		this.fonts = fonts;
		this.permits = new Semaphore(fonts.maxConcurrent(), true);
	}

	/**
	 * The renders allowed at once: one permit a render (tests take them all to see a busy
	 * server).
	 */
	public Semaphore permits() {
		return this.permits;
	}

	/**
	 * Whether every configured font file is present, so a PDF never shows empty boxes.
	 */
	public boolean available() {
		return !this.fonts.files().isEmpty()
				&& this.fonts.files().values().stream().allMatch((f) -> new File(f).canRead());
	}

	/**
	 * The font files the PDF needs, for the message that explains a missing one.
	 */
	public String requiredFonts() {
		return String.join("、", this.fonts.files().values());
	}

	/**
	 * Renders print-view HTML. Stylesheets linked from {@code /css/…} are read from the
	 * application's own static resources and inlined, followed by the PDF stylesheet that
	 * names the embedded faces (the renderer knows CSS 2.1, not custom properties).
	 */
	public byte[] render(String html) {
		if (!available()) {
			throw new PdfUnavailableException(requiredFonts());
		}
		try {
			if (!this.permits.tryAcquire(this.fonts.maxWait().toMillis(), TimeUnit.MILLISECONDS)) {
				throw new PdfBusyException();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PdfBusyException();
		}
		try {
			return layOut(html);
		}
		finally {
			this.permits.release();
		}
	}

	private byte[] layOut(String html) {
		Document document = Jsoup.parse(html);
		for (Element link : document.select("link[rel=stylesheet]")) {
			String href = link.attr("href");
			link.remove();
			if (href.startsWith("/css/")) {
				document.head().appendElement("style").text(resource("static" + href));
			}
		}
		document.head().appendElement("style").text(resource("static/css/pdf.css"));
		document.select(".print-toolbar").remove();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			this.fonts.files().forEach((family, path) -> builder.useFont(new File(path), family));
			builder.withW3cDocument(new W3CDom().fromJsoup(document), "/");
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String resource(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Font family name → font file embedded in PDFs; how many renders at once, and how
	 * long a request waits for one.
	 */
	@ConfigurationProperties("portal.pdf")
	record PdfFonts(Map<String, String> fonts, Integer maxConcurrent, Duration maxWait) {

		PdfFonts {
			fonts = (fonts != null) ? new LinkedHashMap<>(fonts) : new LinkedHashMap<>();
			maxConcurrent = (maxConcurrent != null && maxConcurrent > 0) ? maxConcurrent : 2;
			maxWait = (maxWait != null && !maxWait.isNegative()) ? maxWait : Duration.ofSeconds(30);
		}

		Map<String, String> files() {
			return this.fonts;
		}

	}

}
