package cn.tangshan.minsheng.account.web;

import cn.tangshan.minsheng.account.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The session keeps the principal from the login; replaces it after the user changed
 * something it carries (password changed, second factor enrolled).
 */
final class Principals {

	private static final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	private Principals() {
	}

	static void replace(CurrentUser updated, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
		SecurityContextHolder.setContext(context);
		repository.saveContext(context, request, response);
	}

}
