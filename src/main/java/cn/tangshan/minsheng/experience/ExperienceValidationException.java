package cn.tangshan.minsheng.experience;

/**
 * Input the server refuses (an empty title, an unknown project, a file that is not a
 * photo, too many photos); nothing was stored. The page shows the message next to the
 * field and keeps the input.
 */
public class ExperienceValidationException extends RuntimeException {

	private final String field;

	private final String code;

	private final Object argument;

	ExperienceValidationException(String field, String code) {
		this(field, code, null);
	}

	ExperienceValidationException(String field, String code, Object argument) {
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
