package cn.tangshan.minsheng.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.tangshan.minsheng.org.UnitType;
import cn.tangshan.minsheng.org.UnitView;
import cn.tangshan.minsheng.org.Units;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's API for managing accounts. 三员分立: the system administrator creates
 * accounts, edits names and units and asks for role changes ({@code /admin/users}); the
 * security administrator approves or rejects role changes, enables and disables, unlocks,
 * resets passwords and second factors ({@code /security/**}); every user changes their
 * own password.
 */
@Service
@Transactional
public class Accounts {

	/** Longest password accepted (bcrypt reads at most 72 bytes). */
	static final int MAX_PASSWORD_LENGTH = 64;

	private final UserAccountRepository repository;

	private final PasswordHistoryRepository history;

	private final RoleRequestRepository requests;

	private final RecoveryCodeRepository recoveryCodes;

	private final SecurityPolicies policies;

	private final Units units;

	private final PasswordEncoder passwordEncoder;

	private final AccountProperties properties;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Accounts(UserAccountRepository repository, PasswordHistoryRepository history, RoleRequestRepository requests,
			RecoveryCodeRepository recoveryCodes, SecurityPolicies policies, Units units,
			PasswordEncoder passwordEncoder, AccountProperties properties, Clock clock,
			ApplicationEventPublisher events) {
		this.repository = repository;
		this.history = history;
		this.requests = requests;
		this.recoveryCodes = recoveryCodes;
		this.policies = policies;
		this.events = events;
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
		Map<Long, RoleRequest> pending = this.requests
			.findByStatusOrderByRequestedAtAscIdAsc(RoleRequest.Status.PENDING)
			.stream()
			.collect(Collectors.toMap(RoleRequest::getUserId, (r) -> r));
		return all.stream().map((u) -> toRow(u, unitViews.get(u.getUnitId()), now, pending.get(u.getId()))).toList();
	}

	@Transactional(readOnly = true)
	public Optional<UserRow> find(Long id) {
		Instant now = this.clock.instant();
		return this.repository.findById(id)
			.map((u) -> toRow(u, this.units.find(u.getUnitId()).orElse(null), now,
					this.requests.findByUserIdAndStatus(id, RoleRequest.Status.PENDING).orElse(null)));
	}

	/**
	 * What is wrong with a new password, as a message code with its arguments; empty if
	 * it meets the policy: the minimum length (at least 8), at least three of upper case,
	 * lower case, digits and symbols, not containing the user name, not one of the last
	 * passwords of the account.
	 */
	@Transactional(readOnly = true)
	public Optional<AccountException> checkPassword(String username, String password, Long userId) {
		PolicyView policy = this.policies.current();
		if (password == null || password.length() < policy.minPasswordLength()
				|| password.length() > MAX_PASSWORD_LENGTH || classes(password) < 3) {
			return Optional.of(new AccountException("password", "password.policy", policy.minPasswordLength()));
		}
		if (username != null && !username.isBlank()
				&& password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			return Optional.of(new AccountException("password", "password.policy.username"));
		}
		if (userId != null) {
			// The last N passwords: the current one and the N - 1 before it.
			UserAccount account = load(userId);
			boolean reused = this.passwordEncoder.matches(password, account.getPasswordHash()) || this.history
				.findByUserIdOrderByChangedAtDescIdDesc(userId, Limit.of(Math.max(1, policy.passwordHistory() - 1)))
				.stream()
				.anyMatch((h) -> this.passwordEncoder.matches(password, h.getPasswordHash()));
			if (reused) {
				return Optional
					.of(new AccountException("password", "password.policy.reused", policy.passwordHistory()));
			}
		}
		return Optional.empty();
	}

	private static int classes(String password) {
		boolean upper = false;
		boolean lower = false;
		boolean digit = false;
		boolean symbol = false;
		for (int i = 0; i < password.length(); i++) {
			char c = password.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				upper = true;
			}
			else if (c >= 'a' && c <= 'z') {
				lower = true;
			}
			else if (c >= '0' && c <= '9') {
				digit = true;
			}
			else if (!Character.isWhitespace(c) && !Character.isISOControl(c)) {
				symbol = true;
			}
		}
		return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
	}

	private void requireGoodPassword(String field, String username, String password, Long userId) {
		checkPassword(username, password, userId).ifPresent((problem) -> {
			throw new AccountException(field, problem.code(), problem.args());
		});
	}

	public Long create(String username, String displayName, Role role, Long unitId, String password) {
		return create(username, displayName, role, unitId, password, null);
	}

	/**
	 * Creates an account. An account for one of the three administrative roles is created
	 * disabled, with a request the security administrator must approve first.
	 */
	public Long create(String username, String displayName, Role role, Long unitId, String password, String actor) {
		if (this.repository.existsByUsername(username)) {
			throw new AccountException("username", "user.username.taken");
		}
		checkUnitFitsRole(role, unitId);
		requireGoodPassword("password", username, password, null);
		UserAccount account = new UserAccount(username, this.passwordEncoder.encode(password), displayName, role,
				unitId, false, this.clock.instant());
		boolean needsApproval = role.isAdministrative();
		if (needsApproval) {
			account.setEnabled(false);
		}
		Long id = this.repository.save(account).getId();
		if (needsApproval) {
			this.requests.save(new RoleRequest(id, null, role, RoleRequest.Kind.NEW_ACCOUNT,
					(actor != null) ? actor : "-", this.clock.instant()));
		}
		this.events.publishEvent(new AccountChanged(needsApproval ? "CREATED_PENDING_APPROVAL" : "CREATED", username,
				unitId, null, describe(account), actor));
		return id;
	}

	/**
	 * The system administrator changes a user's name and unit, and asks for a role change
	 * if the role differs: the role changes only when the security administrator
	 * approves. The version the administrator saw must still be current, so that two
	 * administrators never overwrite each other silently.
	 * @return whether a role change was requested
	 */
	public boolean update(Long id, long expectedVersion, String displayName, Role role, Long unitId,
			CurrentUser actor) {
		UserAccount account = load(id);
		if (account.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(UserAccount.class, id);
		}
		boolean roleChange = role != account.getRole();
		if (roleChange) {
			if (actor != null && id.equals(actor.id())) {
				throw new AccountException("role", "user.role.self");
			}
			if (this.requests.findByUserIdAndStatus(id, RoleRequest.Status.PENDING).isPresent()) {
				throw new AccountException("role", "user.role.pending");
			}
			checkUnitFitsRole(role, unitId);
		}
		checkUnitFitsRole(account.getRole(), unitId);
		String before = describe(account);
		account.assign(displayName, unitId);
		String after = describe(account);
		String actorName = (actor != null) ? actor.getUsername() : null;
		if (!before.equals(after)) {
			this.events
				.publishEvent(new AccountChanged("ASSIGNED", account.getUsername(), unitId, before, after, actorName));
		}
		if (roleChange) {
			this.requests.save(new RoleRequest(id, account.getRole(), role, RoleRequest.Kind.CHANGE,
					(actorName != null) ? actorName : "-", this.clock.instant()));
			this.events.publishEvent(new AccountChanged("ROLE_CHANGE_REQUESTED", account.getUsername(), unitId,
					account.getRole().name(), role.name(), actorName));
		}
		return roleChange;
	}

	@Transactional(readOnly = true)
	public List<RoleRequestRow> pendingRequests() {
		return rows(this.requests.findByStatusOrderByRequestedAtAscIdAsc(RoleRequest.Status.PENDING));
	}

	@Transactional(readOnly = true)
	public List<RoleRequestRow> recentDecisions() {
		return rows(this.requests.findTop50ByStatusNotOrderByDecidedAtDescIdDesc(RoleRequest.Status.PENDING));
	}

	private List<RoleRequestRow> rows(List<RoleRequest> list) {
		Map<Long, UserAccount> users = this.repository
			.findAllById(list.stream().map(RoleRequest::getUserId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(UserAccount::getId, (u) -> u));
		Map<Long, UnitView> unitViews = this.units
			.byIds(users.values().stream().map(UserAccount::getUnitId).collect(Collectors.toSet()));
		return list.stream().map((r) -> {
			UserAccount u = users.get(r.getUserId());
			UnitView unit = unitViews.get(u.getUnitId());
			return new RoleRequestRow(r.getId(), u.getId(), u.getUsername(), u.getDisplayName(),
					(unit != null) ? unit.name() : "", r.getFromRole(), r.getToRole(),
					r.getKind() == RoleRequest.Kind.NEW_ACCOUNT, r.getStatus().name(), r.getRequestedBy(),
					r.getRequestedAt(), r.getDecidedBy(), r.getDecidedAt(), r.getVersion());
		}).toList();
	}

	/**
	 * The security administrator approves or rejects a role request; never one about
	 * their own account or one they asked for. An approved new administrative account is
	 * enabled.
	 */
	public void decide(Long requestId, long expectedVersion, boolean approve, CurrentUser actor) {
		RoleRequest request = this.requests.findById(requestId).orElseThrow(() -> new UserNotFoundException(requestId));
		if (request.getVersion() != expectedVersion || request.getStatus() != RoleRequest.Status.PENDING) {
			throw new ObjectOptimisticLockingFailureException(RoleRequest.class, requestId);
		}
		if (request.getUserId().equals(actor.id()) || request.getRequestedBy().equals(actor.getUsername())) {
			throw new AccountException("request", "role.request.self");
		}
		UserAccount account = load(request.getUserId());
		if (approve) {
			checkUnitFitsRole(request.getToRole(), account.getUnitId());
			account.changeRole(request.getToRole());
			if (request.getKind() == RoleRequest.Kind.NEW_ACCOUNT) {
				account.setEnabled(true);
			}
		}
		request.decide(approve, actor.getUsername(), this.clock.instant());
		this.events.publishEvent(
				new AccountChanged(approve ? "ROLE_CHANGE_APPROVED" : "ROLE_CHANGE_REJECTED", account.getUsername(),
						account.getUnitId(), (request.getFromRole() != null) ? request.getFromRole().name() : null,
						request.getToRole().name(), actor.getUsername()));
	}

	public void setEnabled(Long id, boolean enabled, Long actingUserId) {
		if (id.equals(actingUserId)) {
			throw new AccountException("enabled", enabled ? "user.enable.self" : "user.disable.self");
		}
		if (enabled && this.requests.findByUserIdAndStatus(id, RoleRequest.Status.PENDING)
			.filter((r) -> r.getKind() == RoleRequest.Kind.NEW_ACCOUNT)
			.isPresent()) {
			throw new AccountException("enabled", "user.enable.pending");
		}
		UserAccount account = load(id);
		account.setEnabled(enabled);
		this.events.publishEvent(new AccountChanged(enabled ? "ENABLED" : "DISABLED", account.getUsername(),
				account.getUnitId(), null, null, actorName(actingUserId)));
	}

	public void unlock(Long id, Long actingUserId) {
		UserAccount account = load(id);
		account.unlock();
		this.events.publishEvent(new AccountChanged("UNLOCKED", account.getUsername(), account.getUnitId(), null, null,
				actorName(actingUserId)));
	}

	public void resetPassword(Long id, String temporaryPassword) {
		resetPassword(id, temporaryPassword, null);
	}

	/**
	 * The security administrator sets a temporary password (which the policy must
	 * accept); the user chooses their own at the next login. Not for one's own account.
	 */
	public void resetPassword(Long id, String temporaryPassword, Long actingUserId) {
		if (id.equals(actingUserId)) {
			throw new AccountException("password", "user.reset.self");
		}
		UserAccount account = load(id);
		requireGoodPassword("password", account.getUsername(), temporaryPassword, id);
		remember(account);
		account.resetPassword(this.passwordEncoder.encode(temporaryPassword), this.clock.instant());
		this.events.publishEvent(new AccountChanged("PASSWORD_RESET", account.getUsername(), account.getUnitId(), null,
				null, actorName(actingUserId)));
	}

	public void changeOwnPassword(Long id, String currentPassword, String newPassword) {
		UserAccount account = load(id);
		if (!this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			throw new AccountException("currentPassword", "password.current.wrong");
		}
		if (currentPassword.equals(newPassword)) {
			throw new AccountException("newPassword", "password.new.same");
		}
		requireGoodPassword("newPassword", account.getUsername(), newPassword, id);
		remember(account);
		account.changePassword(this.passwordEncoder.encode(newPassword), this.clock.instant());
		this.events.publishEvent(new AccountChanged("PASSWORD_CHANGED", account.getUsername(), account.getUnitId(),
				null, null, account.getUsername()));
	}

	/** Keeps the password being replaced in the history. */
	private void remember(UserAccount account) {
		this.history.save(new PasswordHistoryEntry(account.getId(), account.getPasswordHash(), this.clock.instant()));
	}

	/** The login before this one, and the failed attempts since then. */
	@Transactional(readOnly = true)
	public LastLogin lastLogin(Long userId) {
		UserAccount account = load(userId);
		return new LastLogin(account.getPreviousLoginAt(), account.getPreviousLoginIp(),
				account.getFailedBeforeLastLogin());
	}

	// --- two-factor -------------------------------------------------------------------

	@Transactional(readOnly = true)
	Optional<String> totpSecret(Long userId) {
		return Optional.ofNullable(load(userId).getTotpSecret());
	}

	/**
	 * Stores a confirmed TOTP secret and replaces the recovery codes (given as hashes).
	 */
	void enrolTotp(Long userId, String secret, List<String> recoveryCodes) {
		UserAccount account = load(userId);
		account.enrolTotp(secret, this.clock.instant());
		this.recoveryCodes.deleteByUser(userId);
		recoveryCodes.forEach((code) -> this.recoveryCodes.save(new RecoveryCode(userId, sha256(code))));
		this.events.publishEvent(new AccountChanged("TOTP_ENROLLED", account.getUsername(), account.getUnitId(), null,
				null, account.getUsername()));
	}

	/** Uses up a recovery code; false if it is not one of the user's unused codes. */
	boolean useRecoveryCode(Long userId, String code) {
		String normalized = code.strip().toLowerCase(Locale.ROOT);
		boolean used = this.recoveryCodes.use(userId, sha256(normalized), this.clock.instant()) == 1;
		if (used) {
			UserAccount account = load(userId);
			this.events.publishEvent(new AccountChanged("TOTP_RECOVERY_CODE_USED", account.getUsername(),
					account.getUnitId(), null, null, account.getUsername()));
		}
		return used;
	}

	/**
	 * Takes the time step of a valid TOTP code for a login; false when a code of that
	 * step (or a later one) has already logged in: the same code twice is a replay.
	 */
	boolean takeTotpStep(Long userId, long step) {
		return this.repository.takeTotpStep(userId, step) == 1;
	}

	@Transactional(readOnly = true)
	long unusedRecoveryCodes(Long userId) {
		return this.recoveryCodes.countByUserIdAndUsedAtIsNull(userId);
	}

	/** The security administrator removes a user's authenticator (lost phone). */
	public void resetTotp(Long id, Long actingUserId) {
		if (id.equals(actingUserId)) {
			throw new AccountException("totp", "user.totp.self");
		}
		UserAccount account = load(id);
		account.resetTotp();
		this.recoveryCodes.deleteByUser(id);
		this.events.publishEvent(new AccountChanged("TOTP_RESET", account.getUsername(), account.getUnitId(), null,
				null, actorName(actingUserId)));
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Name, role and unit as the audit trail keeps them. */
	private String describe(UserAccount account) {
		String unit = this.units.find(account.getUnitId()).map(UnitView::name).orElse("?");
		return account.getDisplayName() + " / " + account.getRole() + " / " + unit;
	}

	private String actorName(Long actingUserId) {
		return (actingUserId != null)
				? this.repository.findById(actingUserId).map(UserAccount::getUsername).orElse(null) : null;
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
	void recordSuccessfulLogin(String username, String ip) {
		this.repository.findByUsername(username).ifPresent((u) -> u.recordSuccessfulLogin(this.clock.instant(), ip));
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

	private static UserRow toRow(UserAccount u, UnitView unit, Instant now, RoleRequest pending) {
		return new UserRow(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getUnitId(),
				(unit != null) ? unit.name() : "", u.isEnabled(), u.isLocked(now), u.getLockedUntil(),
				u.isMustChangePassword(), u.isDemo(), u.getVersion(), u.isTotpEnrolled(),
				(pending != null) ? pending.getToRole() : null);
	}

}
