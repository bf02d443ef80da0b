package cn.tangshan.minsheng.account;

/**
 * A user's request that the rules refuse, with the form field it concerns and the message
 * code to show next to it.
 */
public class AccountException extends RuntimeException {

	private final String field;

	private final String code;

	private final Object[] args;

	AccountException(String field, String code, Object... args) {
		super(code);
		this.field = field;
		this.code = code;
		this.args = args;
	}

	/** Arguments of the message, e.g. the minimum length. */
	public Object[] args() {
		return this.args.clone();
	}

	public String field() {
		return this.field;
	}

	public String code() {
		return this.code;
	}

}
