package cn.tangshan.minsheng.dashboard;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.account.Role;
import cn.tangshan.minsheng.plan.PlanOverview;
import cn.tangshan.minsheng.plan.ProjectView;
import cn.tangshan.minsheng.reporting.ProgressFigures;

import org.springframework.security.access.AccessDeniedException;

/**
 * What a user may see of the dashboard, decided on the server: the coordinator and city
 * leaders everything; a department the projects it leads; a county the projects it
 * reports on, with other units' approved figures but never their unreviewed data.
 */
record Scope(CurrentUser user, Set<Long> projects, boolean allUnits) {

	static Scope of(CurrentUser user, PlanOverview plan, Collection<ProgressFigures.Duty> duties) {
		Set<Long> all = plan.projects().stream().map(ProjectView::id).collect(Collectors.toSet());
		return switch (user.role()) {
			case COORDINATOR, LEADER -> new Scope(user, all, true);
			case DEPARTMENT -> new Scope(user,
					plan.projects()
						.stream()
						.filter((p) -> p.leads().stream().anyMatch((u) -> u.id().equals(user.unitId())))
						.map(ProjectView::id)
						.collect(Collectors.toSet()),
					true);
			case COUNTY -> new Scope(user,
					duties.stream()
						.filter((d) -> d.unitId().equals(user.unitId()))
						.map(ProgressFigures.Duty::projectId)
						.collect(Collectors.toSet()),
					false);
			default -> throw new AccessDeniedException("The dashboard is not for " + user.role());
		};
	}

	static void requireViewer(CurrentUser user) {
		if (user.role().isAdministrative()) {
			throw new AccessDeniedException("The dashboard is not for administrators");
		}
	}

	boolean seesProject(Long projectId) {
		return this.projects.contains(projectId);
	}

	/** Report states and pending values of a unit. */
	boolean seesUnitDetails(Long unitId) {
		return this.allUnits || unitId.equals(this.user.unitId());
	}

	boolean isCounty() {
		return this.user.is(Role.COUNTY);
	}

	boolean mayRemind() {
		return this.user.is(Role.COORDINATOR);
	}

}
