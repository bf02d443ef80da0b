package cn.tangshan.minsheng.account;

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
 * The system administrator's request for a role (a change, or a new administrative
 * account), which the security administrator approves or rejects.
 */
@Entity
@Table(name = "role_request")
class RoleRequest {

	enum Kind {

		CHANGE, NEW_ACCOUNT

	}

	enum Status {

		PENDING, APPROVED, REJECTED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "user_id", nullable = false)
	private Long userId;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_role")
	private Role fromRole;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_role", nullable = false)
	private Role toRole;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Kind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status = Status.PENDING;

	@Column(name = "requested_by", nullable = false)
	private String requestedBy;

	@Column(name = "requested_at", nullable = false)
	private Instant requestedAt;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Version
	private long version;

	protected RoleRequest() {
	}

	RoleRequest(Long userId, Role fromRole, Role toRole, Kind kind, String requestedBy, Instant requestedAt) {
		this.userId = userId;
		this.fromRole = fromRole;
		this.toRole = toRole;
		this.kind = kind;
		this.requestedBy = requestedBy;
		this.requestedAt = requestedAt;
	}

	void decide(boolean approved, String by, Instant at) {
		this.status = approved ? Status.APPROVED : Status.REJECTED;
		this.decidedBy = by;
		this.decidedAt = at;
	}

	Long getId() {
		return this.id;
	}

	Long getUserId() {
		return this.userId;
	}

	Role getFromRole() {
		return this.fromRole;
	}

	Role getToRole() {
		return this.toRole;
	}

	Kind getKind() {
		return this.kind;
	}

	Status getStatus() {
		return this.status;
	}

	String getRequestedBy() {
		return this.requestedBy;
	}

	Instant getRequestedAt() {
		return this.requestedAt;
	}

	String getDecidedBy() {
		return this.decidedBy;
	}

	Instant getDecidedAt() {
		return this.decidedAt;
	}

	long getVersion() {
		return this.version;
	}

}
