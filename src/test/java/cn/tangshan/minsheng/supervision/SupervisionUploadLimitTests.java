package cn.tangshan.minsheng.supervision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An answer's evidence through the real server, where the container enforces the size
 * limit (MockMvc does not): a file over it leads back to the order with a message, never
 * to an error page. Same configuration as {@code ErrorPagesTests} and
 * {@code EvidenceUploadLimitTests}, so they share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SupervisionUploadLimitTests {

	private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private Long orderId;

	@BeforeEach
	void orderToLuannan() {
		Long indicator = this.jdbc.queryForObject("select min(id) from indicator", Long.class);
		this.orderId = this.jdbc.queryForObject("""
				insert into supervision_order (plan_year, number, unit_id, project_id, indicator_id, problem,
					requirement, deadline, status, created_at, updated_at)
				values (2099, 1, (select id from unit where code = 'luannan'),
					(select project_id from indicator where id = ?), ?, '滞后', '整改', ?, 'OPEN', now(), now())
				returning id""", Long.class, indicator, indicator, LocalDate.of(2099, 1, 1));
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from audit_entry where action like 'SUPERVISION%' and new_value = 'a.pdf'");
		this.jdbc.update("delete from supervision_order where id = ?", this.orderId);
	}

	@Test
	void fileOverTheLimitLeadsBackToTheOrderWithAMessage() throws Exception {
		String token = logIn("luannan", "Demo#2024");
		for (int size : new int[] { 10 * 1024 * 1024 + 1, 12 * 1024 * 1024 }) {
			HttpResponse<String> response = upload(token, "big.pdf", Arrays.copyOf(PDF, size));
			assertThat(response.statusCode()).isEqualTo(303);
			assertThat(response.headers().firstValue("Location"))
				.hasValue("/supervision/" + this.orderId + "/evidence/too-large");
			HttpResponse<String> back = get("/supervision/" + this.orderId + "/evidence/too-large");
			assertThat(back.statusCode()).isEqualTo(302);
			assertThat(back.headers().firstValue("Location"))
				.hasValueSatisfying((l) -> assertThat(l).endsWith("/supervision/" + this.orderId + "#evidence"));
		}
		HttpResponse<String> small = upload(token, "a.pdf", PDF);
		assertThat(small.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForList("select file_name from supervision_evidence where order_id = ?", String.class,
				this.orderId))
			.containsExactly("a.pdf");
	}

	private HttpResponse<String> upload(String token, String fileName, byte[] content)
			throws IOException, InterruptedException {
		String boundary = "----evidence" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return this.http.send(HttpRequest.newBuilder(uri("/supervision/" + this.orderId + "/evidence"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Logs in and returns the CSRF token of the signed-in session.
	 */
	private String logIn(String username, String password) throws IOException, InterruptedException {
		String form = "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
				+ "&_csrf=" + token(get("/login").body());
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
		return token(get("/").body());
	}

	private static String token(String html) {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
