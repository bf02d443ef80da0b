package cn.tangshan.minsheng.audit;

import java.util.List;

import cn.tangshan.minsheng.audit.SecurityAudit.Actor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Records every file the portal hands out (ledger .xlsx/.csv, bulletin .docx/.pdf, print
 * PDFs, import templates, audit exports): any successful GET of a path ending in one of
 * the document extensions, so a new download is recorded without touching this class.
 */
class DownloadAudit implements HandlerInterceptor {

	private static final Logger logger = LoggerFactory.getLogger(DownloadAudit.class);

	static final List<String> EXTENSIONS = List.of(".xlsx", ".csv", ".docx", ".pdf");

	private final SecurityAudit audit;

	DownloadAudit(SecurityAudit audit) {
		this.audit = audit;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		String path = request.getRequestURI();
		if (!"GET".equals(request.getMethod()) || response.getStatus() != 200 || ex != null
				|| EXTENSIONS.stream().noneMatch(path::endsWith)) {
			return;
		}
		Actor actor = Actor.current();
		if (actor.username() == null) {
			return;
		}
		String object = (request.getQueryString() != null) ? path + "?" + request.getQueryString() : path;
		try {
			this.audit.record(SecurityEvent.success(SecurityEventTypes.EXPORT, "FILE", object), actor);
		}
		catch (RuntimeException failure) {
			// The file is already sent; a failed entry must be visible in the log at
			// least.
			logger.error("Security audit entry for download {} failed", object, failure);
		}
	}

}
