package cn.tangshan.minsheng.bulletin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.audit.SecurityAudit;
import cn.tangshan.minsheng.audit.SecurityEvent;
import cn.tangshan.minsheng.audit.SecurityEventTypes;
import cn.tangshan.minsheng.account.Role;
import cn.tangshan.minsheng.dashboard.Dashboard;
import cn.tangshan.minsheng.dashboard.Dashboards;
import cn.tangshan.minsheng.experience.BulletinExperience;
import cn.tangshan.minsheng.experience.Experiences;
import cn.tangshan.minsheng.notification.NotificationKind;
import cn.tangshan.minsheng.notification.Notifications;
import cn.tangshan.minsheng.org.UnitType;
import cn.tangshan.minsheng.org.UnitView;
import cn.tangshan.minsheng.org.Units;
import cn.tangshan.minsheng.plan.PlanCatalog;
import cn.tangshan.minsheng.plan.PlanSummary;
import cn.tangshan.minsheng.problem.Problems;
import cn.tangshan.minsheng.reporting.ReportingCalendar;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's API. The coordinator drafts, edits, issues and deletes drafts; everyone
 * signed in reads issued bulletins. Drafts take their figures live from the dashboard;
 * issuing stores text and figures in the row, and nothing reads live data for an issued
 * bulletin again.
 */
@Service
@Transactional(readOnly = true)
public class Bulletins {

	/** Longest text of a section, in characters. */
	static final int MAX_SECTION = 20_000;

	static final int MAX_LINE = 200;

	static final int MAX_LIST = 1_000;

	private final BulletinRepository repository;

	private final BulletinDrafter drafter;

	private final Dashboards dashboards;

	private final PlanCatalog plans;

	private final Units units;

	private final Notifications notifications;

	private final ReportingCalendar calendar;

	private final JdbcTemplate jdbc;

	private final SecurityAudit securityAudit;

	private final Problems problems;

	private final Experiences experiences;

	private final ApplicationEventPublisher events;

	private final JsonMapper json = JsonMapper.builder().build();

	Bulletins(BulletinRepository repository, BulletinDrafter drafter, Dashboards dashboards, PlanCatalog plans,
			Units units, Notifications notifications, ReportingCalendar calendar, JdbcTemplate jdbc,
			SecurityAudit securityAudit, Problems problems, Experiences experiences, ApplicationEventPublisher events) {
		this.experiences = experiences;
		this.events = events;
		this.repository = repository;
		this.drafter = drafter;
		this.dashboards = dashboards;
		this.plans = plans;
		this.units = units;
		this.notifications = notifications;
		this.calendar = calendar;
		this.jdbc = jdbc;
		this.securityAudit = securityAudit;
		this.problems = problems;
	}

	/** Issued bulletins, newest number first; for everyone signed in. */
	public List<BulletinSummary> issued() {
		return this.repository.findByStatusOrderByNumberDesc(BulletinStatus.ISSUED)
			.stream()
			.map(this::summary)
			.toList();
	}

	/** Issued bulletins of one plan year, newest number first (第N期 runs per year). */
	public List<BulletinSummary> issued(Long planId) {
		return this.repository.findByStatusOrderByNumberDesc(BulletinStatus.ISSUED)
			.stream()
			.filter((b) -> b.getPlanId().equals(planId))
			.map(this::summary)
			.toList();
	}

	/** Drafts, last edited first; the coordinator's only. */
	public List<BulletinSummary> drafts(CurrentUser user) {
		if (!mayDraft(user)) {
			return List.of();
		}
		return this.repository.findByStatusOrderByUpdatedAtDescIdDesc(BulletinStatus.DRAFT)
			.stream()
			.map(this::summary)
			.toList();
	}

	public boolean mayDraft(CurrentUser user) {
		return user.is(Role.COORDINATOR);
	}

	/** The months a bulletin may be drafted for, newest first. */
	public List<YearMonth> months() {
		return this.calendar.months();
	}

