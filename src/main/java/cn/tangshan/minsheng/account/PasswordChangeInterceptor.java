package cn.tangshan.minsheng.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A user whose password was reset by the security administrator, or is older than the
 * policy's maximum age, must choose a new one before doing anything else (after the
 * second factor, if any).
 */
@Configuration(proxyBeanMethods = false)
class PasswordChangeInterceptor implements HandlerInterceptor, WebMvcConfigurer {

	static final String CHANGE_PASSWORD_PATH = "/account/password";

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this)
			.excludePathPatterns(CHANGE_PASSWORD_PATH, "/account/totp", "/account/totp/**", "/login", "/logout",
					"/error", "/webjars/**", "/css/**", "/js/**", "/images/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user
				&& user.mustChangePassword()) {
			response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD_PATH);
			return false;
		}
		return true;
	}

}
