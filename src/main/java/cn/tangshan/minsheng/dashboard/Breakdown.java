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
 * light and report state; and the project's cumulative completion by month against the
 * expected line.
 */
public record Breakdown(ProjectView project, YearMonth month, ProgressSettings settings,
		List<IndicatorBreakdown> indicators, Chart chart) {

	/**
	 * January to the month: each indicator's city completion rate at each month's end (a
	 * milestone's self-assessed percent), and 序时进度.
	 */
	public record Chart(List<YearMonth> months, List<Series> series, List<BigDecimal> expected) {
	}

	/** One indicator's rates by month, 0 where nothing was approved yet. */
	public record Series(IndicatorView indicator, List<BigDecimal> rates) {
	}

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
