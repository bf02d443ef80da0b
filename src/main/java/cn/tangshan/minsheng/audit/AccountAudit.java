package cn.tangshan.minsheng.audit;

import cn.tangshan.minsheng.account.AccountChanged;
import cn.tangshan.minsheng.account.TotpRefused;
import cn.tangshan.minsheng.audit.SecurityAudit.Actor;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records account changes in the audit trail and in the security audit trail, in the
 * transaction that made them.
 */
@Component
class AccountAudit {

	private final AuditLog log;

	private final SecurityAudit security;

	AccountAudit(AuditLog log, SecurityAudit security) {
		this.log = log;
		this.security = security;
	}

	@EventListener
	void on(AccountChanged change) {
		this.log.record(new AuditRecord("ACCOUNT_" + change.action(), null, null, change.unitId(), change.username(),
				change.oldValue(), change.newValue(), null));
		SecurityEvent event = SecurityEvent.success(SecurityEventTypes.ACCOUNT + change.action(), "USER",
				change.username());
		String reason = (change.oldValue() != null || change.newValue() != null)
				? ((change.oldValue() != null) ? change.oldValue() : "") + " → "
						+ ((change.newValue() != null) ? change.newValue() : "")
				: null;
		Actor actor = Actor.current();
		if (actor.username() == null) {
			// A lock after failed logins: nobody is signed in, the account is the actor.
			actor = new Actor(change.username(), change.unitId(), null, actor.clientIp());
		}
		this.security.record(event.withReason(reason), actor);
	}

	/**
	 * A refused second login step: a replayed code as its own event type, a wrong code
	 * and the end of the login after too many as failed logins (reason {@code TOTP_…}),
	 * beside the password's {@code BAD_CREDENTIALS}.
	 */
	@EventListener
	void on(TotpRefused refused) {
		SecurityEvent event = (refused.reason() == TotpRefused.Reason.REPLAYED)
				? SecurityEvent.failure(SecurityEventTypes.TOTP_REPLAY_REFUSED, "USER", refused.username(), null)
				: SecurityEvent.failure(SecurityEventTypes.LOGIN, null, null, "TOTP_" + refused.reason().name());
		Actor actor = Actor.current();
		if (actor.username() == null) {
			actor = new Actor(refused.username(), refused.unitId(), null, actor.clientIp());
		}
		this.security.record(event, actor);
	}

}
