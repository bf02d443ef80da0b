package cn.tangshan.minsheng.importing.web;

import java.io.IOException;
import java.util.Set;

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
 * An import over the servlet container's upload limit (10 MB, far above the 5 MB an
 * import takes) is refused while the request is read, before the CSRF check or any
 * controller: this filter reads it just before the security filters and sends the browser
 * to {@code GET <import>/too-large}, which answers with the usual "file too large"
 * problem list. Files up to the container's limit are checked by the import itself.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1)
class ImportUploadLimitFilter extends OncePerRequestFilter {

	static final Set<String> IMPORTS = Set.of("/allocations/import", "/reports/import");

	private final StandardServletMultipartResolver multipart = new StandardServletMultipartResolver();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !this.multipart.isMultipart(request)
				|| !IMPORTS.contains(path(request));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			// The container keeps what it read, so nothing is read twice.
			this.multipart.resolveMultipart(request);
		}
		catch (MaxUploadSizeExceededException ex) {
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader("Location", request.getContextPath() + path(request) + "/too-large");
			return;
		}
		catch (MultipartException ex) {
			// Not a size problem: the import reports the file as unreadable.
		}
		chain.doFilter(request, response);
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
