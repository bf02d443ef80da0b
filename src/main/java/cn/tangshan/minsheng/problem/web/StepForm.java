package cn.tangshan.minsheng.problem.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A step on a problem's page: the version the user saw, and what the step needs (the
 * responsible unit and 办理时限 of an assignment; the requirement, answer, remark or reason
 * as {@code text}). Which fields are required is the service's rule, so one message set
 * serves every step.
 */
record StepForm(@NotNull Long version, Long unitId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
		String text) {

	static StepForm empty(long version) {
		return new StepForm(version, null, null, null);
	}

}
