package cn.tangshan.minsheng.reporting;

import java.util.Map;

/**
 * An allocation grid that cannot be saved as typed; nothing was stored. Keys are the
 * cells' form field names ({@code a[12_34]}).
 */
public class AllocationValidationException extends RuntimeException {

	private final Map<String, FieldProblem> problems;

	AllocationValidationException(Map<String, FieldProblem> problems) {
		super("Invalid allocation: " + problems.keySet(), null, false, false);
		this.problems = Map.copyOf(problems);
	}

	public Map<String, FieldProblem> problems() {
		return this.problems;
	}

}
