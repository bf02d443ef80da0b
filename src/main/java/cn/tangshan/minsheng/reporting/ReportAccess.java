package cn.tangshan.minsheng.reporting;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.account.Role;
import cn.tangshan.minsheng.org.UnitView;
import cn.tangshan.minsheng.org.Units;
import cn.tangshan.minsheng.plan.PlanCatalog;
import cn.tangshan.minsheng.plan.ProjectView;

import org.springframework.stereotype.Component;

/**
 * Who may see and review a report, decided on the server from the user's unit and role:
 * the reporting unit itself; a lead department of the project for a county's report; the
 * coordinator for a department's report; the coordinator and city leaders read all.
 */
@Component
class ReportAccess {

	private final Units units;

	private final PlanCatalog plans;

	ReportAccess(Units units, PlanCatalog plans) {
		this.units = units;
		this.plans = plans;
	}

	boolean canView(CurrentUser user, Report report) {
		if (report.getUnitId().equals(user.unitId())) {
			return true;
		}
		if (user.is(Role.COORDINATOR) || user.is(Role.LEADER)) {
			return true;
		}
		return user.is(Role.DEPARTMENT) && leads(user, report.getProjectId());
	}

	/**
	 * Only the reporting roles of the unit itself change its reports (not its leader or
	 * administrator accounts).
	 */
	boolean canEdit(CurrentUser user, Report report) {
		return report.getUnitId().equals(user.unitId())
				&& (user.is(Role.COUNTY) || user.is(Role.DEPARTMENT) || user.is(Role.COORDINATOR));
	}

	/**
	 * A lead department reviews the counties' reports of its projects; the coordinator
	 * reviews the departments' reports, its own unit's 市本级 share included (nobody else
	 * could).
	 */
	boolean canReview(CurrentUser user, Report report) {
		UnitView unit = this.units.find(report.getUnitId()).orElseThrow();
		if (unit.isCounty()) {
			return (user.is(Role.DEPARTMENT) || user.is(Role.COORDINATOR)) && leads(user, report.getProjectId());
		}
		return user.is(Role.COORDINATOR);
	}

	boolean leads(CurrentUser user, Long projectId) {
		return this.plans.project(projectId)
			.map(ProjectView::leads)
			.map((leads) -> leads.stream().anyMatch((u) -> u.id().equals(user.unitId())))
			.orElse(false);
	}

}
