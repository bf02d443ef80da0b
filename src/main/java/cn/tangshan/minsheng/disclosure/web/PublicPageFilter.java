package cn.tangshan.minsheng.disclosure.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

import cn.tangshan.minsheng.disclosure.PublicPages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The public pages without a session and from memory, for {@code /public/**} and
 * {@code /robots.txt}. It runs after the session repository's filter and before the
 * security filters:
 * <ul>
 * <li>the request has no session, whatever cookie came with it, and asking for a new one
 * fails: nothing on these pages can create one, so no {@code Set-Cookie} is ever
 * sent;</li>
 * <li>a page is rendered once per {@link PublicPages#revision()} and then served as the
 * stored bytes, with a strong {@code ETag} made of that revision and the path,
 * {@code Cache-Control: public, max-age=60}, and {@code 304 Not Modified} for an
 * {@code If-None-Match} that names it; gzipped for a client that accepts it;</li>
 * <li>a stored page is sent with the headers its first rendering got from the security
 * filters (Content-Security-Policy and the others), without running them again.</li>
 * </ul>
 * Photos and style sheets pass through (they have their own caching).
 */
@Component
@Order(PublicPageFilter.ORDER)
class PublicPageFilter extends OncePerRequestFilter {

	/**
	 * After Spring Session's filter ({@code Integer.MIN_VALUE + 50}, which would
	 * otherwise wrap the session-less request again), before the security filters (-100).
	 */
	static final int ORDER = -110;

	/** Headers never replayed from the first rendering. */
	private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "content-length", "date", "transfer-encoding",
			"etag", "cache-control", "content-encoding", "vary", "content-type", "content-language");

	static final String CACHE_CONTROL = "public, max-age=60";

	/** More distinct pages than this and the store starts again (it holds only 200s). */
	static final int MAX_ENTRIES = 2000;

	private final PublicPages pages;

	private final Map<String, Entry> store = new ConcurrentHashMap<>();

	private final Map<String, Object> locks = new ConcurrentHashMap<>();

	PublicPageFilter(PublicPages pages) {
		this.pages = pages;
	}

	private record Entry(String revision, String etag, String contentType, byte[] body, byte[] gzip,
			Map<String, List<String>> headers) {
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
					byte[] body = rendered.getContentAsByteArray();
					Map<String, List<String>> headers = new LinkedHashMap<>();
					for (String name : response.getHeaderNames()) {
						if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
							headers.put(name, new ArrayList<>(response.getHeaders(name)));
						}
					}
					entry = new Entry(revision, etag(revision, path), rendered.getContentType(), body, gzip(body),
							headers);
					if (this.store.size() >= MAX_ENTRIES) {
						this.store.clear();
					}
					this.store.put(path, entry);
				}
			}
		}
		boolean gzip = acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
		// A different encoding is a different representation: its own strong tag.
		String etag = gzip ? entry.etag().replaceFirst("\"$", "-gz\"") : entry.etag();
		entry.headers().forEach((name, values) -> {
			for (int i = 0; i < values.size(); i++) {
				if (i == 0) {
					response.setHeader(name, values.get(i));
				}
				else {
					response.addHeader(name, values.get(i));
				}
			}
		});
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		byte[] body = gzip ? entry.gzip() : entry.body();
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(entry.contentType());
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(body.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(body);
		}
	}

	private static boolean acceptsGzip(String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		for (String part : acceptEncoding.split(",")) {
			String[] coding = part.strip().split(";");
			if (coding[0].strip().equalsIgnoreCase("gzip")
					&& !(coding.length > 1 && coding[1].replace(" ", "").equals("q=0"))) {
				return true;
			}
		}
		return false;
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
		try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
			zip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
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
