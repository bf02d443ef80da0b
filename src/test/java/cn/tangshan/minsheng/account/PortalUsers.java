package cn.tangshan.minsheng.account;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.support.WebApplicationContextUtils;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Runs a MockMvc request as one of the stored users (demo accounts included), with the
 * same principal a real login would give.
 */
public final class PortalUsers {

	private PortalUsers() {
	}

	public static RequestPostProcessor user(String username) {
		return (request) -> {
			UserDetailsService users = WebApplicationContextUtils
				.getRequiredWebApplicationContext(request.getServletContext())
				.getBean(UserDetailsService.class);
			CurrentUser user = (CurrentUser) users.loadUserByUsername(username);
			return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()))
				.postProcessRequest(request);
		};
	}

}
