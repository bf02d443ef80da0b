package cn.tangshan.minsheng.account;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The second step of a login: a user who must give a TOTP code (one who enrolled, and in
 * installations with {@code portal.security.admin-2fa} every administrator) reaches
 * nothing but the code page, the enrolment page, logout and static files until the code
 * was given in this session. Not a bean: it runs only inside the security filter chain.
 */
class TwoFactorFilter extends OncePerRequestFilter {

	static final String VERIFIED = TwoFactorFilter.class.getName() + ".verified";

	static final String CODE_PATH = "/account/totp";

	static final String SETUP_PATH = "/account/totp/setup";

	private static final List<String> OPEN = List.of("/logout", "/login", "/error", "/favicon.ico");

	private static final List<String> OPEN_PREFIXES = List.of(CODE_PATH + "/", "/webjars/", "/css/", "/js/",
			"/images/");

	private final boolean administratorsMustEnrol;

	TwoFactorFilter(boolean administratorsMustEnrol) {
		this.administratorsMustEnrol = administratorsMustEnrol;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user && required(user)
				&& !isVerified(request.getSession(false), user) && !open(pathOf(request))) {
			response.sendRedirect(request.getContextPath() + (user.totpEnrolled() ? CODE_PATH : SETUP_PATH));
			return;
		}
		chain.doFilter(request, response);
	}

	boolean required(CurrentUser user) {
		return user.totpEnrolled() || (this.administratorsMustEnrol && user.role().isAdministrative());
	}

	private static String pathOf(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	private static boolean open(String path) {
		return path.equals(CODE_PATH) || OPEN.contains(path) || OPEN_PREFIXES.stream().anyMatch(path::startsWith);
	}

	static boolean isVerified(HttpSession session, CurrentUser user) {
		return session != null && user.getUsername().equals(session.getAttribute(VERIFIED));
	}

	static void markVerified(HttpSession session, CurrentUser user) {
		session.setAttribute(VERIFIED, user.getUsername());
	}

	/**
	 * A new password login always starts unverified, even in a session that was verified
	 * before (the session id changes, its attributes stay).
	 */
	static AuthenticationSuccessHandler successHandler() {
		SavedRequestAwareAuthenticationSuccessHandler delegate = new SavedRequestAwareAuthenticationSuccessHandler();
		HttpSessionRequestCache requests = new HttpSessionRequestCache();
		return (request, response, authentication) -> {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.removeAttribute(VERIFIED);
			}
			if (authentication.getPrincipal() instanceof CurrentUser user && landsOnCockpit(user)
					&& isHome(request, requests.getRequest(request, response))) {
				// Leaders and the coordinator land on the cockpit (驾驶舱) unless they were
				// on their way to another page; the second factor, if any, still comes
				// first.
				requests.removeRequest(request, response);
				response.sendRedirect(request.getContextPath() + COCKPIT_PATH);
				return;
			}
			delegate.onAuthenticationSuccess(request, response, authentication);
		};
	}

	/** The landing page of leaders and the coordinator (module {@code cockpit}). */
	static final String COCKPIT_PATH = "/cockpit";

	static boolean landsOnCockpit(CurrentUser user) {
		return user.is(Role.LEADER) || user.is(Role.COORDINATOR);
	}

	/** No page asked for before the login, or only the home page. */
	private static boolean isHome(HttpServletRequest request, SavedRequest saved) {
		if (saved == null) {
			return true;
		}
		String path = URI.create(saved.getRedirectUrl()).getRawPath();
		return path == null || path.isEmpty() || path.equals(request.getContextPath() + "/");
	}

}
