package cn.tangshan.minsheng.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A session keeps the user as they were at login. When an administrator disables a user
 * or moves them to another role or unit, their open sessions end at the next request, so
 * nobody keeps rights they no longer have. One primary-key lookup per request.
 */
@Configuration(proxyBeanMethods = false)
class SessionCheckInterceptor implements HandlerInterceptor, WebMvcConfigurer {

	private final UserAccountRepository accounts;

	SessionCheckInterceptor(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this)
			.excludePathPatterns("/login", "/logout", "/error", "/webjars/**", "/css/**", "/js/**", "/images/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!(authentication != null && authentication.getPrincipal() instanceof CurrentUser user)) {
			return true;
		}
		boolean valid = this.accounts.findById(user.id())
			.map((a) -> a.isEnabled() && a.getRole() == user.role() && a.getUnitId().equals(user.unitId()))
			.orElse(false);
		if (valid) {
			return true;
		}
		SecurityContextHolder.clearContext();
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		response.sendRedirect(request.getContextPath() + "/login?expired");
		return false;
	}

}
