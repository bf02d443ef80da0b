package cn.tangshan.minsheng.reporting;

import java.util.Map;

/**
 * A report that cannot be saved as typed; nothing was stored. Keys are form field names
 * ({@code v12} for indicator 12's figure, {@code r12} its correction reason, {@code c12}
 * its confirmation, {@code progress}, …).
 */
public class ReportValidationException extends RuntimeException {

	private final Map<String, FieldProblem> problems;

	ReportValidationException(Map<String, FieldProblem> problems) {
		super("Invalid report: " + problems.keySet(), null, false, false);
		this.problems = Map.copyOf(problems);
	}

	public Map<String, FieldProblem> problems() {
		return this.problems;
	}

}
