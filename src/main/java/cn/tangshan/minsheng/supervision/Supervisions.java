package cn.tangshan.minsheng.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.account.Role;
import cn.tangshan.minsheng.audit.AuditLog;
import cn.tangshan.minsheng.audit.AuditRecord;
import cn.tangshan.minsheng.dashboard.Breakdown;
import cn.tangshan.minsheng.dashboard.Dashboards;
import cn.tangshan.minsheng.notification.NotificationKind;
import cn.tangshan.minsheng.notification.Notifications;
import cn.tangshan.minsheng.org.UnitType;
import cn.tangshan.minsheng.org.UnitView;
import cn.tangshan.minsheng.org.Units;
import cn.tangshan.minsheng.plan.IndicatorView;
import cn.tangshan.minsheng.plan.PlanCatalog;
import cn.tangshan.minsheng.plan.PlanOverview;
import cn.tangshan.minsheng.plan.ProjectView;
import cn.tangshan.minsheng.progress.Status;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The module's API: supervision orders (督办单) from issue to close. The coordinator issues
 * an order to a unit about an indicator, with the year's next number; the unit answers
 * with its measures (and evidence, see {@link SupervisionEvidenceFiles}); the coordinator
 * closes it or sends it back. Who may see and do what: {@link SupervisionAccess}, checked
 * on every call.
 */
@Service
@Transactional
public class Supervisions {

	/** The longest text accepted in the problem, requirement, answer and reasons. */
	public static final int MAX_TEXT = 2000;

	private final SupervisionRepository orders;

	private final SupervisionEventRepository events;

	private final SupervisionEvidenceFiles evidence;

	private final SupervisionAccess access;

	private final EntityManager entityManager;

	private final PlanCatalog plans;

	private final Units units;

	private final Dashboards dashboards;

	private final Notifications notifications;

	private final AuditLog audit;

	private final Clock clock;

