package cn.tangshan.minsheng.reporting;

import java.time.Instant;

/**
 * An evidence file as a list shows it.
 */
public record EvidenceView(Long id, Long reportId, String fileName, String contentType, int sizeBytes,
		Instant uploadedAt) {

	public boolean isImage() {
		return this.contentType.startsWith("image/");
	}

}
