package cn.tangshan.minsheng.account;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as every module sees it: who, which role and which unit. Pages take
 * it with {@code @AuthenticationPrincipal}; every scope check starts from
 * {@link #unitId()}.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

	private final Long id;

	private final String username;

	private String password;

	private final String displayName;

	private final Role role;

	private final Long unitId;

	private final String unitName;

	private final boolean enabled;

	private final boolean locked;

	private final boolean mustChangePassword;

	CurrentUser(Long id, String username, String password, String displayName, Role role, Long unitId, String unitName,
			boolean enabled, boolean locked, boolean mustChangePassword) {
		this.id = id;
		this.username = username;
		this.password = password;
		this.displayName = displayName;
		this.role = role;
		this.unitId = unitId;
		this.unitName = unitName;
		this.enabled = enabled;
		this.locked = locked;
		this.mustChangePassword = mustChangePassword;
	}

	public CurrentUser withPasswordChanged() {
		return new CurrentUser(this.id, this.username, null, this.displayName, this.role, this.unitId, this.unitName,
				this.enabled, this.locked, false);
	}

	public Long id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

	public Role role() {
		return this.role;
	}

	public Long unitId() {
		return this.unitId;
	}

	public String unitName() {
		return this.unitName;
	}

	public boolean mustChangePassword() {
		return this.mustChangePassword;
	}

	public boolean is(Role role) {
		return this.role == role;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(this.role.authority());
	}

	@Override
	public String getPassword() {
		return this.password;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.password = null;
	}

	@Override
	public String toString() {
		return "CurrentUser[" + this.username + ", " + this.role + ", unit " + this.unitId + "]";
	}

}
