package cn.tangshan.minsheng.disclosure.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.tangshan.minsheng.disclosure.PublicPages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The public pages without a session and from memory. Inside the security filters (so
 * their headers stay), for {@code /public/**} and {@code /robots.txt}:
 * <ul>
 * <li>the request has no session, whatever cookie came with it, and asking for a new one
 * fails: nothing on these pages can create one, so no {@code Set-Cookie} is ever
 * sent;</li>
 * <li>a page is rendered once per {@link PublicPages#revision()} and then served as the
 * stored bytes, with a strong {@code ETag} made of that revision and the path,
 * {@code Cache-Control: public, max-age=60}, and {@code 304 Not Modified} for an
 * {@code If-None-Match} that names it.</li>
 * </ul>
 * Photos and style sheets pass through (they have their own caching).
 */
@Component
class PublicPageFilter extends OncePerRequestFilter {

	static final String CACHE_CONTROL = "public, max-age=60";

	/** More distinct pages than this and the store starts again (it holds only 200s). */
	static final int MAX_ENTRIES = 2000;

	private final PublicPages pages;

	private final Map<String, Entry> store = new ConcurrentHashMap<>();

	private final Map<String, Object> locks = new ConcurrentHashMap<>();

	PublicPageFilter(PublicPages pages) {
		this.pages = pages;
	}

	private record Entry(String revision, String etag, String contentType, byte[] body) {
	}

	static boolean isPublic(String path) {
		return path.equals("/public") || path.startsWith("/public/") || path.equals("/robots.txt");
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !isPublic(path(request));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpServletRequest stateless = new Stateless(request);
		String path = path(request);
		boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
		if (!read || path.startsWith("/public/photos/") || path.startsWith("/public/assets/")) {
			chain.doFilter(stateless, response);
			return;
		}
		String revision = this.pages.revision();
		Entry entry = this.store.get(path);
		if (entry == null || !entry.revision().equals(revision)) {
			synchronized (this.locks.computeIfAbsent(path, (p) -> new Object())) {
				entry = this.store.get(path);
				if (entry == null || !entry.revision().equals(revision)) {
					ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
					chain.doFilter(stateless, rendered);
					if (rendered.getStatus() != HttpServletResponse.SC_OK) {
						// Not found, or an error: sent as it is, never stored.
						response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
						rendered.copyBodyToResponse();
						return;
					}
					entry = new Entry(revision, etag(revision, path), rendered.getContentType(),
							rendered.getContentAsByteArray());
					if (this.store.size() >= MAX_ENTRIES) {
						this.store.clear();
					}
					this.store.put(path, entry);
				}
			}
		}
		response.setHeader(HttpHeaders.ETAG, entry.etag());
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), entry.etag())) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(entry.contentType());
		response.setContentLength(entry.body().length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(entry.body());
		}
	}

	private static boolean matches(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.strip();
			if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
				return true;
			}
		}
		return false;
	}

	/** Strong: the same bytes for the same revision and path. */
	static String etag(String revision, String path) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest((revision + "|" + path).getBytes(StandardCharsets.UTF_8));
			return "\"pub-" + HexFormat.of().formatHex(hash, 0, 12) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The path inside the application, without path parameters ({@code ;jsessionid}). */
	private static String path(HttpServletRequest request) {
		String path = request.getServletPath() + ((request.getPathInfo() != null) ? request.getPathInfo() : "");
		return path.isEmpty() ? request.getRequestURI().substring(request.getContextPath().length()) : path;
	}

	/** A request without a session: an existing one is not seen, a new one refused. */
	static final class Stateless extends HttpServletRequestWrapper {

		Stateless(HttpServletRequest request) {
			super(request);
		}

		@Override
		public HttpSession getSession(boolean create) {
			if (create) {
				throw new IllegalStateException("The public pages never create a session");
			}
			return null;
		}

		@Override
		public HttpSession getSession() {
			return getSession(true);
		}

		@Override
		public String getRequestedSessionId() {
			return null;
		}

		@Override
		public boolean isRequestedSessionIdValid() {
			return false;
		}

	}

}
