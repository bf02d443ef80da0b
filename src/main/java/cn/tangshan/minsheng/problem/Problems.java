package cn.tangshan.minsheng.problem;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.account.Role;
import cn.tangshan.minsheng.audit.AuditLog;
import cn.tangshan.minsheng.audit.AuditRecord;
import cn.tangshan.minsheng.notification.NotificationKind;
import cn.tangshan.minsheng.notification.Notifications;
import cn.tangshan.minsheng.org.UnitType;
import cn.tangshan.minsheng.org.UnitView;
import cn.tangshan.minsheng.org.Units;
import cn.tangshan.minsheng.plan.PlanArchivedException;
import cn.tangshan.minsheng.plan.PlanCatalog;
import cn.tangshan.minsheng.plan.PlanSummary;
import cn.tangshan.minsheng.plan.PlanOverview;
import cn.tangshan.minsheng.plan.ProjectView;
import cn.tangshan.minsheng.reporting.EvidenceFiles;
import cn.tangshan.minsheng.reporting.EvidenceRejectedException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The module's API: the 问题清单 from raising to 销号. A county or a department raises a
 * problem it needs the city's help with (numbered 唐民生问〔2024〕N号); the coordinator assigns
 * a responsible unit with a 办理时限; that unit answers with evidence; the raising unit
 * confirms it solved or sends it back; the coordinator closes or reopens any problem with
 * a reason. Every step is history and audited; who may see and do what:
 * {@link ProblemAccess}, checked on every call.
 */
@Service("problemService")
@Transactional
public class Problems {

	/** The longest description, requirement, answer and reason. */
	public static final int MAX_TEXT = 2000;

	/** The longest title. */
	public static final int MAX_TITLE = 100;

	/** The most files attached in one step. */
	public static final int MAX_FILES = 5;

	/** Problems on one page of the list. */
	public static final int PAGE_SIZE = 20;

	/** The filter value of overdue problems. */
	public static final String OVERDUE = "OVERDUE";

	private final ProblemRepository problems;

	private final ProblemEventRepository events;

	private final ProblemFileRepository files;

	private final ProblemKindRepository kinds;

	private final ProblemAccess access;

	private final EntityManager entityManager;

	private final PlanCatalog plans;

	private final Units units;

	private final Notifications notifications;

	private final AuditLog audit;

	private final Clock clock;

