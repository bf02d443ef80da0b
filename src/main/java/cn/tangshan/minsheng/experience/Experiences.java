package cn.tangshan.minsheng.experience;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.account.Role;
import cn.tangshan.minsheng.audit.AuditLog;
import cn.tangshan.minsheng.audit.AuditRecord;
import cn.tangshan.minsheng.notification.NotificationKind;
import cn.tangshan.minsheng.notification.Notifications;
import cn.tangshan.minsheng.org.UnitView;
import cn.tangshan.minsheng.org.Units;
import cn.tangshan.minsheng.plan.PlanArchivedException;
import cn.tangshan.minsheng.plan.PlanCatalog;
import cn.tangshan.minsheng.plan.PlanOverview;
import cn.tangshan.minsheng.plan.PlanSummary;
import cn.tangshan.minsheng.plan.ProjectView;
import cn.tangshan.minsheng.reporting.EvidenceFiles;
import cn.tangshan.minsheng.reporting.EvidenceRejectedException;
import cn.tangshan.minsheng.reporting.StoredFile;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The module's API: 典型经验 from draft to publication and into a bulletin. Who may do what
 * is decided here on every call: a county or a department writes, edits and submits its
 * own unit's articles (and sees only those); the coordinator sees all, publishes, returns
 * with a reason and marks for the next bulletin; city leaders read published ones. Every
 * change is audited (who, when, old, new); the unit is notified when an article is
 * published or returned. An article of an archived plan year is read-only.
 */
@Service
@Transactional
public class Experiences {

	/** The most photos an article has. */
	public static final int MAX_PHOTOS = 6;

	/** The longest title. */
	public static final int MAX_TITLE = 100;

	/** The longest text. */
	public static final int MAX_BODY = 5000;

	/** The longest return reason. */
	public static final int MAX_REASON = 1000;

	private final ExperienceRepository experiences;

	private final EntityManager entityManager;

	private final PlanCatalog plans;

	private final Units units;

