package cn.tangshan.minsheng.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.tangshan.minsheng.org.UnitType;
import cn.tangshan.minsheng.org.UnitView;
import cn.tangshan.minsheng.org.Units;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's API for managing accounts: what an administrator does on
 * {@code /admin/users} and what a user does with their own password.
 */
@Service
@Transactional
public class Accounts {

	private final UserAccountRepository repository;

	private final Units units;

	private final PasswordEncoder passwordEncoder;

	private final AccountProperties properties;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Accounts(UserAccountRepository repository, Units units, PasswordEncoder passwordEncoder,
			AccountProperties properties, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.repository = repository;
		this.units = units;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<UserRow> list() {
		List<UserAccount> all = this.repository.findAllByOrderByRoleAscUsernameAsc();
		Map<Long, UnitView> unitViews = this.units
			.byIds(all.stream().map(UserAccount::getUnitId).collect(Collectors.toSet()));
		Instant now = this.clock.instant();
		return all.stream().map((u) -> toRow(u, unitViews.get(u.getUnitId()), now)).toList();
	}

	@Transactional(readOnly = true)
	public Optional<UserRow> find(Long id) {
		Instant now = this.clock.instant();
		return this.repository.findById(id).map((u) -> toRow(u, this.units.find(u.getUnitId()).orElse(null), now));
	}

	public Long create(String username, String displayName, Role role, Long unitId, String password) {
		if (this.repository.existsByUsername(username)) {
			throw new AccountException("username", "user.username.taken");
		}
		checkUnitFitsRole(role, unitId);
		UserAccount account = new UserAccount(username, this.passwordEncoder.encode(password), displayName, role,
				unitId, false, this.clock.instant());
		Long id = this.repository.save(account).getId();
		this.events.publishEvent(new AccountChanged("CREATED", username, unitId, null, describe(account)));
		return id;
	}

	/**
	 * Changes a user's name, role and unit. The version the administrator saw must still
	 * be current, so that two administrators never overwrite each other silently.
	 */
	public void assign(Long id, long expectedVersion, String displayName, Role role, Long unitId) {
		UserAccount account = load(id);
		if (account.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(UserAccount.class, id);
		}
		checkUnitFitsRole(role, unitId);
		String before = describe(account);
		account.assign(displayName, role, unitId);
		String after = describe(account);
		if (!before.equals(after)) {
			this.events.publishEvent(new AccountChanged("ASSIGNED", account.getUsername(), unitId, before, after));
		}
	}

	public void setEnabled(Long id, boolean enabled, Long actingUserId) {
		if (!enabled && id.equals(actingUserId)) {
			throw new AccountException("enabled", "user.disable.self");
		}
		UserAccount account = load(id);
		account.setEnabled(enabled);
		this.events.publishEvent(new AccountChanged(enabled ? "ENABLED" : "DISABLED", account.getUsername(),
				account.getUnitId(), null, null));
	}

	public void resetPassword(Long id, String temporaryPassword) {
		UserAccount account = load(id);
		account.resetPassword(this.passwordEncoder.encode(temporaryPassword));
		this.events
			.publishEvent(new AccountChanged("PASSWORD_RESET", account.getUsername(), account.getUnitId(), null, null));
	}

	public void changeOwnPassword(Long id, String currentPassword, String newPassword) {
		UserAccount account = load(id);
		if (!this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			throw new AccountException("currentPassword", "password.current.wrong");
		}
		if (currentPassword.equals(newPassword)) {
			throw new AccountException("newPassword", "password.new.same");
		}
		account.changePassword(this.passwordEncoder.encode(newPassword));
		this.events.publishEvent(
				new AccountChanged("PASSWORD_CHANGED", account.getUsername(), account.getUnitId(), null, null));
	}

	/** Name, role and unit as the audit trail keeps them. */
	private String describe(UserAccount account) {
		String unit = this.units.find(account.getUnitId()).map(UnitView::name).orElse("?");
		return account.getDisplayName() + " / " + account.getRole() + " / " + unit;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void recordFailedLogin(String username) {
		AccountProperties.Security security = this.properties.security();
		this.repository.findByUsername(username).ifPresent((u) -> {
			if (u.recordFailedLogin(this.clock.instant(), security.maxFailedLogins(), security.lockDuration())) {
				this.events.publishEvent(new AccountChanged("LOCKED", u.getUsername(), u.getUnitId(), null,
						security.lockDuration().toString()));
			}
		});
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void recordSuccessfulLogin(String username) {
		this.repository.findByUsername(username).ifPresent(UserAccount::recordSuccessfulLogin);
	}

	private UserAccount load(Long id) {
		return this.repository.findById(id).orElseThrow(() -> new UserNotFoundException(id));
	}

	private void checkUnitFitsRole(Role role, Long unitId) {
		UnitView unit = this.units.find(unitId).orElseThrow(() -> new AccountException("unitId", "user.unit.unknown"));
		if (!unit.active()) {
			throw new AccountException("unitId", "user.unit.inactive");
		}
		if (role == Role.COUNTY && unit.type() != UnitType.COUNTY) {
			throw new AccountException("unitId", "user.unit.mustBeCounty");
		}
		if ((role == Role.DEPARTMENT || role == Role.COORDINATOR) && unit.type() != UnitType.DEPARTMENT) {
			throw new AccountException("unitId", "user.unit.mustBeDepartment");
		}
	}

	private static UserRow toRow(UserAccount u, UnitView unit, Instant now) {
		return new UserRow(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getUnitId(),
				(unit != null) ? unit.name() : "", u.isEnabled(), u.isLocked(now), u.getLockedUntil(),
				u.isMustChangePassword(), u.isDemo(), u.getVersion());
	}

}
