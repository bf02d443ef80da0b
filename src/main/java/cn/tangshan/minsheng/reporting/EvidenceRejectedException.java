package cn.tangshan.minsheng.reporting;

/**
 * A file that is not accepted as evidence (wrong type, too large, unreadable); nothing
 * was stored. The page tells the user why, in their language.
 */
public class EvidenceRejectedException extends RuntimeException {

	private final String code;

	private final Object argument;

	EvidenceRejectedException(String code) {
		this(code, null);
	}

	EvidenceRejectedException(String code, Object argument) {
		super(code, null, false, false);
		this.code = code;
		this.argument = argument;
	}

	/**
	 * Message code saying what is wrong with the file.
	 */
	public String code() {
		return this.code;
	}

	/**
	 * The message's argument (e.g. the size limit in MB), or null.
	 */
	public Object argument() {
		return this.argument;
	}

}
