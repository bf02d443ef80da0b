package cn.tangshan.minsheng.problem;

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
 * Who may see and do what with a problem, decided on the server for every call: the
 * coordinator everything; city leaders read all; a county the problems it raised or must
 * answer; a department those it raised or must answer and those of the projects it leads;
 * nobody else anything (administrators included). Counties and departments raise; the
 * coordinator assigns, closes and reopens; the responsible unit answers; the raising unit
 * confirms.
 */
@Component
class ProblemAccess {

	private final ProblemRepository problems;

	private final PlanCatalog plans;

	ProblemAccess(ProblemRepository problems, PlanCatalog plans) {
		this.problems = problems;
		this.plans = plans;
	}

	/** The problems the user may see, newest first. */
	List<Problem> visible(CurrentUser user) {
		return switch (user.role()) {
			case COORDINATOR, LEADER -> this.problems.newestFirst();
			case DEPARTMENT -> this.problems.ofUnit(user.unitId(), ledProjects(user));
			case COUNTY -> this.problems.ofUnit(user.unitId(), Set.of(-1L));
			default -> throw new AccessDeniedException("Problems are not for " + user.role());
		};
	}

	private Set<Long> ledProjects(CurrentUser user) {
		Set<Long> led = this.plans.currentOverview()
			.map((plan) -> plan.projects()
				.stream()
				.filter((p) -> leads(user, p))
				.map(ProjectView::id)
				.collect(Collectors.toSet()))
			.orElse(Set.of());
		// An empty IN list is not valid SQL everywhere.
		return led.isEmpty() ? Set.of(-1L) : led;
	}

	private static boolean leads(CurrentUser user, ProjectView project) {
		return project != null && project.leads().stream().anyMatch((u) -> u.id().equals(user.unitId()));
	}

	void requireView(CurrentUser user, Problem problem) {
		boolean may = switch (user.role()) {
			case COORDINATOR, LEADER -> true;
			case COUNTY -> raisedBy(user, problem) || isResponsible(user, problem);
			case DEPARTMENT -> raisedBy(user, problem) || isResponsible(user, problem)
					|| leads(user, this.plans.project(problem.getProjectId()).orElse(null));
			default -> false;
		};
		if (!may) {
			throw new AccessDeniedException("Problem " + problem.getId() + " is not visible to " + user.getUsername());
		}
	}

	static boolean raisedBy(CurrentUser user, Problem problem) {
		return (user.is(Role.COUNTY) || user.is(Role.DEPARTMENT)) && problem.getRaisedByUnitId().equals(user.unitId());
	}

	static boolean isResponsible(CurrentUser user, Problem problem) {
		return (user.is(Role.COUNTY) || user.is(Role.DEPARTMENT) || user.is(Role.COORDINATOR)) && user.unitId() != null
				&& user.unitId().equals(problem.getResponsibleUnitId());
	}

	static ProblemView.Permissions permissions(CurrentUser user, Problem problem) {
		ProblemStatus status = problem.getStatus();
		boolean coordinator = user.is(Role.COORDINATOR);
		return new ProblemView.Permissions(coordinator && status == ProblemStatus.PENDING,
				isResponsible(user, problem) && status == ProblemStatus.IN_PROGRESS,
				raisedBy(user, problem) && status == ProblemStatus.AWAITING_CONFIRMATION,
				coordinator && status.isOpen(), coordinator && !status.isOpen());
	}

	static void requireRaiser(CurrentUser user) {
		if (!user.is(Role.COUNTY) && !user.is(Role.DEPARTMENT)) {
			throw new AccessDeniedException("Only counties and departments raise problems");
		}
	}

	static void requireCoordinator(CurrentUser user) {
		if (!user.is(Role.COORDINATOR)) {
			throw new AccessDeniedException("Only the coordinator dispatches, closes and reopens problems");
		}
	}

	static void requireReader(CurrentUser user) {
		if (!user.is(Role.COORDINATOR) && !user.is(Role.LEADER) && !user.is(Role.COUNTY) && !user.is(Role.DEPARTMENT)) {
			throw new AccessDeniedException("Problems are not for " + user.role());
		}
	}

}
