package cn.tangshan.minsheng.reporting;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.account.Role;
import cn.tangshan.minsheng.audit.AuditLog;
import cn.tangshan.minsheng.audit.AuditRecord;
import cn.tangshan.minsheng.org.Units;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's extensions: one unit may report a closed month until a given time.
 */
@Service
@Transactional
public class Extensions {

	private final ExtensionRepository repository;

	private final Units units;

	private final ReportingCalendar calendar;

	private final AuditLog audit;

	Extensions(ExtensionRepository repository, Units units, ReportingCalendar calendar, AuditLog audit) {
		this.repository = repository;
		this.units = units;
		this.calendar = calendar;
		this.audit = audit;
	}

	public void grant(CurrentUser user, Long unitId, YearMonth month, Instant until, String reason) {
		if (!user.is(Role.COORDINATOR)) {
			throw new AccessDeniedException("Only the coordinator grants extensions");
		}
		Map<String, FieldProblem> problems = new java.util.LinkedHashMap<>();
		if (unitId == null || this.units.find(unitId).isEmpty()) {
			problems.put("unitId", new FieldProblem("extension.unit.unknown"));
		}
		if (month == null || !this.calendar.isInPlanYear(month)) {
			problems.put("month", new FieldProblem("extension.month.outside"));
		}
		if (until == null || !until.isAfter(this.calendar.now())) {
			problems.put("until", new FieldProblem("extension.until.past"));
		}
		if (reason == null || reason.isBlank()) {
			problems.put("reason", new FieldProblem("review.reason.required"));
		}
		if (!problems.isEmpty()) {
			throw new ReportValidationException(problems);
		}
		this.repository.save(new Extension(unitId, month, until, reason.strip(), user.id(), this.calendar.now()));
		this.audit.record(new AuditRecord("EXTENSION_GRANTED", null, null, unitId, "period", null,
				month + " → " + until, reason.strip()));
	}

	@Transactional(readOnly = true)
	public List<ExtensionView> list() {
		return this.repository.findAllByOrderByGrantedAtDesc()
			.stream()
			.map((e) -> new ExtensionView(e.getId(), e.getUnitId(), e.getMonth(), e.getUntil(), e.getReason(),
					e.getGrantedAt()))
			.toList();
	}

	/**
	 * An extension as the coordinator's list shows it.
	 */
	public record ExtensionView(Long id, Long unitId, YearMonth month, Instant until, String reason,
			Instant grantedAt) {
	}

}
