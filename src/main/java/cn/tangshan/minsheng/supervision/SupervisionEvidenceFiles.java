package cn.tangshan.minsheng.supervision;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.audit.AuditLog;
import cn.tangshan.minsheng.audit.AuditRecord;
import cn.tangshan.minsheng.reporting.EvidenceFiles;
import cn.tangshan.minsheng.reporting.StoredFile;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evidence (photos, PDFs) of an answer: checked by the rules of report evidence
 * ({@link EvidenceFiles#accept}), added and removed by the addressed unit while the order
 * awaits its answer, downloaded by whoever may see the order.
 */
@Service
@Transactional
public class SupervisionEvidenceFiles {

	private final SupervisionRepository orders;

	private final SupervisionEvidenceRepository evidence;

	private final SupervisionAccess access;

	private final EntityManager entityManager;

	private final AuditLog audit;

	private final Clock clock;

	SupervisionEvidenceFiles(SupervisionRepository orders, SupervisionEvidenceRepository evidence,
			SupervisionAccess access, EntityManager entityManager, AuditLog audit, Clock clock) {
		this.orders = orders;
		this.evidence = evidence;
		this.access = access;
		this.entityManager = entityManager;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Attaches a photo or PDF to the answer, by the rules of report evidence.
	 * @throws cn.tangshan.minsheng.reporting.EvidenceRejectedException nothing stored:
	 * the file is not acceptable
	 * @throws SupervisionConflictException nothing stored: the order no longer awaits an
	 * answer
	 */
	public SupervisionView.File add(CurrentUser user, Long orderId, String originalName, InputStream content) {
		SupervisionOrder order = changeableByUnit(user, orderId);
		EvidenceFiles.AcceptedFile file = EvidenceFiles.accept(originalName, content);
		Instant now = this.clock.instant();
		SupervisionEvidence stored = this.evidence
			.save(new SupervisionEvidence(order.getId(), (file.name() != null) ? file.name() : "evidence",
					file.contentType(), file.content(), file.thumbnail(), user.id(), now));
		String name = file.nameOr("evidence", stored.getId());
		stored.rename(name);
		this.audit.record(new AuditRecord("SUPERVISION_EVIDENCE_ADDED", null, order.getIndicatorId(), order.getUnitId(),
				"evidence", null, name, order.documentNumber().toString()));
		return new SupervisionView.File(stored.getId(), name, file.contentType(), file.content().length, now);
	}

	/**
	 * Removes a file from an answer not yet given.
	 */
	public void remove(CurrentUser user, Long evidenceId) {
		SupervisionView.File file = file(evidenceId);
		SupervisionOrder order = changeableByUnit(user, orderIdOf(evidenceId));
		this.entityManager.createQuery("delete from SupervisionEvidence e where e.id = ?1")
			.setParameter(1, evidenceId)
			.executeUpdate();
		this.audit.record(new AuditRecord("SUPERVISION_EVIDENCE_REMOVED", null, order.getIndicatorId(),
				order.getUnitId(), "evidence", file.fileName(), null, order.documentNumber().toString()));
	}

	/**
	 * The order a file belongs to, for pages that go back to it.
	 * @throws AccessDeniedException the user may not see the order
	 */
	@Transactional(readOnly = true)
	public Long orderOf(CurrentUser user, Long evidenceId) {
		Long orderId = orderIdOf(evidenceId);
		this.access.requireView(user, this.orders.findById(orderId).orElseThrow());
		return orderId;
	}

	/**
	 * A file as uploaded, for whoever may see the order.
	 */
	@Transactional(readOnly = true)
	public StoredFile download(CurrentUser user, Long evidenceId) {
		SupervisionView.File file = file(evidenceId);
		orderOf(user, evidenceId);
		byte[] content = this.entityManager
			.createQuery("select e.content from SupervisionEvidence e where e.id = ?1", byte[].class)
			.setParameter(1, evidenceId)
			.getSingleResult();
		return new StoredFile(file.fileName(), file.contentType(), content);
	}

	/**
	 * A photo's thumbnail; empty for a PDF.
	 */
	@Transactional(readOnly = true)
	public Optional<StoredFile> thumbnail(CurrentUser user, Long evidenceId) {
		SupervisionView.File file = file(evidenceId);
		orderOf(user, evidenceId);
		return this.entityManager
			.createQuery("select e.thumbnail from SupervisionEvidence e where e.id = ?1", byte[].class)
			.setParameter(1, evidenceId)
			.getResultList()
			.stream()
			.filter(Objects::nonNull)
			.findFirst()
			.map((bytes) -> new StoredFile(file.fileName(), file.contentType(), bytes));
	}

	private SupervisionOrder changeableByUnit(CurrentUser user, Long orderId) {
		SupervisionOrder order = this.orders.findById(orderId)
			.orElseThrow(() -> new SupervisionNotFoundException("Order " + orderId));
		if (!SupervisionAccess.isAddressee(user, order)) {
			throw new AccessDeniedException("Order " + orderId + " is not " + user.getUsername() + "'s to answer");
		}
		// Only then the lock: shares the row with other readers but not with a change of
		// state, and reads the state as it is now.
		this.entityManager.refresh(order, LockModeType.PESSIMISTIC_READ);
		if (!order.getStatus().awaitsAnswer()) {
			throw new SupervisionConflictException("supervision.evidence.locked");
		}
		return order;
	}

	private SupervisionView.File file(Long evidenceId) {
		return files("e.id = ?1", evidenceId).stream()
			.findFirst()
			.orElseThrow(() -> new SupervisionNotFoundException("Evidence " + evidenceId));
	}

	/** Files without their content, which may be large. */
	private List<SupervisionView.File> files(String condition, Long id) {
		return this.entityManager
			.createQuery("select e.id, e.fileName, e.contentType, e.sizeBytes, e.uploadedAt from SupervisionEvidence e"
					+ " where " + condition + " order by e.id", Object[].class)
			.setParameter(1, id)
			.getResultStream()
			.map((row) -> new SupervisionView.File((Long) row[0], (String) row[1], (String) row[2], (Integer) row[3],
					(Instant) row[4]))
			.toList();
	}

	private Long orderIdOf(Long evidenceId) {
		return this.entityManager.createQuery("select e.orderId from SupervisionEvidence e where e.id = ?1", Long.class)
			.setParameter(1, evidenceId)
			.getResultStream()
			.findFirst()
			.orElseThrow(() -> new SupervisionNotFoundException("Evidence " + evidenceId));
	}

	List<SupervisionView.File> files(Long orderId) {
		return files("e.orderId = ?1", orderId);
	}

}