	/**
	 * The month a new draft suggests: the latest one whose reporting deadline has passed.
	 */
	public YearMonth suggestedMonth() {
		List<YearMonth> months = this.calendar.months();
		return months.stream()
			.filter((m) -> this.calendar.now().isAfter(this.calendar.deadline(m)))
			.findFirst()
			.orElse(months.isEmpty() ? this.calendar.currentMonth() : months.get(months.size() - 1));
	}

	/**
	 * A new draft for a month, written from the dashboard of that month.
	 * @return the draft's id
	 * @throws cn.tangshan.minsheng.dashboard.DashboardNotFoundException for a month
	 * outside the plan year so far
	 */
	@Transactional
	public Long draft(CurrentUser user, YearMonth month) {
		requireCoordinator(user);
		return draft(user, month, LocaleContextHolder.getLocale(), false);
	}

	Long draft(CurrentUser user, YearMonth month, Locale locale, boolean demo) {
		Dashboard d = this.dashboards.view(user, month);
		BulletinText text = this.drafter.draft(d, this.drafter.figures(d, locale), this.problems.summary(user), locale);
		Bulletin bulletin = new Bulletin(d.plan().id(), d.month(), write(text), demo, user.id(), this.calendar.now());
		return this.repository.save(bulletin).getId();
	}

	/**
	 * @throws BulletinNotFoundException when there is no such bulletin
	 * @throws AccessDeniedException for someone else's look at a draft
	 */
	public BulletinView view(CurrentUser user, Long id) {
		Bulletin bulletin = find(id);
		if (bulletin.isDraft()) {
			requireCoordinator(user);
		}
		return view(bulletin, user);
	}

	/**
	 * Saves a draft's text.
	 * @throws BulletinValidationException for missing or overlong text
	 * @throws BulletinConflictException when the draft changed since {@code version} or
	 * was issued
	 */
	@Transactional
	public BulletinView save(CurrentUser user, Long id, long version, BulletinText text) {
		requireCoordinator(user);
		Bulletin bulletin = editable(id, version);
		validate(text);
		bulletin.edit(write(text), user.id(), this.calendar.now());
		return view(flush(bulletin), user);
	}

	/**
	 * Issues a draft with the given text: it gets the plan's next number, its text and
	 * the month's figures are frozen, and every county and department is notified.
	 */
	@Transactional
	public BulletinView issue(CurrentUser user, Long id, long version, BulletinText text) {
		requireCoordinator(user);
		BulletinView issued = issue(user, id, version, text, this.calendar.now(), true);
		this.securityAudit.record(SecurityEvent.success(SecurityEventTypes.BULLETIN_ISSUED, "BULLETIN", id)
			.withReason(String.valueOf(issued.number())), SecurityAudit.Actor.of(user));
		return issued;
	}

	BulletinView issue(CurrentUser user, Long id, long version, BulletinText text, Instant at, boolean notify) {
		Bulletin bulletin = editable(id, version);
		validate(text);
		BulletinFigures figures = this.drafter.figures(this.dashboards.view(user, bulletin.getMonth()),
				LocaleContextHolder.getLocale());
		int number = nextNumber(bulletin.getPlanId());
		// The articles marked for the next bulletin are this one's, frozen with its
		// figures; their marks are used up.
		figures = figures
			.withExperiences(experienceRows(this.experiences.takeForBulletin(planYear(bulletin), bulletin.getId())));
		bulletin.issue(number, write(text), write(figures), user.id(), at);
		flush(bulletin);
		this.events.publishEvent(new BulletinIssued(bulletin.getId(), bulletin.getPlanId(), number));
		if (notify) {
			List<Long> unitIds = new ArrayList<>();
			this.units.ofType(UnitType.COUNTY).stream().filter(UnitView::active).forEach((u) -> unitIds.add(u.id()));
			this.units.ofType(UnitType.DEPARTMENT)
				.stream()
				.filter(UnitView::active)
				.forEach((u) -> unitIds.add(u.id()));
			this.notifications.send(unitIds, NotificationKind.BULLETIN_ISSUED, bulletin.getMonth(), user.id(),
					"/bulletins/" + bulletin.getId() + "/print");
		}
		return view(bulletin, user);
	}

