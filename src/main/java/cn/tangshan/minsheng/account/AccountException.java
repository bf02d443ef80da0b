package cn.tangshan.minsheng.account;

/**
 * A user's request that the rules refuse, with the form field it concerns and the message
 * code to show next to it.
 */
public class AccountException extends RuntimeException {

	private final String field;

	private final String code;

	AccountException(String field, String code) {
		super(code);
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