	Problems(ProblemRepository problems, ProblemEventRepository events, ProblemFileRepository files,
			ProblemKindRepository kinds, ProblemAccess access, EntityManager entityManager, PlanCatalog plans,
			Units units, Notifications notifications, AuditLog audit, Clock clock) {
		this.problems = problems;
		this.events = events;
		this.files = files;
		this.kinds = kinds;
		this.access = access;
		this.entityManager = entityManager;
		this.plans = plans;
		this.units = units;
		this.notifications = notifications;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The same service on another clock, inside the caller's transaction: the demo data
	 * takes each step at its own time, by the same rules as a user.
	 */
	Problems at(Clock other) {
		return new Problems(this.problems, this.events, this.files, this.kinds, this.access, this.entityManager,
				this.plans, this.units, this.notifications, this.audit, other);
	}

	/** What a unit writes to raise a problem. */
	public record NewProblem(Long projectId, Long kindId, String title, String description, Long askedUnitId,
			LocalDate wantedBy) {
	}

	/** An uploaded file, not yet checked. */
	public record Upload(String name, InputStream content) {
	}

	/**
	 * Which problems a list shows; null or blank means any.
	 *
	 * @param state a {@link ProblemStatus} name or {@link #OVERDUE}
	 * @param month the month the problem was raised in
	 * @param page from 0
	 */
	public record Filter(String state, Long projectId, Long raisedBy, Long responsible, Long kindId, YearMonth month,
			int page) {

		public static final Filter ALL = new Filter(null, null, null, null, null, null, 0);

	}

	/**
	 * One page of a list with the counts per state of everything the other filters match.
	 *
	 * @param counts by state name, {@link #OVERDUE} and {@code ALL}
	 */
	public record Listing(List<ProblemView> problems, Map<String, Long> counts, long total, int page, int pages) {
	}

	/**
	 * A unit's home card: its open problems (raised or to answer) and how many are
	 * overdue.
	 */
	public record Home(List<ProblemView> open, long overdue) {
	}

	/** One responsible unit's problems: open (办理中 or 待确认), overdue and solved. */
	public record UnitLine(UnitView unit, long open, long overdue, long solved) {
	}

	/**
	 * All problems the user sees: raised, solved (已销号), under way (办理中 and 待确认), waiting
	 * for assignment (待分派), overdue, and by responsible unit.
	 */
	public record Summary(long raised, long solved, long underWay, long pending, long overdue, List<UnitLine> units) {
	}

	/**
	 * Raises a problem with the year's next number; its attachments are checked first.
	 * @throws ProblemValidationException nothing stored: a field or a file is not
	 * acceptable
	 * @throws AccessDeniedException the user is neither a county nor a department
	 */
	public ProblemView raise(CurrentUser user, NewProblem input, List<Upload> uploads) {
		ProblemAccess.requireRaiser(user);
		PlanOverview plan = this.plans.currentOverview()
			.orElseThrow(() -> new ProblemValidationException("projectId", "problem.project.unknown"));
		ProjectView project = plan.projects()
			.stream()
			.filter((p) -> p.id().equals(input.projectId()))
			.findFirst()
			.orElseThrow(() -> new ProblemValidationException("projectId", "problem.project.unknown"));
		ProblemKind kind = (input.kindId() != null) ? this.kinds.findById(input.kindId()).orElse(null) : null;
		if (kind == null || !kind.isActive()) {
			throw new ProblemValidationException("kindId", "problem.kind.unknown");
		}
		String title = requireText("title", input.title(), MAX_TITLE);
		String description = requireText("description", input.description(), MAX_TEXT);
		if (input.askedUnitId() != null) {
			department("askedUnitId", input.askedUnitId(), user.unitId());
		}
		requireDate("wantedBy", input.wantedBy());
		List<EvidenceFiles.AcceptedFile> accepted = accept("files", uploads);
		Instant now = this.clock.instant();
		Problem problem = this.problems.save(new Problem(nextNumber(plan.plan().year()), project.id(), kind.getId(),
				title, description, user.unitId(), input.askedUnitId(), input.wantedBy(), user.id(), now));
		store(user, problem, ProblemFile.RAISED, accepted, now);
		record(user, problem, ProblemAction.RAISED, title, input.wantedBy());
		this.audit.record(new AuditRecord("PROBLEM_RAISED", null, null, user.unitId(), "problem", null,
				problem.documentNumber() + " " + title, null));
		return view(user, problem, true);
	}

	/**
	 * The coordinator assigns a responsible department (or confirms the one asked) with a
	 * 办理时限 and perhaps a requirement, and tells that unit.
	 */
	public ProblemView assign(CurrentUser user, Long id, long version, Long unitId, LocalDate deadline,
			String requirement) {
		ProblemAccess.requireCoordinator(user);
		Problem problem = lock(id, version);
		UnitView unit = department("responsibleUnitId", unitId, problem.getRaisedByUnitId());
		requireDate("deadline", deadline);
		String text = optionalText("requirement", requirement);
		ProblemStatus from = problem.getStatus();
		problem.assign(unit.id(), deadline, text, this.clock.instant());
		record(user, problem, ProblemAction.ASSIGNED, unit.name() + ((text != null) ? "：" + text : ""), deadline);
		auditStep(problem, ProblemAction.ASSIGNED, from, unit.name());
		this.notifications.send(List.of(unit.id()), NotificationKind.PROBLEM_ASSIGNED, month(), user.id(),
				link(problem));
		return view(user, problem, true);
	}

	/**
	 * The responsible unit's answer: what it did, with evidence; the raising unit is
	 * told.
	 */
	public ProblemView answer(CurrentUser user, Long id, long version, String answer, List<Upload> uploads) {
		Problem problem = find(id);
		this.access.requireView(user, problem);
		if (!ProblemAccess.isResponsible(user, problem)) {
			throw new AccessDeniedException("Problem " + id + " is not " + user.getUsername() + "'s to answer");
		}
		problem = lock(problem, version);
		String text = requireText("answer", answer, MAX_TEXT);
		List<EvidenceFiles.AcceptedFile> accepted = accept("files", uploads);
		ProblemStatus from = problem.getStatus();
		Instant now = this.clock.instant();
		problem.answer(text, now);
		store(user, problem, ProblemFile.ANSWER, accepted, now);
		record(user, problem, ProblemAction.ANSWERED, text, null);
		auditStep(problem, ProblemAction.ANSWERED, from, null);
		this.notifications.send(List.of(problem.getRaisedByUnitId()), NotificationKind.PROBLEM_ANSWERED, month(),
				user.id(), link(problem));
		return view(user, problem, true);
	}

	/** The raising unit confirms the problem solved (销号), with an optional remark. */
	public ProblemView confirm(CurrentUser user, Long id, long version, String remark) {
		Problem problem = raisedByUser(user, id, version);
		String text = optionalText("remark", remark);
		ProblemStatus from = problem.getStatus();
		problem.confirm(this.clock.instant());
		record(user, problem, ProblemAction.CONFIRMED, text, null);
		auditStep(problem, ProblemAction.CONFIRMED, from, text);
		return view(user, problem, true);
	}

	/**
	 * The raising unit says the problem is not solved, with a reason: back to 办理中, and
	 * the responsible unit is told.
	 */
	public ProblemView notSolved(CurrentUser user, Long id, long version, String reason) {
		Problem problem = raisedByUser(user, id, version);
		String text = requireText("reason", reason, MAX_TEXT);
		ProblemStatus from = problem.getStatus();
		problem.notSolved(text, this.clock.instant());
		record(user, problem, ProblemAction.NOT_SOLVED, text, null);
		auditStep(problem, ProblemAction.NOT_SOLVED, from, text);
		this.notifications.send(List.of(problem.getResponsibleUnitId()), NotificationKind.PROBLEM_NOT_SOLVED, month(),
				user.id(), link(problem));
		return view(user, problem, true);
	}

	/** The coordinator closes an open problem, always with a reason. */
	public ProblemView close(CurrentUser user, Long id, long version, String reason) {
		ProblemAccess.requireCoordinator(user);
		Problem problem = lock(id, version);
		String text = requireText("reason", reason, MAX_TEXT);
		ProblemStatus from = problem.getStatus();
		problem.close(text, this.clock.instant());
		record(user, problem, ProblemAction.CLOSED, text, null);
		auditStep(problem, ProblemAction.CLOSED, from, text);
		return view(user, problem, true);
	}

	/**
	 * The coordinator reopens a closed problem, always with a reason: back to 办理中 (or 待分派
	 * if it never had a responsible unit).
	 */
	public ProblemView reopen(CurrentUser user, Long id, long version, String reason) {
		ProblemAccess.requireCoordinator(user);
		Problem problem = lock(id, version);
		String text = requireText("reason", reason, MAX_TEXT);
		ProblemStatus from = problem.getStatus();
		problem.reopen(text, this.clock.instant());
		record(user, problem, ProblemAction.REOPENED, text, null);
		auditStep(problem, ProblemAction.REOPENED, from, text);
		return view(user, problem, true);
	}

	/**
	 * The nightly check: problems that became overdue since they were last reminded; both
	 * the responsible and the raising unit are told, once per problem, with no one as
	 * sender (the history shows 系统).
	 * @return the problems newly overdue
	 */
	public int notifyNewlyOverdue() {
		Instant now = this.clock.instant();
		List<Problem> due = this.problems.lockByStatus(ProblemStatus.IN_PROGRESS)
			.stream()
			.filter((p) -> isOverdue(p, now) && p.getOverdueNotifiedAt() == null)
			.toList();
		for (Problem problem : due) {
			problem.overdueNotified(now);
			this.events.save(new ProblemEvent(problem.getId(), ProblemAction.REMINDED, problem.getStatus(), null, null,
					null, now, null, problem.getDeadline()));
			this.notifications.send(List.of(problem.getResponsibleUnitId(), problem.getRaisedByUnitId()),
					NotificationKind.PROBLEM_OVERDUE, month(), null, link(problem));
		}
		return due.size();
	}

	/**
	 * A problem with its history and files.
	 * @throws ProblemNotFoundException no such problem
	 * @throws AccessDeniedException the user may not see it
	 */
	@Transactional(readOnly = true)
	public ProblemView find(CurrentUser user, Long id) {
		Problem problem = find(id);
		this.access.requireView(user, problem);
		return view(user, problem, true);
	}

	/** A page of the problems the user may see that match the filter, newest first. */
	@Transactional(readOnly = true)
	public Listing list(CurrentUser user, Filter filter) {
		ProblemAccess.requireReader(user);
		Instant now = this.clock.instant();
		List<Problem> matching = this.access.visible(user).stream().filter((p) -> matchesOthers(p, filter)).toList();
		Map<String, Long> counts = new LinkedHashMap<>();
		for (ProblemStatus status : ProblemStatus.values()) {
			counts.put(status.name(), matching.stream().filter((p) -> p.getStatus() == status).count());
		}
		counts.put(OVERDUE, matching.stream().filter((p) -> isOverdue(p, now)).count());
		counts.put("ALL", (long) matching.size());
		List<Problem> shown = matching.stream().filter((p) -> matchesState(p, filter.state(), now)).toList();
		int pages = Math.max(1, (shown.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int page = Math.min(Math.max(filter.page(), 0), pages - 1);
		List<Problem> slice = shown.subList(page * PAGE_SIZE, Math.min(shown.size(), (page + 1) * PAGE_SIZE));
		return new Listing(views(user, slice, false), counts, shown.size(), page, pages);
	}

	/** Every problem the user may see, oldest number first (the ledger's sheet). */
	@Transactional(readOnly = true)
	public List<ProblemView> all(CurrentUser user) {
		ProblemAccess.requireReader(user);
		List<Problem> visible = new ArrayList<>(this.access.visible(user));
		visible.sort(Comparator.comparing(Problem::getPlanYear).thenComparing((p) -> p.documentNumber().number()));
		return views(user, visible, false);
	}

	/**
	 * The open problems the user's unit raised or must answer, earliest deadline first.
	 */
	@Transactional(readOnly = true)
	public Home home(CurrentUser user) {
		if (!user.is(Role.COUNTY) && !user.is(Role.DEPARTMENT)) {
			return new Home(List.of(), 0);
		}
		Instant now = this.clock.instant();
		List<Problem> open = this.access.visible(user)
			.stream()
			.filter((p) -> p.getStatus().isOpen()
					&& (ProblemAccess.raisedBy(user, p) || ProblemAccess.isResponsible(user, p)))
			.sorted(Comparator.comparing((Problem p) -> (p.getDeadline() != null) ? p.getDeadline() : p.getWantedBy()))
			.toList();
		return new Home(views(user, open, false), open.stream().filter((p) -> isOverdue(p, now)).count());
	}

	/** The user's problems in figures, by responsible unit (dashboard, bulletin). */
	@Transactional(readOnly = true)
	public Summary summary(CurrentUser user) {
		ProblemAccess.requireReader(user);
		Instant now = this.clock.instant();
		List<Problem> visible = this.access.visible(user);
		Map<Long, List<Problem>> byUnit = visible.stream()
			.filter((p) -> p.getResponsibleUnitId() != null)
			.collect(Collectors.groupingBy(Problem::getResponsibleUnitId));
		Map<Long, UnitView> unitViews = this.units.byIds(byUnit.keySet());
		List<UnitLine> lines = byUnit.entrySet()
			.stream()
			.map((e) -> new UnitLine(unitViews.get(e.getKey()),
					e.getValue().stream().filter((p) -> p.getStatus().isOpen()).count(),
					e.getValue().stream().filter((p) -> isOverdue(p, now)).count(),
					e.getValue().stream().filter((p) -> p.getStatus() == ProblemStatus.CLOSED).count()))
			.sorted(Comparator.comparing(UnitLine::open)
				.thenComparing(UnitLine::overdue)
				.reversed()
				.thenComparing((l) -> l.unit().code()))
			.toList();
		Map<ProblemStatus, Long> counts = new EnumMap<>(ProblemStatus.class);
		for (ProblemStatus status : ProblemStatus.values()) {
			counts.put(status, visible.stream().filter((p) -> p.getStatus() == status).count());
		}
		return new Summary(visible.size(), counts.get(ProblemStatus.CLOSED),
				counts.get(ProblemStatus.IN_PROGRESS) + counts.get(ProblemStatus.AWAITING_CONFIRMATION),
				counts.get(ProblemStatus.PENDING), visible.stream().filter((p) -> isOverdue(p, now)).count(), lines);
	}

	/** Units a problem may be asked of or assigned to: the active city departments. */
	@Transactional(readOnly = true)
	public List<UnitView> departments() {
		return this.units.ofType(UnitType.DEPARTMENT).stream().filter(UnitView::active).toList();
	}

	/** The units that raised problems the user sees, for the list's filter. */
	@Transactional(readOnly = true)
	public List<UnitView> raisingUnits(CurrentUser user) {
		ProblemAccess.requireReader(user);
		return this.units
			.byIds(this.access.visible(user).stream().map(Problem::getRaisedByUnitId).collect(Collectors.toSet()))
			.values()
			.stream()
			.sorted(Comparator.comparing(UnitView::code))
			.toList();
	}

	/**
	 * The next number of a year, never given twice: the year's counter row stays locked
	 * until the transaction ends, and (year, number) is unique besides.
	 */
	ProblemNumber nextNumber(int year) {
		this.entityManager
			.createNativeQuery(
					"insert into problem_counter (plan_year, last_number) values (?1, 0) on conflict do nothing")
			.setParameter(1, year)
			.executeUpdate();
		Number last = (Number) this.entityManager
			.createNativeQuery("select last_number from problem_counter where plan_year = ?1 for update")
			.setParameter(1, year)
			.getSingleResult();
		int next = last.intValue() + 1;
		this.entityManager.createNativeQuery("update problem_counter set last_number = ?1 where plan_year = ?2")
			.setParameter(1, next)
			.setParameter(2, year)
			.executeUpdate();
		return new ProblemNumber(year, next);
	}

	/** Marks a problem as demo data (the demo runner, after raising it). */
	void markDemo(Long id) {
		find(id).markDemo();
	}

	private Problem raisedByUser(CurrentUser user, Long id, long version) {
		Problem problem = find(id);
		this.access.requireView(user, problem);
		if (!ProblemAccess.raisedBy(user, problem)) {
			throw new AccessDeniedException("Problem " + id + " was not raised by " + user.getUsername());
		}
		return lock(problem, version);
	}

	private Problem find(Long id) {
		return this.problems.findById(id).orElseThrow(() -> new ProblemNotFoundException("Problem " + id));
	}

	private Problem lock(Long id, long version) {
		Problem problem = this.entityManager.find(Problem.class, id, LockModeType.PESSIMISTIC_WRITE);
		if (problem == null) {
			throw new ProblemNotFoundException("Problem " + id);
		}
		return checkVersion(inForce(problem), version);
	}

	/** Locks a problem already read (and checked) and reads it again as it is now. */
	private Problem lock(Problem problem, long version) {
		this.entityManager.refresh(problem, LockModeType.PESSIMISTIC_WRITE);
		return checkVersion(inForce(problem), version);
	}

	/** A problem of an archived plan year is read-only, like the rest of that year. */
	private Problem inForce(Problem problem) {
		this.plans.plan(problem.getPlanYear()).filter(PlanSummary::archived).ifPresent((plan) -> {
			throw new PlanArchivedException(plan.year());
		});
		return problem;
	}

	private static Problem checkVersion(Problem problem, long version) {
		if (problem.getVersion() != version) {
			throw new ProblemConflictException("problem.conflict");
		}
		return problem;
	}

	private UnitView department(String field, Long unitId, Long notUnit) {
		UnitView unit = (unitId != null) ? this.units.find(unitId).orElse(null) : null;
		if (unit == null || !unit.active() || unit.type() != UnitType.DEPARTMENT || unit.id().equals(notUnit)) {
			throw new ProblemValidationException(field, (unitId == null) ? "NotNull" : "problem.unit.unknown");
		}
		return unit;
	}

	private List<EvidenceFiles.AcceptedFile> accept(String field, List<Upload> uploads) {
		if (uploads.size() > MAX_FILES) {
			throw new ProblemValidationException(field, "problem.files.tooMany", MAX_FILES);
		}
		try {
			return uploads.stream().map((u) -> EvidenceFiles.accept(u.name(), u.content())).toList();
		}
		catch (EvidenceRejectedException ex) {
			throw new ProblemValidationException(field, ex.code(), ex.argument());
		}
	}

	private void store(CurrentUser user, Problem problem, String stage, List<EvidenceFiles.AcceptedFile> accepted,
			Instant now) {
		for (EvidenceFiles.AcceptedFile file : accepted) {
			ProblemFile stored = this.files
				.save(new ProblemFile(problem.getId(), stage, (file.name() != null) ? file.name() : "file",
						file.contentType(), file.content(), file.thumbnail(), user.id(), now));
			stored.rename(file.nameOr("file", stored.getId()));
		}
	}

	private void record(CurrentUser user, Problem problem, ProblemAction action, String text, LocalDate deadline) {
		this.events.save(new ProblemEvent(problem.getId(), action, problem.getStatus(), user.id(), user.displayName(),
				user.unitName(), this.clock.instant(), text, deadline));
	}

	private void auditStep(Problem problem, ProblemAction action, ProblemStatus from, String reason) {
		this.audit.record(new AuditRecord("PROBLEM_" + action.name(), null, null, problem.getRaisedByUnitId(), "status",
				problem.documentNumber() + " " + from.name(), problem.getStatus().name(), reason));
	}

	private static String requireText(String field, String text, int max) {
		if (!StringUtils.hasText(text)) {
			throw new ProblemValidationException(field, "NotBlank");
		}
		if (text.strip().length() > max) {
			throw new ProblemValidationException(field, "problem.text.tooLong", max);
		}
		return text.strip();
	}

	private static String optionalText(String field, String text) {
		return StringUtils.hasText(text) ? requireText(field, text, MAX_TEXT) : null;
	}

	private void requireDate(String field, LocalDate date) {
		if (date == null) {
			throw new ProblemValidationException(field, "NotNull");
		}
		if (date.isBefore(LocalDate.now(this.clock))) {
			throw new ProblemValidationException(field, "problem.date.past");
		}
	}

	private boolean isOverdue(Problem p, Instant now) {
		return p.getStatus().isOverdue(p.getDeadline(), now, this.clock.getZone());
	}

	private boolean matchesOthers(Problem p, Filter f) {
		return (f.projectId() == null || f.projectId().equals(p.getProjectId()))
				&& (f.raisedBy() == null || f.raisedBy().equals(p.getRaisedByUnitId()))
				&& (f.responsible() == null || f.responsible().equals(p.getResponsibleUnitId()))
				&& (f.kindId() == null || f.kindId().equals(p.getKindId())) && (f.month() == null
						|| f.month().equals(YearMonth.from(p.getCreatedAt().atZone(this.clock.getZone()))));
	}

	private boolean matchesState(Problem p, String state, Instant now) {
		if (!StringUtils.hasText(state)) {
			return true;
		}
		if (OVERDUE.equals(state)) {
			return isOverdue(p, now);
		}
		return p.getStatus().name().equals(state);
	}

	private YearMonth month() {
		return YearMonth.now(this.clock);
	}

	private static String link(Problem problem) {
		return "/problems/" + problem.getId();
	}

	private ProblemView view(CurrentUser user, Problem problem, boolean full) {
		// A step's changes are written first, so the view carries the new version.
		this.entityManager.flush();
		return views(user, List.of(problem), full).get(0);
	}

	private List<ProblemView> views(CurrentUser user, Collection<Problem> found, boolean full) {
		if (found.isEmpty()) {
			return List.of();
		}
		Map<Long, ProjectView> projects = new HashMap<>();
		this.plans.currentOverview().ifPresent((plan) -> plan.projects().forEach((p) -> projects.put(p.id(), p)));
		Map<Long, UnitView> unitViews = this.units.byIds(found.stream()
			.flatMap((p) -> Stream.of(p.getRaisedByUnitId(), p.getAskedUnitId(), p.getResponsibleUnitId()))
			.filter(Objects::nonNull)
			.collect(Collectors.toSet()));
		Map<Long, KindView> kindViews = this.kinds.findAll()
			.stream()
			.collect(Collectors.toMap(ProblemKind::getId, ProblemKind::toView));
		Instant now = this.clock.instant();
		List<ProblemView> result = new ArrayList<>();
		for (Problem p : found) {
			ProjectView project = projects.computeIfAbsent(p.getProjectId(),
					(id) -> this.plans.project(id).orElse(null));
			List<ProblemView.Step> history = full ? this.events.findByProblemIdOrderByAtAscIdAsc(p.getId())
				.stream()
				.map(ProblemEvent::toView)
				.toList() : List.of();
			result.add(new ProblemView(p.getId(), p.documentNumber(), project, kindViews.get(p.getKindId()),
					p.getTitle(), p.getDescription(), unitViews.get(p.getRaisedByUnitId()),
					(p.getAskedUnitId() != null) ? unitViews.get(p.getAskedUnitId()) : null, p.getWantedBy(),
					(p.getResponsibleUnitId() != null) ? unitViews.get(p.getResponsibleUnitId()) : null,
					p.getDeadline(), p.getRequirement(), p.getAnswer(), p.getAnsweredAt(), p.getLastReason(),
					p.getStatus(), isOverdue(p, now), p.getClosedAt(), p.getOverdueNotifiedAt(), p.isDemo(),
					p.getCreatedAt(), p.getVersion(), history, full ? fileViews(p.getId()) : List.of(),
					ProblemAccess.permissions(user, p)));
		}
		return result;
	}

	private List<ProblemView.File> fileViews(Long problemId) {
		return this.entityManager.createQuery("""
				select f.id, f.stage, f.fileName, f.contentType, f.sizeBytes, f.uploadedAt from ProblemFile f
				where f.problemId = ?1 order by f.id""", Object[].class)
			.setParameter(1, problemId)
			.getResultStream()
			.map((row) -> new ProblemView.File((Long) row[0], (String) row[1], (String) row[2], (String) row[3],
					(Integer) row[4], (Instant) row[5]))
			.toList();
	}

	/**
	 * A file as uploaded (or its thumbnail), for whoever may see the problem.
	 * @param thumbnail the photo's thumbnail instead; empty for a PDF
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<cn.tangshan.minsheng.reporting.StoredFile> file(CurrentUser user, Long fileId,
			boolean thumbnail) {
		Object[] row = this.entityManager
			.createQuery("select f.problemId, f.fileName, f.contentType from ProblemFile f where f.id = ?1",
					Object[].class)
			.setParameter(1, fileId)
			.getResultStream()
			.findFirst()
			.orElseThrow(() -> new ProblemNotFoundException("File " + fileId));
		this.access.requireView(user, find((Long) row[0]));
		byte[] bytes = this.entityManager
			.createQuery("select " + (thumbnail ? "f.thumbnail" : "f.content") + " from ProblemFile f where f.id = ?1",
					byte[].class)
			.setParameter(1, fileId)
			.getSingleResult();
		return java.util.Optional.ofNullable(bytes)
			.map((b) -> new cn.tangshan.minsheng.reporting.StoredFile((String) row[1], (String) row[2], b));
	}

}
