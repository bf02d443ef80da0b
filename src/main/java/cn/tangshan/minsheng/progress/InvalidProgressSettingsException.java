package cn.tangshan.minsheng.progress;

/**
 * Progress settings that cannot be used. {@link #reason()} and {@link #month()} let a
 * settings form show the message from the bundle next to the right field.
 */
public class InvalidProgressSettingsException extends RuntimeException {

	/**
	 * What is wrong; the message key is {@code progress.settings.invalid.<REASON>}.
	 */
	public enum Reason {

		/** The schedule does not have exactly one value per month. */
		SCHEDULE_NOT_TWELVE_MONTHS,

		/** A month's expected progress is below 0% or above 100%. */
		SCHEDULE_OUT_OF_RANGE,

		/** A month expects less than the month before. */
		SCHEDULE_DECREASING,

		/** December expects less than 100%: the plan is an annual plan. */
		SCHEDULE_INCOMPLETE_IN_DECEMBER,

		/** The green threshold is negative. */
		GREEN_GAP_NEGATIVE,

		/** The green threshold is not below the red one. */
		GREEN_GAP_NOT_BELOW_RED

	}

	private final Reason reason;

	private final int month;

	InvalidProgressSettingsException(Reason reason, int month, String message) {
		super(message);
		this.reason = reason;
		this.month = month;
	}

	public Reason reason() {
		return this.reason;
	}

	/**
	 * The offending month (1 to 12), or 0 when the problem is not about one month.
	 */
	public int month() {
		return this.month;
	}

	public String messageKey() {
		return "progress.settings.invalid." + this.reason.name();
	}

}
