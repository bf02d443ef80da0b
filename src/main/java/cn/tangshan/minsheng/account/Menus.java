package cn.tangshan.minsheng.account;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Which of the menu's entries the signed-in user sees, worked out once per page from the
 * roles ({@code ${@menus.of(#authentication)}} in the layout). The same decisions as
 * {@code sec:authorize="hasAnyRole(…)"} on each entry, which evaluated a security
 * expression per entry, twenty on every page (issue #14). What a user may open is decided
 * by the security configuration, never by the menu.
 */
@Component("menus")
public class Menus {

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	private static final Rights NONE = new Rights(EnumSet.noneOf(Role.class), false);

	/** The entries for this authentication ({@code null} or anonymous: none). */
	public Rights of(Authentication authentication) {
		if (authentication == null || !TRUST.isAuthenticated(authentication)) {
			return NONE;
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			String name = authority.getAuthority();
			if (name != null && name.startsWith("ROLE_")) {
				for (Role role : Role.values()) {
					if (role.name().equals(name.substring(5))) {
						roles.add(role);
					}
				}
			}
		}
		return new Rights(roles, true);
	}

	/** The menu's entries for one user. */
	public static final class Rights {

		private final Set<Role> roles;

		private final boolean signedIn;

		Rights(Set<Role> roles, boolean signedIn) {
			this.roles = roles;
			this.signedIn = signedIn;
		}

		public boolean isSignedIn() {
			return this.signedIn;
		}

		/** The reported data: plan, dashboard, ledger, bulletins, problems, notices. */
		public boolean isReads() {
			return any(Role.COORDINATOR, Role.LEADER, Role.DEPARTMENT, Role.COUNTY);
		}

		public boolean isCockpit() {
			return any(Role.COORDINATOR, Role.LEADER);
		}

		/** The monthly form. */
		public boolean isEnters() {
			return any(Role.COUNTY, Role.DEPARTMENT, Role.COORDINATOR);
		}

		/** Reviews and allocations. */
		public boolean isReviews() {
			return any(Role.DEPARTMENT, Role.COORDINATOR);
		}

		public boolean isCoordinator() {
			return any(Role.COORDINATOR);
		}

		public boolean isPlans() {
			return any(Role.COORDINATOR, Role.ADMIN);
		}

		public boolean isAdmin() {
			return any(Role.ADMIN);
		}

		public boolean isSecurity() {
			return any(Role.SECURITY);
		}

		public boolean isAuditor() {
			return any(Role.AUDITOR);
		}

		private boolean any(Role... wanted) {
			for (Role role : wanted) {
				if (this.roles.contains(role)) {
					return true;
				}
			}
			return false;
		}

	}

}
