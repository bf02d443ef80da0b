package cn.tangshan.minsheng.supervision.web;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * An answer's evidence over the size limit leads back to the order with a message, as a
 * report's does (see reporting's {@code EvidenceUploadLimitFilter}): the container
 * refuses such a request while the CSRF check reads it, before any controller could step
 * in, so this filter reads it first and sends the browser to {@code GET
 * /supervision/{id}/evidence/too-large}.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1)
class SupervisionUploadLimitFilter extends OncePerRequestFilter {

	private static final Pattern UPLOAD = Pattern.compile("/supervision/(\\d{1,18})/evidence");

	private final StandardServletMultipartResolver multipart = new StandardServletMultipartResolver();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !this.multipart.isMultipart(request)
				|| !UPLOAD.matcher(path(request)).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			this.multipart.resolveMultipart(request);
		}
		catch (MaxUploadSizeExceededException ex) {
			Matcher upload = UPLOAD.matcher(path(request));
			upload.matches();
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader("Location",
					request.getContextPath() + "/supervision/" + upload.group(1) + "/evidence/too-large");
			return;
		}
		catch (MultipartException ex) {
			// Not a size problem: the usual handling further on reports it.
		}
		chain.doFilter(request, response);
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
