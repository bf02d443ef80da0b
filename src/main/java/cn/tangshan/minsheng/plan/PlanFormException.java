package cn.tangshan.minsheng.plan;

import java.util.Map;

/**
 * A preview or draft that cannot be stored: the problem at each field of the
 * {@link PlanForm} (key {@code ""} for the whole form). Nothing was stored.
 */
public class PlanFormException extends RuntimeException {

	private final transient Map<String, String> errors;

	private final boolean conflict;

	PlanFormException(Map<String, String> errors) {
		this(errors, false);
	}

	PlanFormException(Map<String, String> errors, boolean conflict) {
		super(String.join("; ", errors.values()));
		this.errors = Map.copyOf(errors);
		this.conflict = conflict;
	}

	public Map<String, String> getErrors() {
		return this.errors;
	}

	/** Someone else saved the draft since it was opened. */
	public boolean isConflict() {
		return this.conflict;
	}

}
