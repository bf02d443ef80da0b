package cn.tangshan.minsheng.bulletin;

/**
 * The bulletin changed since the user opened it (saved by someone else, or issued): the
 * page says so and keeps the user's text. {@link #code()} is the message key.
 */
public class BulletinConflictException extends RuntimeException {

	private final String code;

	BulletinConflictException(String code) {
		super(code, null, false, false);
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}
