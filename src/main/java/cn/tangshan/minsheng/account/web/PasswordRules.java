package cn.tangshan.minsheng.account.web;

/**
 * What a password must look like: 8 to 64 characters with at least one letter and one
 * digit.
 */
final class PasswordRules {

	static final String PATTERN = "^(?=.*[A-Za-z])(?=.*\\d).{8,64}$";

	private PasswordRules() {
	}

}
