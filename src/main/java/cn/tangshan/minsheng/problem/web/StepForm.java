package cn.tangshan.minsheng.problem.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A step on a problem's page: the version the user saw, and what the step needs (the
 * responsible unit and 办理时限 of an assignment; the requirement, answer, remark or reason
 * as {@code text}). Which fields are required is the service's rule, so one message set
 * serves every step. Everything is kept as sent: a value that is not a number or a date
 * is refused by the service's rules (as a missing one) or as a conflict, never by failing
 * the binding.
 */
record StepForm(String version, String unitId, String deadline, String text) {

	static StepForm empty(long version) {
		return new StepForm(String.valueOf(version), null, null, null);
	}

	static StepForm assignment(long version, Long unitId, LocalDate deadline) {
		return new StepForm(String.valueOf(version), (unitId != null) ? String.valueOf(unitId) : null,
				(deadline != null) ? deadline.toString() : null, null);
	}

	/** The version the user saw; -1 (a conflict) when it is missing or malformed. */
	long versionSeen() {
		try {
			return Long.parseLong((this.version != null) ? this.version.strip() : "");
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	/** The unit chosen, or null (an unknown unit) when it is not a unit's id. */
	Long unit() {
		try {
			return (this.unitId != null) ? Long.valueOf(this.unitId.strip()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** The date typed, or null (a missing date) when it is not a date. */
	LocalDate deadlineDate() {
		try {
			return (this.deadline != null && !this.deadline.isBlank()) ? LocalDate.parse(this.deadline.strip()) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
