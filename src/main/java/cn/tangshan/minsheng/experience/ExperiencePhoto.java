package cn.tangshan.minsheng.experience;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A photo of an article, stored in the database with its thumbnail. */
@Entity
@Table(name = "experience_photo")
class ExperiencePhoto {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "experience_id", nullable = false)
	private Long experienceId;

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

	protected ExperiencePhoto() {
	}

	ExperiencePhoto(Long experienceId, String fileName, String contentType, byte[] content, byte[] thumbnail,
			Long uploadedBy, Instant uploadedAt) {
		this.experienceId = experienceId;
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
