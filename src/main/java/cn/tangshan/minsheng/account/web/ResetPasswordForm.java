package cn.tangshan.minsheng.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A temporary password set by an administrator; the user must replace it at the next
 * login.
 */
record ResetPasswordForm(
		@NotBlank @Pattern(regexp = PasswordRules.PATTERN, message = "{password.weak}") String password) {

}
