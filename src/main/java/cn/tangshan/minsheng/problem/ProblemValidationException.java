package cn.tangshan.minsheng.problem;

/**
 * Input the server refuses (an empty title, a deadline in the past, an unknown unit, a
 * wrong file); nothing was stored. The page shows the message next to the field and keeps
 * the input.
 */
public class ProblemValidationException extends RuntimeException {

	private final String field;

	private final String code;

	private final Object argument;

	ProblemValidationException(String field, String code) {
		this(field, code, null);
	}

	ProblemValidationException(String field, String code, Object argument) {
		super(field + ": " + code, null, false, false);
		this.field = field;
		this.code = code;
		this.argument = argument;
	}

	public String field() {
		return this.field;
	}

	public String code() {
		return this.code;
	}

	/** The message's argument, or null. */
	public Object argument() {
		return this.argument;
	}

}
