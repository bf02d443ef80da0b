package cn.tangshan.minsheng.supervision;

/**
 * Input the server refuses (e.g. a deadline in the past); nothing was stored. The page
 * shows the message next to the field and keeps the input.
 */
public class SupervisionValidationException extends RuntimeException {

	private final String field;

	private final String code;

	SupervisionValidationException(String field, String code) {
		super(field + ": " + code, null, false, false);
		this.field = field;
		this.code = code;
	}

	public String field() {
		return this.field;
	}

	public String code() {
		return this.code;
	}

}
