package cn.tangshan.minsheng.account.web;

import cn.tangshan.minsheng.account.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An administrator creating an account. The unit and the role are kept as sent, so that a
 * value no option has is refused next to its field instead of failing the binding.
 */
record NewUserForm(
		@NotBlank @Pattern(regexp = "^[a-z][a-z0-9_]{2,31}$", message = "{user.username.pattern}") String username,
		@NotBlank @Size(max = 60) String displayName, @NotBlank String unitId, @NotBlank String role,
		@NotBlank String password) {

	static NewUserForm empty() {
		return new NewUserForm("", "", "", "", "");
	}

	/** The unit chosen, or null when the value is not a unit's id. */
	Long unit() {
		try {
			return Long.valueOf(this.unitId.strip());
		}
		catch (NumberFormatException | NullPointerException ex) {
			return null;
		}
	}

	/** The role chosen, or null when the value is not a role. */
	Role chosenRole() {
		for (Role candidate : Role.values()) {
			if (candidate.name().equals(this.role)) {
				return candidate;
			}
		}
		return null;
	}

}
