package cn.tangshan.minsheng.audit;

import java.time.Clock;
import java.util.List;

import cn.tangshan.minsheng.account.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit trail of reported data: who, from which unit and address, when, old and new
 * value, and why. Entries are written in the caller's transaction, so a change and its
 * audit entry are stored together or not at all.
 */
@Service
public class AuditLog {

	private final AuditEntryRepository repository;

	private final Clock clock;

	AuditLog(AuditEntryRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditRecord record) {
		Long userId = null;
		String username = null;
		Long unitId = null;
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			userId = user.id();
			username = user.getUsername();
			unitId = user.unitId();
		}
		this.repository.save(new AuditEntry(this.clock.instant(), userId, username, unitId, clientAddress(), record));
	}

	@Transactional(readOnly = true)
	public List<AuditView> forReport(Long reportId) {
		return this.repository.findByReportIdOrderByAtAscIdAsc(reportId).stream().map(AuditEntry::toView).toList();
	}

	@Transactional(readOnly = true)
	public List<AuditView> forCell(Long reportId, Long indicatorId) {
		return this.repository.findByReportIdAndIndicatorIdOrderByAtAscIdAsc(reportId, indicatorId)
			.stream()
			.map(AuditEntry::toView)
			.toList();
	}

	@Transactional(readOnly = true)
	public List<AuditView> forAllocation(Long indicatorId, Long unitId) {
		return this.repository.findByIndicatorIdAndTargetUnitIdAndReportIdIsNullOrderByAtAscIdAsc(indicatorId, unitId)
			.stream()
			.map(AuditEntry::toView)
			.toList();
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
