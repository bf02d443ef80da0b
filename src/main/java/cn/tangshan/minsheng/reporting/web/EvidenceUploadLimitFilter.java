package cn.tangshan.minsheng.reporting.web;

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
 * Turns an evidence upload over the size limit into the report form's usual message. The
 * servlet container refuses such a request while reading it, and the CSRF check reads it
 * first, before any controller or controller advice could step in: so this filter reads
 * it just before the security filters do and, if it is too large, sends the browser to
 * {@code GET /reports/{id}/evidence/too-large}, which says so on the form.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1)
class EvidenceUploadLimitFilter extends OncePerRequestFilter {

	private static final Pattern EVIDENCE_UPLOAD = Pattern.compile("/reports/(\\d{1,18})/evidence");

	private final StandardServletMultipartResolver multipart = new StandardServletMultipartResolver();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !this.multipart.isMultipart(request)
				|| !EVIDENCE_UPLOAD.matcher(path(request)).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			// The container keeps what it read, so nothing is read twice.
			this.multipart.resolveMultipart(request);
		}
		catch (MaxUploadSizeExceededException ex) {
			Matcher upload = EVIDENCE_UPLOAD.matcher(path(request));
			upload.matches();
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader("Location",
					request.getContextPath() + "/reports/" + upload.group(1) + "/evidence/too-large");
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
