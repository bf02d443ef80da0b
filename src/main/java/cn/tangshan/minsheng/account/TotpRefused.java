package cn.tangshan.minsheng.account;

/**
 * A second login step refused: a security event, not a change to the account. Published
 * so that the security audit trail records it as a failure, with the user who gave the
 * password.
 *
 * @param username the account
 * @param unitId the account's unit
 * @param reason why
 */
public record TotpRefused(String username, Long unitId, Reason reason) {

	public enum Reason {

		/**
		 * A code that had already logged in (or one of an earlier step), entered again.
		 */
		REPLAYED,

		/** Neither a current code nor an unused recovery code. */
		WRONG_CODE,

		/** The last of the wrong codes a session may give: the login is ended. */
		TOO_MANY_CODES

	}

}
