package cn.tangshan.minsheng.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import cn.tangshan.minsheng.org.UnitView;

/**
 * A unit's monthly form: every project it reports, the month's deadline and whether the
 * month is open.
 *
 * @param dueDate the last day for reports (the deadline is that day's 24:00)
 * @param daysLeft whole days until the deadline (0 on the last day, negative after)
 */
public record MonthForm(UnitView unit, YearMonth month, Instant deadline, LocalDate dueDate, long daysLeft,
		Window window, Instant extendedUntil, List<ProjectForm> projects, List<YearMonth> months) {

	/**
	 * Whether a month can take new figures.
	 */
	public enum Window {

		/** Before the deadline. */
		OPEN,
		/** Past the deadline, but the coordinator granted this unit more time. */
		EXTENDED,
		/** Past the deadline: read-only (returned reports can still be corrected). */
		CLOSED,
		/** A month whose reporting has not begun. */
		NOT_YET

	}

	public boolean isOpen() {
		return this.window == Window.OPEN || this.window == Window.EXTENDED;
	}

	public boolean hasSubmittable() {
		return this.projects.stream().anyMatch(ProjectForm::editable);
	}

}