	/**
	 * Deletes a draft; issued bulletins stay forever (a correction is a new bulletin).
	 * @throws BulletinConflictException when the draft changed since {@code version} or
	 * was issued
	 */
	@Transactional
	public void delete(CurrentUser user, Long id, long version) {
		requireCoordinator(user);
		Bulletin bulletin = editable(id, version);
		this.repository.delete(bulletin);
		try {
			this.repository.flush();
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			// Saved by someone else since it was read: the draft stays.
			throw new BulletinConflictException("bulletin.conflict.stale");
		}
	}

	/**
	 * Bulletins issued since the user last opened the bulletin list (all of them if it
	 * never did), newest first.
	 */
	public List<BulletinSummary> issuedSinceLastVisit(CurrentUser user, int limit) {
		Instant since = this.jdbc.query("select visited_at from bulletin_visit where user_id = ?",
				(rs) -> rs.next() ? rs.getTimestamp(1).toInstant() : Instant.EPOCH, user.id());
		return this.repository
			.findByStatusAndIssuedAtAfterOrderByIssuedAtDescIdDesc(BulletinStatus.ISSUED, since, Limit.of(limit))
			.stream()
			.map(this::summary)
			.toList();
	}

	/** Remembers that the user has seen the list of issued bulletins. */
	@Transactional
	public void visited(CurrentUser user) {
		this.jdbc.update("""
				insert into bulletin_visit (user_id, visited_at) values (?, ?)
				on conflict (user_id) do update set visited_at = excluded.visited_at""", user.id(),
				java.sql.Timestamp.from(this.calendar.now()));
	}

	/**
	 * The plan's next bulletin number. The update locks the plan's counter row until this
	 * transaction ends, so concurrent issues queue here and each gets its own number; a
	 * rolled-back issue gives its number back.
	 */
	private int nextNumber(Long planId) {
		this.jdbc.update("insert into bulletin_counter (plan_id, last_number) values (?, 0) on conflict do nothing",
				planId);
		Integer next = this.jdbc.queryForObject(
				"update bulletin_counter set last_number = last_number + 1 where plan_id = ? returning last_number",
				Integer.class, planId);
		return next;
	}

	private Bulletin editable(Long id, long version) {
		Bulletin bulletin = find(id);
		if (!bulletin.isDraft()) {
			throw new BulletinConflictException("bulletin.conflict.issued");
		}
		// A draft left over from an archived year is never issued or changed.
		this.plans.requirePlanInForce(bulletin.getPlanId());
		if (bulletin.getVersion() != version) {
			throw new BulletinConflictException("bulletin.conflict.stale");
		}
		return bulletin;
	}

	private Bulletin flush(Bulletin bulletin) {
		try {
			return this.repository.saveAndFlush(bulletin);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new BulletinConflictException("bulletin.conflict.stale");
		}
	}

	private Bulletin find(Long id) {
		return this.repository.findById(id).orElseThrow(() -> new BulletinNotFoundException(id));
	}

	private static void requireCoordinator(CurrentUser user) {
		if (!user.is(Role.COORDINATOR)) {
			throw new AccessDeniedException("Only the coordinator drafts bulletins");
		}
	}

	static void validate(BulletinText text) {
		Map<String, String> problems = new LinkedHashMap<>();
		required(problems, "title", text.title(), MAX_LINE);
		limit(problems, "addressees", text.addressees(), MAX_LIST);
		limit(problems, "opening", text.opening(), MAX_SECTION);
		limit(problems, "overall", text.overall(), MAX_SECTION);
		limit(problems, "projects", text.projects(), MAX_SECTION);
		limit(problems, "ranking", text.ranking(), MAX_SECTION);
		limit(problems, "problems", text.problems(), MAX_SECTION);
		limit(problems, "requirements", text.requirements(), MAX_SECTION);
		required(problems, "signature", text.signature(), MAX_LINE);
		limit(problems, "copyTo", text.copyTo(), MAX_LIST);
		required(problems, "printer", text.printer(), MAX_LINE);
		if (!problems.isEmpty()) {
			throw new BulletinValidationException(problems);
		}
	}