	private final Notifications notifications;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Experiences(ExperienceRepository experiences, EntityManager entityManager, PlanCatalog plans, Units units,
			Notifications notifications, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.experiences = experiences;
		this.entityManager = entityManager;
		this.plans = plans;
		this.units = units;
		this.notifications = notifications;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The same service on another clock, inside the caller's transaction: the demo data
	 * takes each step on its own day, by the same rules as a user.
	 */
	Experiences at(Clock other) {
		return new Experiences(this.experiences, this.entityManager, this.plans, this.units, this.notifications,
				this.audit, this.events, other);
	}

	/** What a unit writes: the project (of the plan year in force), title and text. */
	public record Draft(Long projectId, String title, String body) {
	}

	/** An uploaded photo, not yet checked. */
	public record Upload(String name, InputStream content) {
	}

	/**
	 * A new article of the user's unit, saved as a draft or submitted at once; its photos
	 * are checked first.
	 * @throws ExperienceValidationException nothing stored
	 * @throws AccessDeniedException the user is neither a county nor a department
	 */
	public ExperienceView create(CurrentUser user, Draft input, List<Upload> uploads, boolean submit) {
		requireWriter(user);
		ProjectView project = projectInForce(input.projectId());
		String title = requireText("title", input.title(), MAX_TITLE);
		String body = requireText("body", input.body(), MAX_BODY);
		List<EvidenceFiles.AcceptedFile> photos = accept(uploads, 0);
		Instant now = this.clock.instant();
		int year = this.plans.currentPlan().orElseThrow().year();
		Experience experience = this.experiences
			.save(new Experience(year, project.id(), user.unitId(), title, body, user.id(), now));
		audit(experience, "EXPERIENCE_CREATED", "title", null, title, null);
		store(user, experience, photos, now);
		if (submit) {
			experience.submit(now);
			audit(experience, "EXPERIENCE_SUBMITTED", "status", ExperienceStatus.DRAFT.name(),
					ExperienceStatus.SUBMITTED.name(), null);
		}
		return changed(user, experience);
	}

	/**
	 * The unit's changes to its draft or returned article: text, photos added and
	 * removed, and perhaps submitted.
	 * @throws ExperienceConflictException someone changed it since {@code version}, or it
	 * can no longer be changed
	 */
	public ExperienceView update(CurrentUser user, Long id, long version, Draft input, List<Upload> uploads,
			Collection<Long> removedPhotoIds, boolean submit) {
		Experience experience = lock(id, version);
		requireOwn(user, experience);
		if (!experience.getStatus().isEditable()) {
			throw new ExperienceConflictException("experience.conflict.state");
		}
		ProjectView project = projectInForce(input.projectId());
		String title = requireText("title", input.title(), MAX_TITLE);
		String body = requireText("body", input.body(), MAX_BODY);
		List<Long> existing = photoIds(experience.getId());
		Set<Long> removed = (removedPhotoIds != null)
				? removedPhotoIds.stream().filter(existing::contains).collect(Collectors.toSet()) : Set.of();
		List<EvidenceFiles.AcceptedFile> photos = accept(uploads, existing.size() - removed.size());
		Instant now = this.clock.instant();
		String oldTitle = experience.getTitle();
		String oldBody = experience.getBody();
		Long oldProject = experience.getProjectId();
		experience.edit(project.id(), title, body, now);
		if (!oldTitle.equals(title)) {
			audit(experience, "EXPERIENCE_EDITED", "title", oldTitle, title, null);
		}
		if (!oldBody.equals(body)) {
			audit(experience, "EXPERIENCE_EDITED", "body", oldBody, body, null);
		}
		if (!oldProject.equals(project.id())) {
			audit(experience, "EXPERIENCE_EDITED", "project", String.valueOf(oldProject), String.valueOf(project.id()),
					null);
		}
		for (Long photoId : removed) {
			String name = this.entityManager
				.createQuery("select p.fileName from ExperiencePhoto p where p.id = ?1", String.class)
				.setParameter(1, photoId)
				.getSingleResult();
			this.entityManager.createQuery("delete from ExperiencePhoto p where p.id = ?1")
				.setParameter(1, photoId)
				.executeUpdate();
			audit(experience, "EXPERIENCE_PHOTO_REMOVED", "photo", name, null, null);
		}
		store(user, experience, photos, now);
		if (submit) {
			ExperienceStatus from = experience.getStatus();
			experience.submit(now);
			audit(experience, "EXPERIENCE_SUBMITTED", "status", from.name(), ExperienceStatus.SUBMITTED.name(), null);
		}
		return changed(user, experience);
	}

	/** The coordinator publishes a submitted article; the unit is told. */
	public ExperienceView publish(CurrentUser user, Long id, long version) {
		requireCoordinator(user);
		Experience experience = lock(id, version);
		ExperienceStatus from = experience.getStatus();
		experience.publish(this.clock.instant());
		audit(experience, "EXPERIENCE_PUBLISHED", "status", from.name(), experience.getStatus().name(), null);
		notifyUnit(user, experience, NotificationKind.EXPERIENCE_PUBLISHED);
		return changed(user, experience);
	}

	/**
	 * The coordinator returns a submitted (or takes back a published) article with a
	 * reason; the unit is told and may edit and submit it again.
	 */
	public ExperienceView returnToUnit(CurrentUser user, Long id, long version, String reason) {
		requireCoordinator(user);
		String text = requireText("reason", reason, MAX_REASON);
		Experience experience = lock(id, version);
		ExperienceStatus from = experience.getStatus();
		experience.returnToUnit(text, this.clock.instant());
		audit(experience, "EXPERIENCE_RETURNED", "status", from.name(), experience.getStatus().name(), text);
		notifyUnit(user, experience, NotificationKind.EXPERIENCE_RETURNED);
		return changed(user, experience);
	}

	/**
	 * The coordinator marks an article for the next bulletin's 典型经验 section, or takes the
	 * mark off. An article a bulletin already carried is not marked again.
	 */
	public ExperienceView markForBulletin(CurrentUser user, Long id, long version, boolean mark) {
		requireCoordinator(user);
		Experience experience = lock(id, version);
		boolean was = experience.isForBulletin();
		experience.markForBulletin(mark, this.clock.instant());
		audit(experience, "EXPERIENCE_BULLETIN_MARK", "forBulletin", String.valueOf(was), String.valueOf(mark), null);
		return changed(user, experience);
	}

	/**
	 * An article with its photos and what the user may do.
	 * @throws ExperienceNotFoundException no such article
	 * @throws AccessDeniedException the user may not see it
	 */
	@Transactional(readOnly = true)
	public ExperienceView find(CurrentUser user, Long id) {
		Experience experience = find(id);
		requireView(user, experience);
		return views(user, List.of(experience), true).get(0);
	}

	/** The articles the user may see, last changed first. */
	@Transactional(readOnly = true)
	public List<ExperienceView> list(CurrentUser user) {
		List<Experience> visible = switch (user.role()) {
			case COORDINATOR -> this.experiences.newestFirst();
			case COUNTY, DEPARTMENT -> this.experiences.ofUnit(user.unitId());
			case LEADER -> this.experiences.withStatus(ExperienceStatus.PUBLISHED);
			default -> throw new AccessDeniedException("Typical experience is not for " + user.role());
		};
		return views(user, visible, false);
	}

	/** Whether the user writes articles (a county or a department). */
	public boolean mayWrite(CurrentUser user) {
		return user.is(Role.COUNTY) || user.is(Role.DEPARTMENT);
	}

	/** The projects an article may belong to: those of the plan year in force. */
	@Transactional(readOnly = true)
	public List<ProjectView> projects() {
		return this.plans.currentOverview().map(PlanOverview::projects).orElse(List.of());
	}

	/**
	 * A photo (or its thumbnail) for whoever may see its article.
	 * @throws ExperienceNotFoundException no such photo
	 * @throws AccessDeniedException the user may not see the article
	 */
	@Transactional(readOnly = true)
	public Optional<StoredFile> photo(CurrentUser user, Long photoId, boolean thumbnail) {
		Object[] row = photoRow(photoId);
		requireView(user, find((Long) row[0]));
		return bytes(photoId, row, thumbnail);
	}

	/**
	 * The cockpit's and the public page's list: a plan year's published articles, newest
	 * first.
	 */
	@Transactional(readOnly = true)
	public List<PublishedExperience> published(int planYear, int limit) {
		List<Experience> found = this.experiences.published(planYear);
		List<Experience> shown = found.subList(0, Math.min(found.size(), Math.max(limit, 0)));
		Map<Long, String> unitNames = unitNames(shown);
		Map<Long, ProjectView> projects = projects(shown);
		Map<Long, Long> firstPhotos = firstPhotos(shown);
		return shown.stream()
			.map((e) -> new PublishedExperience(e.getId(), e.getTitle(), unitNames.get(e.getUnitId()), e.getProjectId(),
					projectName(projects, e.getProjectId()), e.getPublishedAt(), firstPhotos.get(e.getId())))
			.toList();
	}

	/** A published article for the public; empty for anything not published. */
	@Transactional(readOnly = true)
	public Optional<PublicArticle> publishedArticle(Long id) {
		return this.experiences.findById(id)
			.filter((e) -> e.getStatus() == ExperienceStatus.PUBLISHED)
			.map((e) -> new PublicArticle(e.getId(), e.getPlanYear(), e.getTitle(), e.getBody(),
					unitNames(List.of(e)).get(e.getUnitId()), e.getProjectId(),
					projectName(projects(List.of(e)), e.getProjectId()), e.getPublishedAt(), photoIds(e.getId())));
	}

	/**
	 * A photo of a published article of the given plan year, for the public; empty for
	 * any other.
	 */
	@Transactional(readOnly = true)
	public Optional<StoredFile> publishedPhoto(int planYear, Long photoId, boolean thumbnail) {
		Object[] row;
		try {
			row = photoRow(photoId);
		}
		catch (ExperienceNotFoundException ex) {
			return Optional.empty();
		}
		Experience experience = find((Long) row[0]);
		if (experience.getStatus() != ExperienceStatus.PUBLISHED || experience.getPlanYear() != planYear) {
			return Optional.empty();
		}
		return bytes(photoId, row, thumbnail);
	}

	/**
	 * What the public pages of a year depend on: the published articles and their
	 * versions, as one short string that changes whenever one of them does.
	 */
	@Transactional(readOnly = true)
	public String publishedRevision(int planYear) {
		return (String) this.entityManager.createNativeQuery("""
				select coalesce(md5(string_agg(id || ':' || version, ',' order by id)), '0') from experience
				where plan_year = ?1 and status = 'PUBLISHED'""").setParameter(1, planYear).getSingleResult();
	}

	/** The articles marked for a year's next bulletin (a draft's live section). */
	@Transactional(readOnly = true)
	public List<BulletinExperience> markedForBulletin(int planYear) {
		return bulletinRows(this.experiences.markedForBulletin(planYear));
	}

	/**
	 * Issuing a bulletin: the articles marked for it, which it now carries; their marks
	 * are used up, so the following bulletin does not repeat them. Rows stay locked until
	 * the issue commits.
	 */
	public List<BulletinExperience> takeForBulletin(int planYear, Long bulletinId) {
		List<Experience> marked = this.entityManager.createQuery(
				"select e from Experience e where e.planYear = ?1 and e.forBulletin = true order by e.updatedAt, e.id",
				Experience.class)
			.setParameter(1, planYear)
			.setLockMode(LockModeType.PESSIMISTIC_WRITE)
			.getResultList();
		List<BulletinExperience> rows = bulletinRows(marked);
		Instant now = this.clock.instant();
		for (Experience experience : marked) {
			experience.carriedBy(bulletinId, now);
			audit(experience, "EXPERIENCE_IN_BULLETIN", "bulletin", null, String.valueOf(bulletinId), null);
			this.events.publishEvent(new ExperienceChanged(experience.getId(), experience.getPlanYear()));
		}
		return rows;
	}

	/** Marks an article as demo data (the demo runner). */
	void markDemo(Long id) {
		find(id).markDemo();
	}

	private List<BulletinExperience> bulletinRows(List<Experience> found) {
		Map<Long, String> unitNames = unitNames(found);
		Map<Long, ProjectView> projects = projects(found);
		return found.stream()
			.map((e) -> new BulletinExperience(e.getId(), e.getTitle(), unitNames.get(e.getUnitId()),
					projectName(projects, e.getProjectId()), e.getBody()))
			.toList();
	}

	private ExperienceView changed(CurrentUser user, Experience experience) {
		this.entityManager.flush();
		this.events.publishEvent(new ExperienceChanged(experience.getId(), experience.getPlanYear()));
		return views(user, List.of(experience), true).get(0);
	}

	private void notifyUnit(CurrentUser user, Experience experience, NotificationKind kind) {
		this.notifications.send(List.of(experience.getUnitId()), kind, YearMonth.now(this.clock), user.id(),
				"/experience/" + experience.getId());
	}

	private void audit(Experience experience, String action, String field, String oldValue, String newValue,
			String reason) {
		this.audit.record(new AuditRecord(action, null, null, experience.getUnitId(),
				"experience:" + experience.getId() + ":" + field, oldValue, newValue, reason));
	}

	private ProjectView projectInForce(Long projectId) {
		if (projectId == null) {
			throw new ExperienceValidationException("projectId", "NotNull");
		}
		return projects().stream()
			.filter((p) -> p.id().equals(projectId))
			.findFirst()
			.orElseThrow(() -> new ExperienceValidationException("projectId", "experience.project.unknown"));
	}

	private List<EvidenceFiles.AcceptedFile> accept(List<Upload> uploads, int kept) {
		if (kept + uploads.size() > MAX_PHOTOS) {
			throw new ExperienceValidationException("photos", "experience.photos.tooMany", MAX_PHOTOS);
		}
		List<EvidenceFiles.AcceptedFile> accepted = new ArrayList<>();
		for (Upload upload : uploads) {
			EvidenceFiles.AcceptedFile file;
			try {
				file = EvidenceFiles.accept(upload.name(), upload.content());
			}
			catch (EvidenceRejectedException ex) {
				throw new ExperienceValidationException("photos", ex.code(), ex.argument());
			}
			if (!file.contentType().startsWith("image/")) {
				throw new ExperienceValidationException("photos", "experience.photos.imageOnly");
			}
			accepted.add(file);
		}
		return accepted;
	}

	private void store(CurrentUser user, Experience experience, List<EvidenceFiles.AcceptedFile> photos, Instant now) {
		for (EvidenceFiles.AcceptedFile file : photos) {
			ExperiencePhoto stored = new ExperiencePhoto(experience.getId(),
					(file.name() != null) ? file.name() : "photo", file.contentType(), file.content(), file.thumbnail(),
					user.id(), now);
			this.entityManager.persist(stored);
			this.entityManager.flush();
			String name = file.nameOr("photo", stored.getId());
			stored.rename(name);
			audit(experience, "EXPERIENCE_PHOTO_ADDED", "photo", null, name, null);
		}
	}

	private Experience find(Long id) {
		return this.experiences.findById(id).orElseThrow(() -> new ExperienceNotFoundException("Experience " + id));
	}

	/**
	 * The article locked for a change, if it is still the version the user saw and its
	 * year is in force.
	 */
	private Experience lock(Long id, long version) {
		Experience experience = this.entityManager.find(Experience.class, id, LockModeType.PESSIMISTIC_WRITE);
		if (experience == null) {
			throw new ExperienceNotFoundException("Experience " + id);
		}
		this.plans.plan(experience.getPlanYear()).filter(PlanSummary::archived).ifPresent((plan) -> {
			throw new PlanArchivedException(plan.year());
		});
		if (experience.getVersion() != version) {
			throw new ExperienceConflictException("experience.conflict.stale");
		}
		return experience;
	}

	private void requireView(CurrentUser user, Experience experience) {
		boolean may = switch (user.role()) {
			case COORDINATOR -> true;
			case COUNTY, DEPARTMENT -> experience.getUnitId().equals(user.unitId());
			case LEADER -> experience.getStatus() == ExperienceStatus.PUBLISHED;
			default -> false;
		};
		if (!may) {
			throw new AccessDeniedException(
					"Experience " + experience.getId() + " is not visible to " + user.getUsername());
		}
	}

	private static void requireOwn(CurrentUser user, Experience experience) {
		requireWriter(user);
		if (!experience.getUnitId().equals(user.unitId())) {
			throw new AccessDeniedException(
					"Experience " + experience.getId() + " is not " + user.getUsername() + "'s to change");
		}
	}

	private static void requireWriter(CurrentUser user) {
		if (!user.is(Role.COUNTY) && !user.is(Role.DEPARTMENT)) {
			throw new AccessDeniedException("Only counties and departments write typical experience");
		}
	}

	private static void requireCoordinator(CurrentUser user) {
		if (!user.is(Role.COORDINATOR)) {
			throw new AccessDeniedException("Only the coordinator publishes typical experience");
		}
	}

	private static String requireText(String field, String text, int max) {
		if (!StringUtils.hasText(text)) {
			throw new ExperienceValidationException(field, "NotBlank");
		}
		String stripped = text.strip().replace("\r\n", "\n");
		// PostgreSQL stores no NUL; other control characters have no place in an article.
		if (stripped.chars().anyMatch((c) -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
			throw new ExperienceValidationException(field, "experience.text.control");
		}
		if (stripped.length() > max) {
			throw new ExperienceValidationException(field, "experience.text.tooLong", max);
		}
		return stripped;
	}

	private Object[] photoRow(Long photoId) {
		return this.entityManager
			.createQuery("select p.experienceId, p.fileName, p.contentType from ExperiencePhoto p where p.id = ?1",
					Object[].class)
			.setParameter(1, photoId)
			.getResultStream()
			.findFirst()
			.orElseThrow(() -> new ExperienceNotFoundException("Photo " + photoId));
	}

	private Optional<StoredFile> bytes(Long photoId, Object[] row, boolean thumbnail) {
		byte[] bytes = this.entityManager
			.createQuery(
					"select " + (thumbnail ? "p.thumbnail" : "p.content") + " from ExperiencePhoto p where p.id = ?1",
					byte[].class)
			.setParameter(1, photoId)
			.getSingleResult();
		return Optional.ofNullable(bytes).map((b) -> new StoredFile((String) row[1], (String) row[2], b));
	}

	private List<Long> photoIds(Long experienceId) {
		return this.entityManager
			.createQuery("select p.id from ExperiencePhoto p where p.experienceId = ?1 order by p.id", Long.class)
			.setParameter(1, experienceId)
			.getResultList();
	}

	private Map<Long, Long> firstPhotos(List<Experience> found) {
		if (found.isEmpty()) {
			return Map.of();
		}
		Map<Long, Long> first = new HashMap<>();
		this.entityManager.createQuery(
				"select p.experienceId, min(p.id) from ExperiencePhoto p where p.experienceId in ?1 group by p.experienceId",
				Object[].class)
			.setParameter(1, found.stream().map(Experience::getId).toList())
			.getResultList()
			.forEach((row) -> first.put((Long) row[0], (Long) row[1]));
		return first;
	}

	private Map<Long, String> unitNames(List<Experience> found) {
		return this.units.byIds(found.stream().map(Experience::getUnitId).collect(Collectors.toSet()))
			.values()
			.stream()
			.collect(Collectors.toMap(UnitView::id, UnitView::name));
	}

	private Map<Long, ProjectView> projects(List<Experience> found) {
		Map<Long, ProjectView> projects = new HashMap<>();
		for (Long id : found.stream().map(Experience::getProjectId).collect(Collectors.toSet())) {
			this.plans.project(id).ifPresent((p) -> projects.put(id, p));
		}
		return projects;
	}

	private static String projectName(Map<Long, ProjectView> projects, Long id) {
		ProjectView project = projects.get(id);
		return (project != null) ? project.name() : "";
	}

	private List<ExperienceView> views(CurrentUser user, List<Experience> found, boolean withPhotos) {
		Map<Long, UnitView> unitViews = this.units
			.byIds(found.stream().map(Experience::getUnitId).filter(Objects::nonNull).collect(Collectors.toSet()));
		Map<Long, ProjectView> projects = projects(found);
		List<ExperienceView> views = new ArrayList<>();
		for (Experience e : found) {
			List<ExperienceView.Photo> photos = withPhotos ? this.entityManager.createQuery(
					"select p.id, p.fileName, p.sizeBytes from ExperiencePhoto p where p.experienceId = ?1 order by p.id",
					Object[].class)
				.setParameter(1, e.getId())
				.getResultStream()
				.map((row) -> new ExperienceView.Photo((Long) row[0], (String) row[1], (Integer) row[2]))
				.toList() : List.of();
			boolean inForce = this.plans.plan(e.getPlanYear()).map(PlanSummary::active).orElse(false);
			boolean own = (user.is(Role.COUNTY) || user.is(Role.DEPARTMENT)) && e.getUnitId().equals(user.unitId());
			boolean coordinator = user.is(Role.COORDINATOR);
			ExperienceStatus s = e.getStatus();
			ExperienceView.Permissions may = new ExperienceView.Permissions(inForce && own && s.isEditable(),
					inForce && coordinator && s == ExperienceStatus.SUBMITTED,
					inForce && coordinator && s == ExperienceStatus.PUBLISHED,
					inForce && coordinator && (s == ExperienceStatus.SUBMITTED || s == ExperienceStatus.PUBLISHED)
							&& e.getBulletinId() == null);
			views.add(new ExperienceView(e.getId(), e.getPlanYear(), projects.get(e.getProjectId()),
					unitViews.get(e.getUnitId()), e.getTitle(), e.getBody(), s, e.getReturnReason(), e.isForBulletin(),
					e.getBulletinId(), e.getSubmittedAt(), e.getPublishedAt(), e.getUpdatedAt(), e.getVersion(),
					e.isDemo(), photos, may));
		}
		return views;
	}

}
