package cn.tangshan.minsheng.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A user choosing a new password.
 */
record PasswordChangeForm(@NotBlank String currentPassword,
		@NotBlank @Pattern(regexp = PasswordRules.PATTERN, message = "{password.weak}") String newPassword,
		@NotBlank String confirmPassword) {

	static PasswordChangeForm empty() {
		return new PasswordChangeForm("", "", "");
	}

	boolean confirmed() {
		return this.newPassword != null && this.newPassword.equals(this.confirmPassword);
	}

}
