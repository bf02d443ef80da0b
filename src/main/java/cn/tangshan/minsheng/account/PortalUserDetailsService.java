package cn.tangshan.minsheng.account;

import java.time.Clock;

import cn.tangshan.minsheng.org.UnitView;
import cn.tangshan.minsheng.org.Units;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a user for login, and counts failed logins so that repeated guessing locks the
 * account for a while.
 */
@Component
class PortalUserDetailsService implements UserDetailsService {

	private final UserAccountRepository repository;

	private final Units units;

	private final Accounts accounts;

	private final Clock clock;

	private final SecurityPolicies policies;

	PortalUserDetailsService(UserAccountRepository repository, Units units, Accounts accounts, Clock clock,
			SecurityPolicies policies) {
		this.policies = policies;
		this.repository = repository;
		this.units = units;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = this.repository.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException(username));
		String unitName = this.units.find(account.getUnitId()).map(UnitView::name).orElse("");
		return new CurrentUser(account.getId(), account.getUsername(), account.getPasswordHash(),
				account.getDisplayName(), account.getRole(), account.getUnitId(), unitName, account.isEnabled(),
				account.isLocked(this.clock.instant()), account.isMustChangePassword(),
				account.isPasswordExpired(this.clock.instant(), this.policies.current().passwordMaxAgeDays()),
				account.isTotpEnrolled());
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		this.accounts.recordFailedLogin(event.getAuthentication().getName());
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		String ip = (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		this.accounts.recordSuccessfulLogin(event.getAuthentication().getName(), ip);
	}

}
