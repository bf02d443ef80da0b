package cn.tangshan.minsheng.account.web;

import cn.tangshan.minsheng.account.Role;
import cn.tangshan.minsheng.account.UserRow;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An administrator assigning a user's name, role and unit. The version guards against two
 * administrators editing the same user at once.
 */
record EditUserForm(@NotBlank @Size(max = 60) String displayName, @NotNull Long unitId, @NotNull Role role,
		long version) {

	static EditUserForm of(UserRow user) {
		return new EditUserForm(user.displayName(), user.unitId(), user.role(), user.version());
	}

}
