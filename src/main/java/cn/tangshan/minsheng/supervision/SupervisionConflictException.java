package cn.tangshan.minsheng.supervision;

/**
 * The order changed since the user opened it, or its state does not allow the step;
 * nothing was stored. The page says so and keeps the user's input.
 */
public class SupervisionConflictException extends RuntimeException {

	private final String code;

	SupervisionConflictException(String code) {
		super(code, null, false, false);
		this.code = code;
	}

	/** Message code saying what happened. */
	public String code() {
		return this.code;
	}

}
