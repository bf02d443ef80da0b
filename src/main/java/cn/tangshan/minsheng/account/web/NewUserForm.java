package cn.tangshan.minsheng.account.web;

import cn.tangshan.minsheng.account.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An administrator creating an account.
 */
record NewUserForm(
		@NotBlank @Pattern(regexp = "^[a-z][a-z0-9_]{2,31}$", message = "{user.username.pattern}") String username,
		@NotBlank @Size(max = 60) String displayName, @NotNull Long unitId, @NotNull Role role,
		@NotBlank String password) {

	static NewUserForm empty() {
		return new NewUserForm("", "", null, null, "");
	}

}
