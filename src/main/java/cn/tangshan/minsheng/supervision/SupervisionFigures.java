package cn.tangshan.minsheng.supervision;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.dashboard.Breakdown;
import cn.tangshan.minsheng.dashboard.DashboardNotFoundException;
import cn.tangshan.minsheng.dashboard.Dashboards;
import cn.tangshan.minsheng.progress.Assessment;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The indicator's current figures for the addressed unit, as the viewer's dashboard shows
 * them (latest closed month). Deliberately outside any transaction of this module: the
 * dashboard refuses projects outside the viewer's scope, and that refusal must only mean
 * "no figures here", never roll back anything.
 */
@Component
public class SupervisionFigures {

	private final Dashboards dashboards;

	SupervisionFigures(Dashboards dashboards) {
		this.dashboards = dashboards;
	}

	/**
	 * @return empty where the viewer's dashboard does not show the project or the unit
	 * has no share of the indicator
	 */
	public Optional<Figures> current(CurrentUser viewer, SupervisionView order) {
		if (order.project() == null || order.indicator() == null || order.unit() == null) {
			return Optional.empty();
		}
		return of(viewer, order.project().id(), order.indicator().id(), order.unit().id());
	}

	/**
	 * A unit's figures of an indicator of a project.
	 */
	public Optional<Figures> of(CurrentUser viewer, Long projectId, Long indicatorId, Long unitId) {
		Breakdown breakdown;
		try {
			breakdown = this.dashboards.breakdown(viewer, projectId, null);
		}
		catch (AccessDeniedException | DashboardNotFoundException ex) {
			return Optional.empty();
		}
		return breakdown.indicators()
			.stream()
			.filter((ib) -> ib.indicator().id().equals(indicatorId))
			.flatMap((ib) -> ib.units().stream())
			.filter((line) -> line.unit().id().equals(unitId))
			.findFirst()
			.map((line) -> new Figures(breakdown.month(), line.allocation(), line.approved(), line.assessment()));
	}

	/**
	 * The unit's share, approved cumulative value and standing in a month.
	 */
	public record Figures(YearMonth month, BigDecimal allocation, BigDecimal approved, Assessment assessment) {
	}

}