	Supervisions(SupervisionRepository orders, SupervisionEventRepository events, SupervisionEvidenceFiles evidence,
			SupervisionAccess access, EntityManager entityManager, PlanCatalog plans, Units units,
			Dashboards dashboards, Notifications notifications, AuditLog audit, Clock clock) {
		this.orders = orders;
		this.events = events;
		this.evidence = evidence;
		this.access = access;
		this.entityManager = entityManager;
		this.plans = plans;
		this.units = units;
		this.dashboards = dashboards;
		this.notifications = notifications;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What the coordinator writes to issue an order.
	 */
	public record NewOrder(Long unitId, Long indicatorId, String problem, String requirement, LocalDate deadline) {
	}

	/**
	 * Issues an order with the year's next number and tells the unit.
	 * @throws SupervisionValidationException nothing stored: a field is not acceptable
	 * @throws AccessDeniedException the user is not the coordinator
	 */
	public SupervisionView issue(CurrentUser user, NewOrder input) {
		SupervisionAccess.requireCoordinator(user);
		if (input.indicatorId() != null) {
			this.plans.requireIndicatorsInForce(List.of(input.indicatorId()));
		}
		PlanOverview plan = this.plans.currentOverview()
			.orElseThrow(() -> new SupervisionValidationException("indicatorId", "supervision.indicator.unknown"));
		UnitView unit = (input.unitId() != null) ? this.units.find(input.unitId()).orElse(null) : null;
		if (unit == null || !unit.active() || unit.id().equals(user.unitId())) {
			throw new SupervisionValidationException("unitId", "supervision.unit.unknown");
		}
		ProjectView project = null;
		IndicatorView indicator = null;
		for (ProjectView p : plan.projects()) {
			for (IndicatorView i : p.indicators()) {
				if (i.id().equals(input.indicatorId())) {
					project = p;
					indicator = i;
				}
			}
		}
		if (indicator == null) {
			throw new SupervisionValidationException("indicatorId", "supervision.indicator.unknown");
		}
		requireText("problem", input.problem());
		requireText("requirement", input.requirement());
		requireDeadline("deadline", input.deadline());
		Instant now = this.clock.instant();
		SupervisionOrder order = new SupervisionOrder(nextNumber(plan.plan().year()), unit.id(), project.id(),
				indicator.id(), input.problem().strip(), input.requirement().strip(), input.deadline(), user.id(), now);
		snapshot(user, order, project.id());
		order = this.orders.save(order);
		record(user, order, SupervisionAction.ISSUED, input.requirement().strip(), input.deadline());
		this.notifications.send(List.of(unit.id()), NotificationKind.SUPERVISION_ORDER, month(now), user.id(),
				"/supervision/" + order.getId());
		this.audit.record(new AuditRecord("SUPERVISION_ISSUED", null, indicator.id(), unit.id(), "supervision", null,
				order.documentNumber().toString(), null));
		return view(user, order, true);
	}

	/**
	 * The addressed unit's answer: the measures it took (evidence is attached before).
	 * @throws SupervisionConflictException nothing stored: the order changed meanwhile or
	 * was answered already
	 * @throws SupervisionValidationException nothing stored: the answer is empty or too
	 * long
	 */
	public SupervisionView answer(CurrentUser user, Long id, long version, String answer) {
		// Who may answer is checked before the row is locked: no one else can hold it or
		// learn its version.
		SupervisionOrder order = this.orders.findById(id)
			.orElseThrow(() -> new SupervisionNotFoundException("Order " + id));
		this.access.requireView(user, order);
		if (!SupervisionAccess.isAddressee(user, order)) {
			throw new AccessDeniedException("Order " + id + " is not " + user.getUsername() + "'s to answer");
		}
		order = lock(order, version);
		if (!SupervisionAccess.mayAnswer(user, order)) {
			throw new AccessDeniedException("Order " + id + " is not " + user.getUsername() + "'s to answer");
		}
		requireText("answer", answer);
		SupervisionStatus from = order.getStatus();
		order.answer(answer.strip(), this.clock.instant());
		record(user, order, SupervisionAction.ANSWERED, answer.strip(), null);
		auditStep(order, "SUPERVISION_ANSWERED", from, null);
		return view(user, order, true);
	}

	/**
	 * The coordinator sends the answer back (退回重办), with a reason and perhaps a new
	 * deadline.
	 */
	public SupervisionView sendBack(CurrentUser user, Long id, long version, String reason, LocalDate newDeadline) {
		SupervisionAccess.requireCoordinator(user);
		SupervisionOrder order = lock(id, version);
		requireText("reason", reason);
		if (newDeadline != null) {
			requireDeadline("newDeadline", newDeadline);
		}
		SupervisionStatus from = order.getStatus();
		order.sendBack(reason.strip(), newDeadline, this.clock.instant());
		record(user, order, SupervisionAction.RETURNED, reason.strip(), newDeadline);
		auditStep(order, "SUPERVISION_RETURNED", from, reason.strip());
		return view(user, order, true);
	}

	/**
	 * The coordinator closes an answered order (已办结), with an optional remark.
	 */
	public SupervisionView close(CurrentUser user, Long id, long version, String remark) {
		SupervisionAccess.requireCoordinator(user);
		SupervisionOrder order = lock(id, version);
		String text = StringUtils.hasText(remark) ? remark.strip() : null;
		if (text != null && text.length() > MAX_TEXT) {
			throw new SupervisionValidationException("remark", "supervision.text.tooLong");
		}
		SupervisionStatus from = order.getStatus();
		order.close(text, this.clock.instant());
		record(user, order, SupervisionAction.CLOSED, text, null);
		auditStep(order, "SUPERVISION_CLOSED", from, text);
		return view(user, order, true);
	}

	/**
	 * Reminds the units of overdue orders not reminded since they became overdue (催办),
	 * with one notification per unit.
	 * @return the orders reminded about
	 */
	public int remindOverdue(CurrentUser user) {
		SupervisionAccess.requireCoordinator(user);
		return remindNewlyOverdue(user);
	}

	/**
	 * The daily check: the units of orders that became overdue since they were last
	 * reminded get the same notice as from 逾期催办, once per order, with no one as sender
	 * (the history shows 系统).
	 * @return the orders reminded about
	 */
	public int notifyNewlyOverdue() {
		return remindNewlyOverdue(null);
	}

	private int remindNewlyOverdue(CurrentUser user) {
		Instant now = this.clock.instant();
		// Locked like every other change of an order: an answer under way is waited for,
		// and an order it answered is no longer due.
		List<SupervisionOrder> due = overdue(
				this.orders.lockByStatusIn(EnumSet.of(SupervisionStatus.OPEN, SupervisionStatus.RETURNED)))
			.stream()
			.filter((o) -> o.getOverdueNotifiedAt() == null)
			.toList();
		for (SupervisionOrder order : due) {
			order.overdueNotified(now);
			if (user != null) {
				record(user, order, SupervisionAction.REMINDED, null, order.getDeadline());
			}
			else {
				this.events.save(new SupervisionEvent(order.getId(), SupervisionAction.REMINDED, order.getStatus(),
						null, null, null, now, null, order.getDeadline()));
			}
		}
		this.notifications.send(due.stream().map(SupervisionOrder::getUnitId).toList(),
				NotificationKind.SUPERVISION_OVERDUE, month(now), (user != null) ? user.id() : null, "/supervision");
		return due.size();
	}

	/**
	 * An order with its history and evidence.
	 * @throws SupervisionNotFoundException no such order
	 * @throws AccessDeniedException the user may not see it
	 */
	@Transactional(readOnly = true)
	public SupervisionView find(CurrentUser user, Long id) {
		SupervisionOrder order = this.orders.findById(id)
			.orElseThrow(() -> new SupervisionNotFoundException("Order " + id));
		this.access.requireView(user, order);
		return view(user, order, true);
	}

	/**
	 * The orders the user may see, newest first.
	 * @param filter a state, {@code "OVERDUE"}, or null for all
	 */
	@Transactional(readOnly = true)
	public List<SupervisionView> list(CurrentUser user, String filter) {
		SupervisionAccess.requireReader(user);
		return views(user, this.access.visible(user)).stream().filter((v) -> matches(v, filter)).toList();
	}

	/**
	 * The overdue orders the user may see, the oldest deadline first: the dashboard's
	 * card.
	 */
	@Transactional(readOnly = true)
	public List<SupervisionView> overdue(CurrentUser user) {
		SupervisionAccess.requireReader(user);
		Set<Long> visible = this.access.visible(user).stream().map(SupervisionOrder::getId).collect(Collectors.toSet());
		return views(user, overdueOrders().stream().filter((o) -> visible.contains(o.getId())).toList());
	}

	/**
	 * The orders the user's unit still has to answer (issued, sent back, overdue), the
	 * earliest deadline first: its home page.
	 */
	@Transactional(readOnly = true)
	public List<SupervisionView> toAnswer(CurrentUser user) {
		if (!user.is(Role.COUNTY) && !user.is(Role.DEPARTMENT)) {
			return List.of();
		}
		List<SupervisionOrder> mine = this.orders.findByUnitIdOrderByPlanYearDescNumberDesc(user.unitId())
			.stream()
			.filter((o) -> o.getStatus().awaitsAnswer())
			.sorted((a, b) -> a.getDeadline().compareTo(b.getDeadline()))
			.toList();
		return views(user, mine);
	}

	/**
	 * The next number of a year, never given twice: the year's counter row stays locked
	 * until the transaction ends, and (year, number) is unique besides.
	 */
	SupervisionNumber nextNumber(int year) {
		this.entityManager
			.createNativeQuery(
					"insert into supervision_counter (plan_year, last_number) values (?1, 0) on conflict do nothing")
			.setParameter(1, year)
			.executeUpdate();
		Number last = (Number) this.entityManager
			.createNativeQuery("select last_number from supervision_counter where plan_year = ?1 for update")
			.setParameter(1, year)
			.getSingleResult();
		int next = last.intValue() + 1;
		this.entityManager.createNativeQuery("update supervision_counter set last_number = ?1 where plan_year = ?2")
			.setParameter(1, next)
			.setParameter(2, year)
			.executeUpdate();
		return new SupervisionNumber(year, next);
	}

	/**
	 * Keeps the indicator's standing for the unit as the coordinator saw it on issuing.
	 */
	void snapshot(CurrentUser coordinator, SupervisionOrder order, Long projectId) {
		Breakdown breakdown = this.dashboards.breakdown(coordinator, projectId, null);
		order.snapshot(breakdown.month().atDay(1), null, null, null);
		breakdown.indicators()
			.stream()
			.filter((ib) -> ib.indicator().id().equals(order.getIndicatorId()))
			.flatMap((ib) -> ib.units().stream())
			.filter((line) -> line.unit().id().equals(order.getUnitId()))
			.findFirst()
			.ifPresent((line) -> order.snapshot(breakdown.month().atDay(1),
					line.assessment().rate().percent().orElse(null), line.assessment().expectedPercent(),
					line.assessment().status().name()));
	}

	void record(CurrentUser user, SupervisionOrder order, SupervisionAction action, String text, LocalDate deadline) {
		this.events.save(new SupervisionEvent(order.getId(), action, order.getStatus(), user.id(), user.displayName(),
				user.unitName(), this.clock.instant(), text, deadline));
	}

	private void auditStep(SupervisionOrder order, String action, SupervisionStatus from, String reason) {
		this.audit.record(new AuditRecord(action, null, order.getIndicatorId(), order.getUnitId(), "status",
				from.name(), order.getStatus().name(), reason));
	}

	private SupervisionOrder lock(Long id, long version) {
		SupervisionOrder order = this.entityManager.find(SupervisionOrder.class, id, LockModeType.PESSIMISTIC_WRITE);
		if (order == null) {
			throw new SupervisionNotFoundException("Order " + id);
		}
		return checkVersion(order, version);
	}

	/**
	 * Locks an order already read (and checked) and reads it again as it is now.
	 */
	private SupervisionOrder lock(SupervisionOrder order, long version) {
		this.entityManager.refresh(order, LockModeType.PESSIMISTIC_WRITE);
		return checkVersion(order, version);
	}

	private static SupervisionOrder checkVersion(SupervisionOrder order, long version) {
		if (order.getVersion() != version) {
			throw new SupervisionConflictException("supervision.conflict");
		}
		return order;
	}

	private List<SupervisionOrder> overdueOrders() {
		return overdue(this.orders
			.findByStatusInOrderByDeadlineAscNumberAsc(EnumSet.of(SupervisionStatus.OPEN, SupervisionStatus.RETURNED)));
	}

	private List<SupervisionOrder> overdue(List<SupervisionOrder> orders) {
		Instant now = this.clock.instant();
		return orders.stream()
			.filter((o) -> o.getStatus().isOverdue(o.getDeadline(), now, this.clock.getZone()))
			.toList();
	}

	private static void requireText(String field, String text) {
		if (!StringUtils.hasText(text)) {
			throw new SupervisionValidationException(field, "NotBlank");
		}
		if (text.strip().length() > MAX_TEXT) {
			throw new SupervisionValidationException(field, "supervision.text.tooLong");
		}
	}

	private void requireDeadline(String field, LocalDate deadline) {
		if (deadline == null) {
			throw new SupervisionValidationException(field, "NotNull");
		}
		if (deadline.isBefore(LocalDate.now(this.clock))) {
			throw new SupervisionValidationException(field, "supervision.deadline.past");
		}
	}

	private static boolean matches(SupervisionView view, String filter) {
		if (!StringUtils.hasText(filter)) {
			return true;
		}
		if ("OVERDUE".equals(filter)) {
			return view.overdue();
		}
		return view.status().name().equals(filter);
	}

	private YearMonth month(Instant now) {
		return YearMonth.from(now.atZone(this.clock.getZone()));
	}

	private SupervisionView view(CurrentUser user, SupervisionOrder order, boolean full) {
		return views(user, List.of(order), full).get(0);
	}

	private List<SupervisionView> views(CurrentUser user, Collection<SupervisionOrder> found) {
		return views(user, found, false);
	}

	private List<SupervisionView> views(CurrentUser user, Collection<SupervisionOrder> found, boolean full) {
		if (found.isEmpty()) {
			return List.of();
		}
		Map<Long, ProjectView> projects = new HashMap<>();
		this.plans.currentOverview().ifPresent((plan) -> plan.projects().forEach((p) -> projects.put(p.id(), p)));
		Map<Long, UnitView> unitViews = this.units
			.byIds(found.stream().map(SupervisionOrder::getUnitId).collect(Collectors.toSet()));
		Instant now = this.clock.instant();
		List<SupervisionView> result = new ArrayList<>();
		for (SupervisionOrder order : found) {
			ProjectView project = projects.computeIfAbsent(order.getProjectId(),
					(id) -> this.plans.project(id).orElse(null));
			IndicatorView indicator = (project != null) ? project.indicators()
				.stream()
				.filter((i) -> i.id().equals(order.getIndicatorId()))
				.findFirst()
				.orElse(null) : null;
			SupervisionView.Issued issued = new SupervisionView.Issued(
					(order.getIssuedMonth() != null) ? YearMonth.from(order.getIssuedMonth()) : null,
					order.getIssuedRate(), order.getIssuedExpected(),
					(order.getIssuedLight() != null) ? Status.valueOf(order.getIssuedLight()) : null);
			List<SupervisionView.Step> history = full ? this.events.findByOrderIdOrderByAtAscIdAsc(order.getId())
				.stream()
				.map(SupervisionEvent::toView)
				.toList() : List.of();
			List<SupervisionView.File> files = full ? this.evidence.files(order.getId()) : List.of();
			SupervisionView.Permissions may = new SupervisionView.Permissions(SupervisionAccess.mayAnswer(user, order),
					user.is(Role.COORDINATOR) && order.getStatus() == SupervisionStatus.ANSWERED, true);
			result.add(new SupervisionView(order.getId(), order.documentNumber(), unitViews.get(order.getUnitId()),
					project, indicator, order.getProblem(), order.getRequirement(), order.getDeadline(),
					order.getStatus(), order.getStatus().isOverdue(order.getDeadline(), now, this.clock.getZone()),
					issued, order.getAnswer(), order.getAnsweredAt(), order.getReturnReason(), order.getClosingRemark(),
					order.getOverdueNotifiedAt(), order.isDemo(), order.getCreatedAt(), order.getVersion(), history,
					files, may));
		}
		return result;
	}

	/** Units an order may be addressed to: every active county and department. */
	@Transactional(readOnly = true)
	public Map<UnitType, List<UnitView>> addressees(CurrentUser user) {
		SupervisionAccess.requireCoordinator(user);
		return Map.of(UnitType.COUNTY, this.units.ofType(UnitType.COUNTY).stream().filter(UnitView::active).toList(),
				UnitType.DEPARTMENT,
				this.units.ofType(UnitType.DEPARTMENT)
					.stream()
					.filter((u) -> u.active() && !u.id().equals(user.unitId()))
					.toList());
	}

}
