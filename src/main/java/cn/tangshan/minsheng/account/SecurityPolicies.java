package cn.tangshan.minsheng.account;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The password and session policy, which only the security administrator changes.
 */
@Service
@Transactional
public class SecurityPolicies {

	private final SecurityPolicyRepository repository;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	SecurityPolicies(SecurityPolicyRepository repository, Clock clock, ApplicationEventPublisher events) {
		this.repository = repository;
		this.clock = clock;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public PolicyView current() {
		return load().view();
	}

	/**
	 * Saves a new policy. The version the security administrator saw must still be
	 * current.
	 */
	public void update(PolicyView changed, long expectedVersion, String actor) {
		if (changed.minPasswordLength() < 8 || changed.minPasswordLength() > 64) {
			throw new AccountException("minPasswordLength", "policy.minPasswordLength.range");
		}
		if (changed.passwordMaxAgeDays() < 1 || changed.passwordMaxAgeDays() > 3650) {
			throw new AccountException("passwordMaxAgeDays", "policy.passwordMaxAgeDays.range");
		}
		if (changed.passwordHistory() < 1 || changed.passwordHistory() > 24) {
			throw new AccountException("passwordHistory", "policy.passwordHistory.range");
		}
		if (changed.maxSessions() < 1 || changed.maxSessions() > 10) {
			throw new AccountException("maxSessions", "policy.maxSessions.range");
		}
		SecurityPolicy policy = load();
		if (policy.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(SecurityPolicy.class, SecurityPolicy.ID);
		}
		String before = policy.view().describe();
		policy.update(changed, actor, this.clock.instant());
		String after = policy.view().describe();
		if (!before.equals(after)) {
			this.events.publishEvent(new AccountChanged("POLICY_CHANGED", null, null, before, after, actor));
		}
	}

	private SecurityPolicy load() {
		return this.repository.findById(SecurityPolicy.ID)
			.orElseThrow(() -> new IllegalStateException("security_policy has no row"));
	}

}
