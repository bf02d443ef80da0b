package cn.tangshan.minsheng.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One earlier password of an account (its hash), so that it is not chosen again.
 */
@Entity
@Table(name = "password_history")
class PasswordHistoryEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "user_id", nullable = false)
	private Long userId;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	protected PasswordHistoryEntry() {
	}

	PasswordHistoryEntry(Long userId, String passwordHash, Instant changedAt) {
		this.userId = userId;
		this.passwordHash = passwordHash;
		this.changedAt = changedAt;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

}
