package cn.tangshan.minsheng.plan;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives each request its own memo of the plan years ({@link PlanCatalog#plans()}): a page
 * asks for the year in force, the year shown, the year before and the year switch, and
 * the years are read once.
 */
@Component
class PlanYearsPerRequest extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		request.setAttribute(PlanCatalog.YEARS_OF_REQUEST, new PlanCatalog.YearsOfRequest());
		try {
			chain.doFilter(request, response);
		}
		finally {
			request.removeAttribute(PlanCatalog.YEARS_OF_REQUEST);
		}
	}

}
