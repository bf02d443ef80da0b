package cn.tangshan.minsheng.system.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tomcat listens before the start-up work (schema, plan, accounts, demo data) is done; a
 * user who logged in then was refused. Until Spring Boot declares the portal ready
 * ({@link ReadinessState#ACCEPTING_TRAFFIC}, after every ApplicationRunner) and again
 * while it shuts down, every request but the health probes gets 503 with a short plain
 * page and {@code Retry-After}. Runs first, before sessions and security.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReadinessFilter extends OncePerRequestFilter {

	static final String PAGE = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
			+ "<meta http-equiv=\"refresh\" content=\"5\"><title>系统正在启动 · Starting</title></head><body>"
			+ "<h1>系统正在启动，请稍候片刻后刷新。</h1><p>The portal is starting; please try again in a few seconds.</p>"
			+ "</body></html>";

	private final ApplicationAvailability availability;

	ReadinessFilter(ApplicationAvailability availability) {
		this.availability = availability;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/actuator/health");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader("Retry-After", "5");
		response.setHeader("Cache-Control", "no-store");
		response.setContentType("text/html;charset=UTF-8");
		response.getOutputStream().write(PAGE.getBytes(StandardCharsets.UTF_8));
	}

}
