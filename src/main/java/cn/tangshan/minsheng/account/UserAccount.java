package cn.tangshan.minsheng.account;

import java.time.Duration;
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
 * A person's login to the portal, tied to one unit.
 */
@Entity
@Table(name = "user_account")
class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String username;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(name = "must_change_password", nullable = false)
	private boolean mustChangePassword;

	@Column(name = "failed_attempts", nullable = false)
	private int failedAttempts;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	@Column(nullable = false)
	private boolean demo;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "password_changed_at", nullable = false)
	private Instant passwordChangedAt;

	@Column(name = "last_login_at")
	private Instant lastLoginAt;

	@Column(name = "last_login_ip")
	private String lastLoginIp;

	@Column(name = "previous_login_at")
	private Instant previousLoginAt;

	@Column(name = "previous_login_ip")
	private String previousLoginIp;

	@Column(name = "failed_since_login", nullable = false)
	private int failedSinceLogin;

	@Column(name = "failed_before_last_login", nullable = false)
	private int failedBeforeLastLogin;

	@Column(name = "totp_secret")
	private String totpSecret;

	@Column(name = "totp_enrolled_at")
	private Instant totpEnrolledAt;

	@Version
	private long version;

	protected UserAccount() {
	}

	UserAccount(String username, String passwordHash, String displayName, Role role, Long unitId, boolean demo,
			Instant createdAt) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.role = role;
		this.unitId = unitId;
		this.demo = demo;
		this.createdAt = createdAt;
		this.passwordChangedAt = createdAt;
	}

	boolean isLocked(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	/**
	 * Counts a failed login; the last allowed failure locks the account for a while.
	 */
	/**
	 * Counts a failed login.
	 * @return whether this failure locked the account
	 */
	boolean recordFailedLogin(Instant now, int maxFailures, Duration lockDuration) {
		if (this.lockedUntil != null && !this.lockedUntil.isAfter(now)) {
			this.lockedUntil = null;
			this.failedAttempts = 0;
		}
		boolean wasLocked = this.lockedUntil != null;
		this.failedAttempts++;
		this.failedSinceLogin++;
		if (this.failedAttempts >= maxFailures) {
			this.lockedUntil = now.plus(lockDuration);
		}
		return !wasLocked && this.lockedUntil != null;
	}

	/**
	 * Remembers this login (time and address) and keeps the one before it, with the
	 * failed attempts in between, for the home page to show.
	 */
	void recordSuccessfulLogin(Instant now, String ip) {
		this.failedAttempts = 0;
		this.lockedUntil = null;
		this.previousLoginAt = this.lastLoginAt;
		this.previousLoginIp = this.lastLoginIp;
		this.failedBeforeLastLogin = this.failedSinceLogin;
		this.failedSinceLogin = 0;
		this.lastLoginAt = now;
		this.lastLoginIp = ip;
	}

	void changePassword(String newHash, Instant now) {
		this.passwordHash = newHash;
		this.mustChangePassword = false;
		this.passwordChangedAt = now;
	}

	/** The security administrator lifts a lockout. */
	void unlock() {
		this.failedAttempts = 0;
		this.lockedUntil = null;
	}

	boolean isPasswordExpired(Instant now, int maxAgeDays) {
		return this.passwordChangedAt.plus(Duration.ofDays(maxAgeDays)).isBefore(now);
	}

	void enrolTotp(String secret, Instant now) {
		this.totpSecret = secret;
		this.totpEnrolledAt = now;
	}

	void resetTotp() {
		this.totpSecret = null;
		this.totpEnrolledAt = null;
	}

	void changeRole(Role role) {
		this.role = role;
	}

	/**
	 * An administrator sets a temporary password; the user must choose their own at the
	 * next login.
	 */
	void resetPassword(String temporaryHash, Instant now) {
		this.passwordHash = temporaryHash;
		this.passwordChangedAt = now;
		this.mustChangePassword = true;
		this.failedAttempts = 0;
		this.lockedUntil = null;
	}

	void assign(String displayName, Long unitId) {
		this.displayName = displayName;
		this.unitId = unitId;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	Long getId() {
		return this.id;
	}

	String getUsername() {
		return this.username;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	String getDisplayName() {
		return this.displayName;
	}

	Role getRole() {
		return this.role;
	}

	Long getUnitId() {
		return this.unitId;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	int getFailedAttempts() {
		return this.failedAttempts;
	}

	Instant getLockedUntil() {
		return this.lockedUntil;
	}

	boolean isDemo() {
		return this.demo;
	}

	Instant getPasswordChangedAt() {
		return this.passwordChangedAt;
	}

	Instant getPreviousLoginAt() {
		return this.previousLoginAt;
	}

	String getPreviousLoginIp() {
		return this.previousLoginIp;
	}

	int getFailedBeforeLastLogin() {
		return this.failedBeforeLastLogin;
	}

	String getTotpSecret() {
		return this.totpSecret;
	}

	boolean isTotpEnrolled() {
		return this.totpSecret != null;
	}

	long getVersion() {
		return this.version;
	}

}
