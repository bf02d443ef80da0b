package cn.tangshan.minsheng.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.tangshan.minsheng.plan.PlanCatalog;
import cn.tangshan.minsheng.plan.PlanSummary;
import cn.tangshan.minsheng.progress.ReportingDeadline;

import org.springframework.stereotype.Component;

/**
 * Which month is being reported, when it closes, and whether a unit may still enter it.
 * Reads the injectable clock, so tests move time.
 */
@Component
public class ReportingCalendar {

	private final Clock clock;

	private final PlanCatalog plans;

	private final ExtensionRepository extensions;

	ReportingCalendar(Clock clock, PlanCatalog plans, ExtensionRepository extensions) {
		this.clock = clock;
		this.plans = plans;
		this.extensions = extensions;
	}

	public Instant now() {
		return this.clock.instant();
	}

	public ZoneId zone() {
		return this.clock.getZone();
	}

	/**
	 * The month units are reporting now: last month until its deadline has passed, then
	 * this month; kept within the plan year.
	 */
	public YearMonth currentMonth() {
		PlanSummary plan = plan();
		Instant now = now();
		YearMonth thisMonth = YearMonth.from(now.atZone(zone()));
		YearMonth previous = thisMonth.minusMonths(1);
		YearMonth month = now.isAfter(deadline(previous)) ? thisMonth : previous;
		YearMonth first = YearMonth.of(plan.year(), 1);
		YearMonth last = YearMonth.of(plan.year(), 12);
		return month.isBefore(first) ? first : (month.isAfter(last) ? last : month);
	}

	/**
	 * The months of the plan year up to the current one, newest first.
	 */
	public List<YearMonth> months() {
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth m = currentMonth(); m.getYear() == plan().year()
				&& m.getMonthValue() >= 1; m = m.minusMonths(1)) {
			months.add(m);
			if (m.getMonthValue() == 1) {
				break;
			}
		}
		return months;
	}

	public boolean isInPlanYear(YearMonth month) {
		return month.getYear() == plan().year();
	}

	public Instant deadline(YearMonth month) {
		return ReportingDeadline.of(month, plan().reportDeadlineDay(), zone());
	}

	/**
	 * Whole days left until a month's deadline: 0 on the due day itself, negative after.
	 */
	public long daysLeft(YearMonth month) {
		Duration left = Duration.between(now(), deadline(month));
		return left.isNegative() ? -1 - left.toDays() : left.toDays();
	}

	public MonthForm.Window window(Long unitId, YearMonth month) {
		if (month.isAfter(currentMonth())) {
			return MonthForm.Window.NOT_YET;
		}
		Instant now = now();
		if (!now.isAfter(deadline(month))) {
			return MonthForm.Window.OPEN;
		}
		return extendedUntil(unitId, month).filter((until) -> !now.isAfter(until))
			.map((until) -> MonthForm.Window.EXTENDED)
			.orElse(MonthForm.Window.CLOSED);
	}

	public Optional<Instant> extendedUntil(Long unitId, YearMonth month) {
		return this.extensions.findByUnitIdAndPeriodOrderByUntilDesc(unitId, month.atDay(1))
			.stream()
			.map(Extension::getUntil)
			.findFirst();
	}

	private PlanSummary plan() {
		return this.plans.currentPlan().orElseThrow();
	}

}
