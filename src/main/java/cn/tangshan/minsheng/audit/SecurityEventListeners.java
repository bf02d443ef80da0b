package cn.tangshan.minsheng.audit;

import cn.tangshan.minsheng.account.AccessDenied;
import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.audit.SecurityAudit.Actor;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.session.SessionDestroyedEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Records Spring Security's events (login success and failure, logout, a session that
 * timed out) and the portal's refused requests in the security audit trail.
 */
@Component
class SecurityEventListeners {

	private final SecurityAudit audit;

	SecurityEventListeners(SecurityAudit audit) {
		this.audit = audit;
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		this.audit.record(SecurityEvent.success(SecurityEventTypes.LOGIN, null, null),
				actor(event.getAuthentication()));
	}

	/** A failed login, with the name that was tried (known or not) and why. */
	@EventListener
	void on(AbstractAuthenticationFailureEvent event) {
		String reason = reason(event.getException());
		this.audit.record(SecurityEvent.failure(SecurityEventTypes.LOGIN, null, null, reason),
				actor(event.getAuthentication()));
	}

	@EventListener
	void on(LogoutSuccessEvent event) {
		this.audit.record(SecurityEvent.success(SecurityEventTypes.LOGOUT, null, null),
				actor(event.getAuthentication()));
	}

	/**
	 * A session ended. Ended during a request it was a logout (recorded above) or a new
	 * login replacing it; ended outside any request, the container timed it out.
	 */
	@EventListener
	void on(SessionDestroyedEvent event) {
		if (RequestContextHolder.getRequestAttributes() != null) {
			return;
		}
		for (SecurityContext context : event.getSecurityContexts()) {
			Authentication authentication = context.getAuthentication();
			if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
				this.audit.record(SecurityEvent.success(SecurityEventTypes.SESSION_EXPIRED, "SESSION", null),
						Actor.of(user, address(authentication)));
			}
		}
	}

	@EventListener
	void on(AccessDenied denied) {
		this.audit.record(SecurityEvent.failure(SecurityEventTypes.ACCESS_DENIED, "URL",
				denied.method() + " " + denied.path(), denied.reason()));
	}

	/**
	 * Why a login failed, as a code the auditor reads (no exception names on pages). An
	 * unknown user and a wrong password are both {@code BAD_CREDENTIALS}.
	 */
	static String reason(AuthenticationException failure) {
		if (failure instanceof BadCredentialsException) {
			return "BAD_CREDENTIALS";
		}
		if (failure instanceof LockedException) {
			return "LOCKED";
		}
		if (failure instanceof DisabledException) {
			return "DISABLED";
		}
		if (failure instanceof CredentialsExpiredException) {
			return "CREDENTIALS_EXPIRED";
		}
		String name = failure.getClass().getSimpleName().replace("Exception", "");
		return name.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
	}

	private static Actor actor(Authentication authentication) {
		String ip = address(authentication);
		if (authentication.getPrincipal() instanceof CurrentUser user) {
			return Actor.of(user, ip);
		}
		return new Actor(authentication.getName(), null, null, ip);
	}

	private static String address(Authentication authentication) {
		if (authentication != null && authentication.getDetails() instanceof WebAuthenticationDetails details) {
			return details.getRemoteAddress();
		}
		return SecurityAudit.clientAddress();
	}

}
