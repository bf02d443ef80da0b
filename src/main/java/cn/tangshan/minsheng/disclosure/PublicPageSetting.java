package cn.tangshan.minsheng.disclosure;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Whether a plan year is on the public page. */
@Entity
@Table(name = "public_page")
class PublicPageSetting {

	@Id
	@Column(name = "plan_id")
	private Long planId;

	@Column(nullable = false)
	private boolean enabled;

	@Column(name = "updated_by")
	private Long updatedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected PublicPageSetting() {
	}

	PublicPageSetting(Long planId, Instant at) {
		this.planId = planId;
		this.updatedAt = at;
	}

	void set(boolean enabled, Long by, Instant at) {
		this.enabled = enabled;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	Long getPlanId() {
		return this.planId;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	long getVersion() {
		return this.version;
	}

}
