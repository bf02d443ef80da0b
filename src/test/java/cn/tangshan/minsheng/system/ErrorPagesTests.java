package cn.tangshan.minsheng.system;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error pages as a browser gets them from the running server: in the portal's layout, in
 * Chinese, never with a stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ErrorPagesTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	void forbiddenNotFoundAndBadRequestPagesAreFriendly() throws Exception {
		logIn("lunan", "Demo#2024");
		HttpResponse<String> forbidden = get("/admin/users");
		assertThat(forbidden.statusCode()).isEqualTo(403);
		assertThat(forbidden.body()).contains("没有访问权限", "民生工程调度平台", "路南区填报员").doesNotContain("Exception", "at cn.");

		HttpResponse<String> notFound = get("/projects/987654");
		assertThat(notFound.statusCode()).isEqualTo(404);
		assertThat(notFound.body()).contains("页面不存在").doesNotContain("Exception");

		HttpResponse<String> badRequest = get("/projects/abc");
		assertThat(badRequest.statusCode()).isEqualTo(400);
		assertThat(badRequest.body()).contains("请求有误").doesNotContain("NumberFormatException", "Exception");
	}

	@Test
	void staticAssetsComeFromWebJarsOnThisServer() throws Exception {
		assertThat(get("/webjars/bootstrap/dist/css/bootstrap.min.css").statusCode()).isEqualTo(200);
		assertThat(get("/webjars/htmx.org/dist/htmx.min.js").statusCode()).isEqualTo(200);
		assertThat(get("/webjars/chart.js/dist/chart.umd.js").statusCode()).isEqualTo(200);
		assertThat(get("/actuator/health", "application/json").body()).contains("UP");
		assertThat(get("/actuator/env", "application/json").statusCode()).isNotEqualTo(200);
	}

	private void logIn(String username, String password) throws IOException, InterruptedException {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get("/login").body());
		assertThat(token.find()).isTrue();
		String form = "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
				+ "&_csrf=" + token.group(1);
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/"));
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return get(path, "text/html");
	}

	private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
