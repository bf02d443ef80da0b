package cn.tangshan.minsheng.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One user of the portal as a browser is: its own cookies (session), the real form login
 * with the CSRF token of the login page, redirects not followed (each request is measured
 * on its own; a 302 is a success), every body read to the end.
 */
final class VirtualUser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern CSRF_REVERSED = Pattern.compile("value=\"([^\"]+)\"\\s+name=\"_csrf\"");

	private final String base;

	private final HttpClient client;

	private final String name;

	VirtualUser(String base, String name, Executor executor) {
		this.base = base;
		this.name = name;
		HttpClient.Builder builder = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(new CookieManager())
			.connectTimeout(Duration.ofSeconds(10));
		if (executor != null) {
			builder.executor(executor);
		}
		this.client = builder.build();
	}

	String name() {
		return this.name;
	}

	/** A response, its time from sending to the last byte, and its body. */
	record Response(int status, long nanos, byte[] body, String location) {

		String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

		boolean ok() {
			return this.status >= 200 && this.status < 400;
		}

	}

	Response get(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	Response post(String path, List<Map.Entry<String, String>> form) throws IOException, InterruptedException {
		String body = form.stream()
			.map((e) -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private Response send(HttpRequest.Builder request) throws IOException, InterruptedException {
		request.timeout(Duration.ofSeconds(60)).header("Accept-Language", "zh-CN");
		long started = System.nanoTime();
		HttpResponse<byte[]> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		long nanos = System.nanoTime() - started;
		return new Response(response.statusCode(), nanos, response.body(),
				response.headers().firstValue("Location").orElse(null));
	}

	/**
	 * Logs in through the login form: GET /login for the session and its CSRF token, POST
	 * /login; a redirect that is not back to the login page is a success.
	 */
	void logIn(String username, String password) throws IOException, InterruptedException {
		Response page = get("/login");
		String token = csrfToken(page.text());
		if (token == null) {
			throw new IllegalStateException("No CSRF token on /login (" + page.status() + ")");
		}
		Response done = post("/login",
				List.of(Map.entry("username", username), Map.entry("password", password), Map.entry("_csrf", token)));
		if (done.status() != 302 || done.location() == null || done.location().contains("/login")) {
			throw new IllegalStateException(
					"Login of " + username + " failed: " + done.status() + " → " + done.location());
		}
	}

	/** The CSRF token of the first form of a page (Thymeleaf's hidden _csrf input). */
	static String csrfToken(String html) {
		Matcher m = CSRF.matcher(html);
		if (m.find()) {
			return m.group(1);
		}
		m = CSRF_REVERSED.matcher(html);
		return m.find() ? m.group(1) : null;
	}

	private URI uri(String path) {
		return URI.create(this.base + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
