package cn.tangshan.minsheng.account;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout's menu entries by role ({@link Menus}): the same decisions as the
 * {@code hasAnyRole(…)} expressions they replace.
 */
class MenusTests {

	private final Menus menus = new Menus();

	@Test
	void eachRoleSeesItsEntries() {
		assertThat(entries(Role.COORDINATOR)).containsExactly("reads", "cockpit", "enters", "reviews", "coordinator",
				"plans");
		assertThat(entries(Role.LEADER)).containsExactly("reads", "cockpit");
		assertThat(entries(Role.DEPARTMENT)).containsExactly("reads", "enters", "reviews");
		assertThat(entries(Role.COUNTY)).containsExactly("reads", "enters");
		assertThat(entries(Role.ADMIN)).containsExactly("plans", "admin");
		assertThat(entries(Role.SECURITY)).containsExactly("security");
		assertThat(entries(Role.AUDITOR)).containsExactly("auditor");
	}

	@Test
	void nobodySignedInSeesNoEntry() {
		assertThat(this.menus.of(null).isSignedIn()).isFalse();
		Menus.Rights anonymous = this.menus.of(new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
		assertThat(anonymous.isSignedIn()).isFalse();
		assertThat(anonymous.isReads()).isFalse();
		assertThat(anonymous.isAdmin()).isFalse();
	}

	private List<String> entries(Role role) {
		Menus.Rights r = this.menus.of(UsernamePasswordAuthenticationToken.authenticated("u", null,
				AuthorityUtils.createAuthorityList("ROLE_" + role.name())));
		assertThat(r.isSignedIn()).isTrue();
		return java.util.stream.Stream
			.of(r.isReads() ? "reads" : null, r.isCockpit() ? "cockpit" : null, r.isEnters() ? "enters" : null,
					r.isReviews() ? "reviews" : null, r.isCoordinator() ? "coordinator" : null,
					r.isPlans() ? "plans" : null, r.isAdmin() ? "admin" : null, r.isSecurity() ? "security" : null,
					r.isAuditor() ? "auditor" : null)
			.filter(java.util.Objects::nonNull)
			.toList();
	}

}
