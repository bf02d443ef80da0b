package cn.tangshan.minsheng.reporting;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file accepted as evidence, recognised by their first bytes: never by the
 * file name or the content type a browser claims, which anyone can choose.
 */
enum EvidenceType {

	JPEG("image/jpeg", "jpg", "jpeg", 0xFF, 0xD8, 0xFF),

	PNG("image/png", "png", "png", 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),

	PDF("application/pdf", "pdf", null, '%', 'P', 'D', 'F', '-');

	private final String contentType;

	private final String extension;

	private final String imageFormat;

	private final byte[] magic;

	EvidenceType(String contentType, String extension, String imageFormat, int... magic) {
		this.contentType = contentType;
		this.extension = extension;
		this.imageFormat = imageFormat;
		this.magic = new byte[magic.length];
		for (int i = 0; i < magic.length; i++) {
			this.magic[i] = (byte) magic[i];
		}
	}

	static Optional<EvidenceType> detect(byte[] content) {
		return Arrays.stream(values()).filter((type) -> type.matches(content)).findFirst();
	}

	static Optional<EvidenceType> ofContentType(String contentType) {
		return Arrays.stream(values()).filter((type) -> type.contentType.equals(contentType)).findFirst();
	}

	private boolean matches(byte[] content) {
		return content.length >= this.magic.length
				&& Arrays.equals(content, 0, this.magic.length, this.magic, 0, this.magic.length);
	}

	String contentType() {
		return this.contentType;
	}

	String extension() {
		return this.extension;
	}

	/**
	 * The ImageIO format name, null for a document.
	 */
	String imageFormat() {
		return this.imageFormat;
	}

	boolean isImage() {
		return this.imageFormat != null;
	}

}
