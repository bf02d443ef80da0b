package cn.tangshan.minsheng.experience;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A typical-experience article. Its state changes only here, each step checked against
 * {@link ExperienceStatus}.
 */
@Entity
@Table(name = "experience")
class Experience {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "plan_year", nullable = false)
	private int planYear;

	@Column(name = "project_id", nullable = false)
	private Long projectId;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String body;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ExperienceStatus status;

	@Column(name = "return_reason")
	private String returnReason;

	@Column(name = "for_bulletin", nullable = false)
	private boolean forBulletin;

	@Column(name = "bulletin_id")
	private Long bulletinId;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "published_at")
	private Instant publishedAt;

	@Column(nullable = false)
	private boolean demo;

	@Column(name = "created_by")
	private Long createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Experience() {
	}

	Experience(int planYear, Long projectId, Long unitId, String title, String body, Long createdBy, Instant at) {
		this.planYear = planYear;
		this.projectId = projectId;
		this.unitId = unitId;
		this.title = title;
		this.body = body;
		this.status = ExperienceStatus.DRAFT;
		this.createdBy = createdBy;
		this.createdAt = at;
		this.updatedAt = at;
	}

	void edit(Long projectId, String title, String body, Instant at) {
		requireState(this.status.isEditable());
		this.projectId = projectId;
		this.title = title;
		this.body = body;
		this.updatedAt = at;
	}

	void submit(Instant at) {
		requireState(this.status.isEditable());
		this.status = ExperienceStatus.SUBMITTED;
		this.submittedAt = at;
		this.updatedAt = at;
	}

	void publish(Instant at) {
		requireState(this.status == ExperienceStatus.SUBMITTED);
		this.status = ExperienceStatus.PUBLISHED;
		this.publishedAt = at;
		this.updatedAt = at;
	}

	void returnToUnit(String reason, Instant at) {
		requireState(this.status == ExperienceStatus.SUBMITTED || this.status == ExperienceStatus.PUBLISHED);
		this.status = ExperienceStatus.RETURNED;
		this.returnReason = reason;
		this.forBulletin = false;
		this.publishedAt = null;
		this.updatedAt = at;
	}

	void markForBulletin(boolean mark, Instant at) {
		requireState((this.status == ExperienceStatus.SUBMITTED || this.status == ExperienceStatus.PUBLISHED)
				&& (!mark || this.bulletinId == null));
		this.forBulletin = mark;
		this.updatedAt = at;
	}

	void carriedBy(Long bulletinId, Instant at) {
		this.forBulletin = false;
		this.bulletinId = bulletinId;
		this.updatedAt = at;
	}

	void markDemo() {
		this.demo = true;
	}

	private static void requireState(boolean allowed) {
		if (!allowed) {
			throw new ExperienceConflictException("experience.conflict.state");
		}
	}

	Long getId() {
		return this.id;
	}

	int getPlanYear() {
		return this.planYear;
	}

	Long getProjectId() {
		return this.projectId;
	}

	Long getUnitId() {
		return this.unitId;
	}

	String getTitle() {
		return this.title;
	}

	String getBody() {
		return this.body;
	}

	ExperienceStatus getStatus() {
		return this.status;
	}

	String getReturnReason() {
		return this.returnReason;
	}

	boolean isForBulletin() {
		return this.forBulletin;
	}

	Long getBulletinId() {
		return this.bulletinId;
	}

	Instant getSubmittedAt() {
		return this.submittedAt;
	}

	Instant getPublishedAt() {
		return this.publishedAt;
	}

	boolean isDemo() {
		return this.demo;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	long getVersion() {
		return this.version;
	}

}
