package cn.tangshan.minsheng.system.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/**
 * Turns an upload over the servlet container's size limit into the form's own message.
 * The container refuses such a request while reading it, and the CSRF check reads it
 * first, before any controller or controller advice could step in: so this filter reads
 * every multipart POST just before the security filters do and, when it is too large,
 * sends the browser to {@code GET <the upload's path>/too-large}. Every upload in the
 * portal answers there with its form and the usual "file too large" message (report
 * evidence, supervision evidence, the Excel imports).
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1)
class UploadLimitFilter extends OncePerRequestFilter {

	private final StandardServletMultipartResolver multipart = new StandardServletMultipartResolver();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !this.multipart.isMultipart(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			// The container keeps what it read, so nothing is read twice.
			this.multipart.resolveMultipart(request);
		}
		catch (MaxUploadSizeExceededException ex) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader("Location", request.getContextPath() + path + "/too-large");
			return;
		}
		catch (MultipartException ex) {
			// Not a size problem: the upload's own handling reports it.
		}
		chain.doFilter(request, response);
	}

}
