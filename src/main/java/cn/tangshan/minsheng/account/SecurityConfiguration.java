package cn.tangshan.minsheng.account;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.MissingCsrfTokenException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Form login with CSRF protection, a strict Content-Security-Policy (no inline scripts)
 * and role checks for the administrator's pages. Finer checks (which unit may see what)
 * are made by each module's services against {@link CurrentUser#unitId()}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccountProperties.class)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
			+ "object-src 'none'; frame-ancestors 'self'; form-action 'self'; base-uri 'self'";

	/** The roles that work with reported data; the three administrators never do. */
	static final String[] BUSINESS_ROLES = { Role.COORDINATOR.name(), Role.DEPARTMENT.name(), Role.COUNTY.name(),
			Role.LEADER.name() };

	/**
	 * 政务公开 (issue #15): the public pages, their photos and style sheet and
	 * {@code /robots.txt} for anyone, in a chain of their own that comes first and keeps
	 * no state: no session (nor a saved request, nor a security context stored in one),
	 * no CSRF token, no cache-control header of its own (the pages say how long they
	 * keep); the same Content-Security-Policy and other headers as every page.
	 */
	@Bean
	@org.springframework.core.annotation.Order(0)
	SecurityFilterChain publicFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/public", "/public/**", "/robots.txt")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.securityContext((context) -> context.securityContextRepository(
					new org.springframework.security.web.context.RequestAttributeSecurityContextRepository()))
			.sessionManagement((sessions) -> sessions
				.sessionCreationPolicy(org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
				.cacheControl((cache) -> cache.disable()));
		return http.build();
	}

	/**
	 * 三员分立: each administrator reaches only their own pages (and the home page and their
	 * own password and second factor); every other page, including any added later, is
	 * for the business roles only.
	 */
	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry,
			SecurityPolicies policies, AccountProperties properties, ApplicationEventPublisher events)
			throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/error",
					"/actuator/health", "/actuator/health/**", "/actuator/info")
			.permitAll()
			.requestMatchers("/admin/plans", "/admin/plans/**")
			.hasAnyRole(Role.COORDINATOR.name(), Role.ADMIN.name())
			.requestMatchers("/admin/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/security/**")
			.hasRole(Role.SECURITY.name())
			.requestMatchers("/audit/**")
			.hasRole(Role.AUDITOR.name())
			.requestMatchers("/", "/account/**")
			.authenticated()
			.anyRequest()
			.hasAnyRole(BUSINESS_ROLES))
			.formLogin((form) -> form.loginPage("/login")
				.successHandler(TwoFactorFilter.successHandler())
				.failureHandler(loginFailureHandler())
				.permitAll())
			.sessionManagement((sessions) -> sessions.sessionConcurrency(
					(concurrency) -> concurrency.maximumSessions((authentication) -> policies.current().maxSessions())
						.sessionRegistry(sessionRegistry)
						.expiredUrl("/login?concurrent")))
			.addFilterAfter(new TwoFactorFilter(properties.security().admin2fa()), AnonymousAuthenticationFilter.class)
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(sessionExpiredHandler(events)))
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/**
	 * Sends the login page the reason a login failed, so it can say so in words: a locked
	 * account is told for how long.
	 */
	private ExceptionMappingAuthenticationFailureHandler loginFailureHandler() {
		ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
		handler.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked",
				DisabledException.class.getName(), "/login?disabled"));
		handler.setDefaultFailureUrl("/login?error");
		return handler;
	}

	/**
	 * A form sent after the session ran out (timed out or logged out elsewhere) carries a
	 * CSRF token the server no longer has. Instead of the 403 page, the browser goes back
	 * to the page the form was on: a GET, which leads through the login and back there.
	 * Everything else that is denied gets the 403 page as before, and is published as
	 * {@link AccessDenied} for the security audit trail: this handler is the one place
	 * where URL rules, CSRF failures and every module's service-level
	 * {@code AccessDeniedException} end.
	 */
	private static AccessDeniedHandler sessionExpiredHandler(ApplicationEventPublisher events) {
		AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();
		return (request, response, denied) -> {
			String page = (denied instanceof MissingCsrfTokenException)
					? localPage(request.getHeader(HttpHeaders.REFERER)) : null;
			if (page != null) {
				response.sendRedirect(page);
			}
			else {
				events.publishEvent(new AccessDenied(request.getMethod(), request.getRequestURI(),
						((denied instanceof CsrfException) ? "CSRF: " : "") + denied.getMessage()));
				forbidden.handle(request, response, denied);
			}
		};
	}

	/**
	 * Path and query of the referring page, never another host; null if there is none.
	 */
	private static String localPage(String referer) {
		try {
			URI uri = (referer != null) ? new URI(referer) : null;
			String path = (uri != null) ? uri.getRawPath() : null;
			if (path == null || !path.startsWith("/") || path.startsWith("//")) {
				return null;
			}
			return (uri.getRawQuery() != null) ? path + "?" + uri.getRawQuery() : path;
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	/**
	 * Whether an account is locked or disabled is told only to someone who typed its
	 * password right: a wrong password gets the same answer for an unknown user, a locked
	 * one and a disabled one, so the login page cannot be used to find out which accounts
	 * exist.
	 */
	@Bean
	DaoAuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(passwordEncoder);
		provider.setPreAuthenticationChecks((user) -> {
		});
		provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
		return provider;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		return new DefaultAuthenticationEventPublisher(publisher);
	}

}