	private static void required(Map<String, String> problems, String field, String value, int max) {
		if (value.isBlank()) {
			problems.put(field, "bulletin.error.required");
		}
		else {
			limit(problems, field, value, max);
		}
	}

	private static void limit(Map<String, String> problems, String field, String value, int max) {
		if (value.length() > max) {
			problems.put(field, (max == MAX_SECTION) ? "bulletin.error.tooLong.section"
					: (max == MAX_LIST) ? "bulletin.error.tooLong.list" : "bulletin.error.tooLong.line");
		}
	}

	private BulletinView view(Bulletin bulletin, CurrentUser user) {
		BulletinText text = read(bulletin.getTexts(), BulletinText.class);
		PlanSummary plan = this.plans.planWithId(bulletin.getPlanId()).orElse(null);
		int year = (plan != null) ? plan.year() : bulletin.getMonth().getYear();
		BulletinFigures figures;
		LocalDate date;
		if (bulletin.isDraft()) {
			figures = liveFigures(bulletin, user);
			date = LocalDate.ofInstant(this.calendar.now(), this.calendar.zone());
		}
		else {
			figures = read(bulletin.getFigures(), BulletinFigures.class);
			date = LocalDate.ofInstant(bulletin.getIssuedAt(), this.calendar.zone());
		}
		return new BulletinView(bulletin.getId(), bulletin.getMonth(), year, bulletin.getStatus(), bulletin.getNumber(),
				text, figures, date, bulletin.getIssuedAt(), bulletin.getUpdatedAt(), bulletin.getVersion(),
				bulletin.isDemo());
	}

	/**
	 * A draft's figures, from the dashboard as the coordinator sees it (only the
	 * coordinator opens drafts).
	 */
	private BulletinFigures liveFigures(Bulletin bulletin, CurrentUser user) {
		return this.drafter.figures(this.dashboards.view(user, bulletin.getMonth()), LocaleContextHolder.getLocale())
			.withExperiences(experienceRows(this.experiences.markedForBulletin(planYear(bulletin))));
	}

	/**
	 * The latest issued bulletin of a plan, as it was issued: for pages anyone may read
	 * (the public page shows only these frozen figures).
	 */
	public java.util.Optional<BulletinView> latestIssued(Long planId) {
		return this.repository.findFirstByPlanIdAndStatusOrderByNumberDesc(planId, BulletinStatus.ISSUED)
			.map((b) -> view(b, null));
	}

	/** The id of a plan's latest issued bulletin, without reading it. */
	public java.util.Optional<Long> latestIssuedId(Long planId) {
		return this.repository.findFirstByPlanIdAndStatusOrderByNumberDesc(planId, BulletinStatus.ISSUED)
			.map(Bulletin::getId);
	}

	private int planYear(Bulletin bulletin) {
		return this.plans.planWithId(bulletin.getPlanId()).map(PlanSummary::year).orElse(bulletin.getMonth().getYear());
	}

	private static List<BulletinFigures.ExperienceRow> experienceRows(List<BulletinExperience> found) {
		return found.stream()
			.map((e) -> new BulletinFigures.ExperienceRow(e.id(), e.title(), e.unitName(), e.projectName(), e.body()))
			.toList();
	}

	private BulletinSummary summary(Bulletin bulletin) {
		BulletinText text = read(bulletin.getTexts(), BulletinText.class);
		return new BulletinSummary(bulletin.getId(), bulletin.getMonth(), bulletin.getStatus(), bulletin.getNumber(),
				text.title(), bulletin.getIssuedAt(), bulletin.getUpdatedAt(), bulletin.isDemo());
	}

	private String write(Object value) {
		return this.json.writeValueAsString(value);
	}

	private <T> T read(String value, Class<T> type) {
		return this.json.readValue(value, type);
	}

}
