package cn.tangshan.minsheng.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.audit.AuditLog;
import cn.tangshan.minsheng.audit.AuditRecord;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence files (photos, PDFs) of monthly reports. Only the reporting unit adds and
 * removes them, and only while it may still change the report; whoever may see a report
 * may download its files. A file is accepted for what its content is, never for its name.
 */
@Service
@Transactional
public class EvidenceFiles {

	/** The largest file accepted, in megabytes (the multipart limit is set to match). */
	public static final int MAX_MEGABYTES = 10;

	static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;

	private final EvidenceRepository evidence;

	private final ReportRepository reports;

	private final ReportAccess access;

	private final ReportingCalendar calendar;

	private final AuditLog audit;

	private final EntityManager entityManager;

	EvidenceFiles(EvidenceRepository evidence, ReportRepository reports, ReportAccess access,
			ReportingCalendar calendar, AuditLog audit, EntityManager entityManager) {
		this.evidence = evidence;
		this.reports = reports;
		this.access = access;
		this.calendar = calendar;
		this.audit = audit;
		this.entityManager = entityManager;
	}

	/**
	 * Stores a file as evidence of a report, with a thumbnail for a photo.
	 * @param originalName the name the browser sent; only a cleaned-up version is kept
	 * @throws EvidenceRejectedException nothing stored; the file is not acceptable
	 * @throws ReportConflictException nothing stored; the report can no longer change
	 * @throws AccessDeniedException the report is not the user's unit's
	 * @throws ReportNotFoundException no such report
	 */
	public EvidenceView upload(CurrentUser user, Long reportId, String originalName, InputStream content) {
		Report report = lockChangeable(user, reportId);
		AcceptedFile file = accept(originalName, content);
		String name = file.name();
		Instant now = this.calendar.now();
		Evidence stored = this.evidence.save(new Evidence(reportId, (name != null) ? name : "evidence",
				file.contentType(), file.content(), file.thumbnail(), user.id(), now));
		if (name == null) {
			// Named after its id, known only now.
			name = file.nameOr("evidence", stored.getId());
			this.entityManager.createQuery("update Evidence e set e.fileName = ?1 where e.id = ?2")
				.setParameter(1, name)
				.setParameter(2, stored.getId())
				.executeUpdate();
		}
		this.audit.record(
				new AuditRecord("EVIDENCE_ADDED", reportId, null, report.getUnitId(), "evidence", null, name, null));
		return new EvidenceView(stored.getId(), reportId, name, file.contentType(), file.content().length, now);
	}

	/**
	 * Removes an evidence file.
	 * @throws ReportConflictException nothing removed; the report can no longer change
	 * @throws AccessDeniedException the report is not the user's unit's
	 * @throws EvidenceNotFoundException no such file
	 */
	public void delete(CurrentUser user, Long evidenceId) {
		EvidenceView file = view(evidenceId);
		Report report = lockChangeable(user, file.reportId());
		int deleted = this.entityManager.createQuery("delete from Evidence e where e.id = ?1")
			.setParameter(1, evidenceId)
			.executeUpdate();
		if (deleted == 0) {
			throw new EvidenceNotFoundException(evidenceId);
		}
		this.audit.record(new AuditRecord("EVIDENCE_REMOVED", file.reportId(), null, report.getUnitId(), "evidence",
				file.fileName(), null, null));
	}

	/**
	 * An evidence file as lists show it.
	 * @throws AccessDeniedException the user may not see the report
	 * @throws EvidenceNotFoundException no such file
	 */
	@Transactional(readOnly = true)
	public EvidenceView find(CurrentUser user, Long evidenceId) {
		EvidenceView file = view(evidenceId);
		viewable(user, file.reportId());
		return file;
	}

	/**
	 * The file as uploaded.
	 * @throws AccessDeniedException the user may not see the report
	 * @throws EvidenceNotFoundException no such file
	 */
	@Transactional(readOnly = true)
	public StoredFile download(CurrentUser user, Long evidenceId) {
		EvidenceView file = find(user, evidenceId);
		byte[] content = this.entityManager
			.createQuery("select e.content from Evidence e where e.id = ?1", byte[].class)
			.setParameter(1, evidenceId)
			.getResultStream()
			.findFirst()
			.orElseThrow(() -> new EvidenceNotFoundException(evidenceId));
		return new StoredFile(file.fileName(), file.contentType(), content);
	}

