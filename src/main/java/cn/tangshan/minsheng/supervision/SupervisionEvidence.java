package cn.tangshan.minsheng.supervision;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A photo or PDF the unit attaches to its answer, stored in the database.
 */
@Entity
@Table(name = "supervision_evidence")
class SupervisionEvidence {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "order_id", nullable = false)
	private Long orderId;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private int sizeBytes;

	@Basic(fetch = FetchType.LAZY)
	@Column(nullable = false)
	private byte[] content;

	@Basic(fetch = FetchType.LAZY)
	private byte[] thumbnail;

	@Column(name = "uploaded_by")
	private Long uploadedBy;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	protected SupervisionEvidence() {
	}

	SupervisionEvidence(Long orderId, String fileName, String contentType, byte[] content, byte[] thumbnail,
			Long uploadedBy, Instant uploadedAt) {
		this.orderId = orderId;
		this.fileName = fileName;
		this.contentType = contentType;
		this.sizeBytes = content.length;
		this.content = content;
		this.thumbnail = thumbnail;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	Long getId() {
		return this.id;
	}

	void rename(String fileName) {
		this.fileName = fileName;
	}

}
