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

	private final boolean passwordExpired;

	private final boolean totpEnrolled;

	CurrentUser(Long id, String username, String password, String displayName, Role role, Long unitId, String unitName,
			boolean enabled, boolean locked, boolean mustChangePassword) {
		this(id, username, password, displayName, role, unitId, unitName, enabled, locked, mustChangePassword, false,
				false);
	}

	CurrentUser(Long id, String username, String password, String displayName, Role role, Long unitId, String unitName,
			boolean enabled, boolean locked, boolean mustChangePassword, boolean passwordExpired,
			boolean totpEnrolled) {
		this.passwordExpired = passwordExpired;
		this.totpEnrolled = totpEnrolled;
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
				this.enabled, this.locked, false, false, this.totpEnrolled);
	}

	/** The same user after enrolling a second factor in this session. */
	public CurrentUser withTotpEnrolled(boolean enrolled) {
		return new CurrentUser(this.id, this.username, null, this.displayName, this.role, this.unitId, this.unitName,
				this.enabled, this.locked, this.mustChangePassword, this.passwordExpired, enrolled);
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

	/** Reset by the security administrator, or older than the policy allows. */
	public boolean mustChangePassword() {
		return this.mustChangePassword || this.passwordExpired;
	}

	/** The password is older than the policy's maximum age. */
	public boolean passwordExpired() {
		return this.passwordExpired;
	}

	/** The user has a TOTP authenticator; the code is asked at every login. */
	public boolean totpEnrolled() {
		return this.totpEnrolled;
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

	/**
	 * The same account, whichever login it came from: the session registry counts an
	 * account's sessions by its principal.
	 */
	@Override
	public boolean equals(Object other) {
		return other instanceof CurrentUser user && this.username.equals(user.username);
	}

	@Override
	public int hashCode() {
		return this.username.hashCode();
	}

	@Override
	public String toString() {
		return "CurrentUser[" + this.username + ", " + this.role + ", unit " + this.unitId + "]";
	}

}
