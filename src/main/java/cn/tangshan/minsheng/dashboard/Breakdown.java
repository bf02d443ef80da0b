package cn.tangshan.minsheng.dashboard;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import cn.tangshan.minsheng.org.UnitView;
import cn.tangshan.minsheng.plan.IndicatorView;
import cn.tangshan.minsheng.plan.ProjectView;
import cn.tangshan.minsheng.progress.Assessment;
import cn.tangshan.minsheng.progress.Completeness;
import cn.tangshan.minsheng.progress.ProgressSettings;

/**
 * A project's figures by unit for a month: each unit's allocation, approved value, rate,
 * light and report state.
 */
public record Breakdown(ProjectView project, YearMonth month, ProgressSettings settings,
		List<IndicatorBreakdown> indicators) {

	public record IndicatorBreakdown(IndicatorView indicator, List<UnitLine> units) {
	}

	/**
	 * One unit's line. {@code state} and {@code pending} are null where the viewer may
	 * not see them (a county never sees another unit's unreviewed data); {@code pending}
	 * is also null when nothing awaits review.
	 */
	public record UnitLine(UnitView unit, BigDecimal allocation, BigDecimal approved, Assessment assessment,
			Completeness state, BigDecimal pending, boolean own) {
	}

}
