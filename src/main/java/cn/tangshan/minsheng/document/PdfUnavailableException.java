package cn.tangshan.minsheng.document;

/**
 * No PDF can be made because a font it must embed is missing on the server.
 */
public class PdfUnavailableException extends RuntimeException {

	private final String fonts;

	PdfUnavailableException(String fonts) {
		super("PDF fonts missing: " + fonts, null, false, false);
		this.fonts = fonts;
	}

	public String fonts() {
		return this.fonts;
	}

}
