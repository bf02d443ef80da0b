package cn.tangshan.minsheng.problem;

/**
 * The problem changed since the user opened it, or its state does not allow the step;
 * nothing was stored. The page says so and keeps the user's input.
 */
public class ProblemConflictException extends RuntimeException {

	private final String code;

	ProblemConflictException(String code) {
		super(code, null, false, false);
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}
