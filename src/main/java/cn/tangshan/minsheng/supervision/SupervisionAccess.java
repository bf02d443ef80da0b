package cn.tangshan.minsheng.supervision;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.account.Role;
import cn.tangshan.minsheng.plan.PlanCatalog;
import cn.tangshan.minsheng.plan.ProjectView;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what with an order, decided on the server for every call: the
 * coordinator everything; city leaders read all; the addressed unit reads and answers its
 * own orders; the lead department of the indicator's project reads the orders about its
 * project; nobody else anything (administrators included).
 */
@Component
class SupervisionAccess {

	private final SupervisionRepository orders;

	private final PlanCatalog plans;

	SupervisionAccess(SupervisionRepository orders, PlanCatalog plans) {
		this.orders = orders;
		this.plans = plans;
	}

	/** The orders the user may see, newest first. */
	List<SupervisionOrder> visible(CurrentUser user) {
		return switch (user.role()) {
			case COORDINATOR, LEADER -> this.orders.findAllByOrderByPlanYearDescNumberDesc();
			case DEPARTMENT ->
				this.orders.findByUnitIdOrProjectIdInOrderByPlanYearDescNumberDesc(user.unitId(), ledProjects(user));
			case COUNTY -> this.orders.findByUnitIdOrderByPlanYearDescNumberDesc(user.unitId());
			default -> throw new AccessDeniedException("Supervision is not for " + user.role());
		};
	}

	private Set<Long> ledProjects(CurrentUser user) {
		Set<Long> led = this.plans.currentOverview()
			.map((plan) -> plan.projects()
				.stream()
				.filter((p) -> p.leads().stream().anyMatch((u) -> u.id().equals(user.unitId())))
				.map(ProjectView::id)
				.collect(Collectors.toSet()))
			.orElse(Set.of());
		// An empty IN list is not valid SQL everywhere.
		return led.isEmpty() ? Set.of(-1L) : led;
	}

	private boolean mayView(CurrentUser user, SupervisionOrder order, ProjectView project) {
		return switch (user.role()) {
			case COORDINATOR, LEADER -> true;
			case COUNTY -> isAddressee(user, order);
			case DEPARTMENT -> isAddressee(user, order)
					|| (project != null && project.leads().stream().anyMatch((u) -> u.id().equals(user.unitId())));
			default -> false;
		};
	}

	void requireView(CurrentUser user, SupervisionOrder order) {
		if (!mayView(user, order, this.plans.project(order.getProjectId()).orElse(null))) {
			throw new AccessDeniedException("Order " + order.getId() + " is not visible to " + user.getUsername());
		}
	}

	static boolean isAddressee(CurrentUser user, SupervisionOrder order) {
		return (user.is(Role.COUNTY) || user.is(Role.DEPARTMENT)) && order.getUnitId().equals(user.unitId());
	}

	static boolean mayAnswer(CurrentUser user, SupervisionOrder order) {
		return isAddressee(user, order) && order.getStatus().awaitsAnswer();
	}

	static void requireCoordinator(CurrentUser user) {
		if (!user.is(Role.COORDINATOR)) {
			throw new AccessDeniedException("Only the coordinator issues and closes supervision orders");
		}
	}

	static void requireReader(CurrentUser user) {
		if (user.role().isAdministrative()) {
			throw new AccessDeniedException("Supervision is not for administrators");
		}
	}

}