	/**
	 * A photo's thumbnail (same type as the photo); empty for a PDF, which has none.
	 * @throws AccessDeniedException the user may not see the report
	 * @throws EvidenceNotFoundException no such file
	 */
	@Transactional(readOnly = true)
	public Optional<StoredFile> thumbnail(CurrentUser user, Long evidenceId) {
		EvidenceView file = find(user, evidenceId);
		List<byte[]> found = this.entityManager
			.createQuery("select e.thumbnail from Evidence e where e.id = ?1", byte[].class)
			.setParameter(1, evidenceId)
			.getResultList();
		return found.stream()
			.filter((bytes) -> bytes != null)
			.findFirst()
			.map((bytes) -> new StoredFile(file.fileName(), file.contentType(), bytes));
	}

	/**
	 * Where a report is shown: its unit, project and month (for pages that go back to
	 * it).
	 * @throws AccessDeniedException the user may not see the report
	 * @throws ReportNotFoundException no such report
	 */
	@Transactional(readOnly = true)
	public ReportPlace place(CurrentUser user, Long reportId) {
		Report report = viewable(user, reportId);
		return new ReportPlace(report.getId(), report.getUnitId(), report.getProjectId(), report.getMonth());
	}

	private EvidenceView view(Long evidenceId) {
		return this.entityManager.createQuery("""
				select new cn.tangshan.minsheng.reporting.EvidenceView(e.id, e.reportId, e.fileName, e.contentType,
					e.sizeBytes, e.uploadedAt) from Evidence e where e.id = ?1""", EvidenceView.class)
			.setParameter(1, evidenceId)
			.getResultStream()
			.findFirst()
			.orElseThrow(() -> new EvidenceNotFoundException(evidenceId));
	}

	private Report viewable(CurrentUser user, Long reportId) {
		Report report = this.reports.findById(reportId).orElseThrow(() -> new ReportNotFoundException(reportId));
		if (!this.access.canView(user, report)) {
			throw new AccessDeniedException("Report " + reportId + " is not visible to " + user.getUsername());
		}
		return report;
	}

	/**
	 * The report, if the user's unit may still change it: the same rules as for its
	 * figures. The row stays share-locked until the transaction ends, so the report
	 * cannot be submitted or approved while a file is being added to it.
	 */
	private Report lockChangeable(CurrentUser user, Long reportId) {
		Report report = this.entityManager.find(Report.class, reportId, LockModeType.PESSIMISTIC_READ);
		if (report == null) {
			throw new ReportNotFoundException(reportId);
		}
		if (!this.access.canEdit(user, report)) {
			throw new AccessDeniedException("Report " + reportId + " is not " + user.getUsername() + "'s to change");
		}
		if (!report.getStatus().isEditable()) {
			throw new ReportConflictException("evidence.locked");
		}
		MonthForm.Window window = this.calendar.window(report.getUnitId(), report.getMonth());
		boolean open = window == MonthForm.Window.OPEN || window == MonthForm.Window.EXTENDED;
		if (!open && report.getStatus() != ReportStatus.RETURNED) {
			throw new ReportConflictException("evidence.closed");
		}
		return report;
	}

	/**
	 * Checks a file by the same rules as report evidence (type from the content, size,
	 * readable photo, safe name) and makes its thumbnail, without storing anything: for
	 * other modules that keep evidence of their own (e.g. a supervision order's answer).
	 * @throws EvidenceRejectedException the file is not acceptable
	 */
	public static AcceptedFile accept(String originalName, InputStream content) {
		byte[] bytes = read(content);
		if (bytes.length == 0) {
			throw new EvidenceRejectedException("evidence.empty");
		}
		EvidenceType type = EvidenceType.detect(bytes)
			.orElseThrow(() -> new EvidenceRejectedException("evidence.type"));
		byte[] thumbnail = type.isImage() ? Thumbnails.of(bytes, type) : null;
		return new AcceptedFile(EvidenceNames.of(originalName, type), type.contentType(), type.extension(), bytes,
				thumbnail);
	}

	private static byte[] read(InputStream content) {
		try {
			// One byte more than allowed tells a file that is too large.
			byte[] bytes = content.readNBytes(MAX_BYTES + 1);
			if (bytes.length > MAX_BYTES) {
				throw new EvidenceRejectedException("evidence.tooLarge", MAX_MEGABYTES);
			}
			return bytes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the uploaded file", ex);
		}
	}

	/**
	 * A file that passed {@link #accept}.
	 *
	 * @param name the safe name, null when nothing usable was left of the original name
	 * @param extension what the file really is, without the dot ("jpg")
	 * @param thumbnail a photo's thumbnail, null for a PDF
	 */
	public record AcceptedFile(String name, String contentType, String extension, byte[] content, byte[] thumbnail) {

		/** The safe name, or {@code <base>-<id>.<extension>} when there was none. */
		public String nameOr(String base, Long id) {
			return (this.name != null) ? this.name : base + "-" + id + "." + this.extension;
		}

	}

	/**
	 * Where a report is shown.
	 */
	public record ReportPlace(Long reportId, Long unitId, Long projectId, YearMonth month) {
	}

}
