package cn.tangshan.minsheng.document;

import java.io.File;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class PdfRendererTests {

	static final String UMING = "/usr/share/fonts/truetype/arphic/uming.ttc";

	static final String UKAI = "/usr/share/fonts/truetype/arphic/ukai.ttc";

	@Test
	void missingFontsAreSaidInsteadOfPrintingEmptyBoxes() {
		PdfRenderer renderer = new PdfRenderer(
				new PdfRenderer.PdfFonts(Map.of("pdf-serif", "/nonexistent/font.ttc"), null, null));
		assertThat(renderer.available()).isFalse();
		assertThatExceptionOfType(PdfUnavailableException.class).isThrownBy(() -> renderer.render("<p>x</p>"))
			.satisfies((ex) -> assertThat(ex.fonts()).isEqualTo("/nonexistent/font.ttc"));
	}

	@Test
	void printViewBecomesAnA4PdfWithEmbeddedChineseText() throws Exception {
		assumeTrue(new File(UMING).canRead() && new File(UKAI).canRead(),
				"PDF fonts missing: apt-get install fonts-arphic-uming fonts-arphic-ukai");
		PdfRenderer renderer = new PdfRenderer(
				new PdfRenderer.PdfFonts(Map.of("pdf-serif", UMING, "pdf-kai", UKAI), null, null));
		StringBuilder body = new StringBuilder("<h1 class=\"doc-title\">关于2024年1—6月份全市民生工程进展情况的通报</h1>");
		for (int i = 0; i < 40; i++) {
			body.append("<p class=\"indent\">现将有关情况通报如下：各县（市、区）持续推进民生工程建设。&lt;script&gt;</p>");
		}
		byte[] pdf = renderer.render("<html><head><link rel=\"stylesheet\" href=\"/css/print.css\"></head>"
				+ "<body class=\"official\"><div class=\"print-toolbar\">工具栏</div>" + body + "</body></html>");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isGreaterThan(1);
			assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f,
					org.assertj.core.data.Offset.offset(1f));
			String text = new PDFTextStripper().getText(document).replace("\n", "").replace("\r", "");
			assertThat(text).contains("关于2024年1—6月份全市民生工程进展情况的通报", "<script>").doesNotContain("工具栏");
			assertThat(text).contains("— 1 —");
		}
	}

	@Test
	void aRenderWaitsForAFreeOneAndTheUserIsToldWhenNoneCameFree() throws Exception {
		assumeTrue(new File(UMING).canRead() && new File(UKAI).canRead(),
				"PDF fonts missing: apt-get install fonts-arphic-uming fonts-arphic-ukai");
		PdfRenderer renderer = new PdfRenderer(new PdfRenderer.PdfFonts(Map.of("pdf-serif", UMING, "pdf-kai", UKAI), 1,
				java.time.Duration.ofMillis(50)));
		assertThat(renderer.permits().availablePermits()).isEqualTo(1);
		renderer.permits().acquire();
		assertThatExceptionOfType(PdfBusyException.class).isThrownBy(() -> renderer.render("<p>通报</p>"));
		renderer.permits().release();
		assertThat(renderer.render("<p>通报</p>")).startsWith("%PDF".getBytes());
		// A render gives its permit back, also when it fails.
		assertThat(renderer.permits().availablePermits()).isEqualTo(1);
	}

	@Test
	void twoRendersAtOnceAndHalfAMinuteOfWaitingUnlessConfigured() {
		PdfRenderer.PdfFonts defaults = new PdfRenderer.PdfFonts(Map.of(), null, null);
		assertThat(defaults.maxConcurrent()).isEqualTo(2);
		assertThat(defaults.maxWait()).isEqualTo(java.time.Duration.ofSeconds(30));
	}

}
