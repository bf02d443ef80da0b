package cn.tangshan.minsheng.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The security administrator's password and session policy (one row).
 */
@Entity
@Table(name = "security_policy")
class SecurityPolicy {

	static final int ID = 1;

	@Id
	private Integer id;

	@Column(name = "min_password_length", nullable = false)
	private int minPasswordLength;

	@Column(name = "password_max_age_days", nullable = false)
	private int passwordMaxAgeDays;

	@Column(name = "password_history", nullable = false)
	private int passwordHistory;

	@Column(name = "max_sessions", nullable = false)
	private int maxSessions;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "updated_by")
	private String updatedBy;

	@Version
	private long version;

	protected SecurityPolicy() {
	}

	PolicyView view() {
		return new PolicyView(this.minPasswordLength, this.passwordMaxAgeDays, this.passwordHistory, this.maxSessions,
				this.updatedAt, this.updatedBy, this.version);
	}

	void update(PolicyView changed, String by, Instant at) {
		this.minPasswordLength = changed.minPasswordLength();
		this.passwordMaxAgeDays = changed.passwordMaxAgeDays();
		this.passwordHistory = changed.passwordHistory();
		this.maxSessions = changed.maxSessions();
		this.updatedBy = by;
		this.updatedAt = at;
	}

	long getVersion() {
		return this.version;
	}

}
