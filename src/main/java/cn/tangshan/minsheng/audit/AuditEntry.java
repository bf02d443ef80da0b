package cn.tangshan.minsheng.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An immutable line of the audit trail.
 */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Instant at;

	@Column(name = "user_id")
	private Long userId;

	private String username;

	@Column(name = "unit_id")
	private Long unitId;

	private String ip;

	@Column(nullable = false)
	private String action;

	@Column(name = "report_id")
	private Long reportId;

	@Column(name = "indicator_id")
	private Long indicatorId;

	@Column(name = "target_unit_id")
	private Long targetUnitId;

	private String field;

	@Column(name = "old_value")
	private String oldValue;

	@Column(name = "new_value")
	private String newValue;

	private String reason;

	protected AuditEntry() {
	}

	AuditEntry(Instant at, Long userId, String username, Long unitId, String ip, AuditRecord record) {
		this.at = at;
		this.userId = userId;
		this.username = username;
		this.unitId = unitId;
		this.ip = ip;
		this.action = record.action();
		this.reportId = record.reportId();
		this.indicatorId = record.indicatorId();
		this.targetUnitId = record.targetUnitId();
		this.field = record.field();
		this.oldValue = record.oldValue();
		this.newValue = record.newValue();
		this.reason = record.reason();
	}

	AuditView toView() {
		return new AuditView(this.id, this.at, this.username, this.unitId, this.ip, this.action, this.reportId,
				this.indicatorId, this.targetUnitId, this.field, this.oldValue, this.newValue, this.reason);
	}

}
