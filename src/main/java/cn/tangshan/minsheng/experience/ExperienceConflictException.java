package cn.tangshan.minsheng.experience;

/**
 * The article changed since the user opened it (another version), or its state does not
 * allow the step; nothing was stored and the page says so, keeping the input.
 */
public class ExperienceConflictException extends RuntimeException {

	private final String code;

	ExperienceConflictException(String code) {
		super(code, null, false, false);
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}
