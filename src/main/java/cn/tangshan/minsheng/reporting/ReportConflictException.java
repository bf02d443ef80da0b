package cn.tangshan.minsheng.reporting;

/**
 * Someone else changed the report since the user opened it (or it was submitted or
 * reviewed meanwhile); nothing was stored. The page shows the current values and keeps
 * the user's input.
 */
public class ReportConflictException extends RuntimeException {

	private final String code;

	ReportConflictException(String code) {
		super(code, null, false, false);
		this.code = code;
	}

	/**
	 * Message code saying what happened.
	 */
	public String code() {
		return this.code;
	}

}
