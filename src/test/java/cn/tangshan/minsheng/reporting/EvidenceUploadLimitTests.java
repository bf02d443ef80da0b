package cn.tangshan.minsheng.reporting;

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
 * Uploads through the real server, where the servlet container parses the multipart
 * request and enforces the size limit (MockMvc does neither): a Chinese file name arrives
 * intact, and a file over the limit leads back to the form with a message instead of the
 * container's error page. Same configuration as {@code ErrorPagesTests}, so the two share
 * one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EvidenceUploadLimitTests {

	private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private Long reportId;

	private Long projectId;

	@BeforeEach
	void returnedReportOfLuannan() {
		// This context runs on the real clock, past the 2024 deadlines: only a returned
		// report still takes files.
		this.projectId = this.jdbc.queryForObject("select min(id) from project", Long.class);
		this.reportId = this.jdbc.queryForObject("""
				insert into report (unit_id, project_id, period, status, return_reason, updated_at)
				values ((select id from unit where code = 'luannan'), ?, ?, 'RETURNED', '补充照片', now())
				returning id""", Long.class, this.projectId, LocalDate.of(2024, 6, 1));
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from audit_entry where report_id = ?", this.reportId);
		this.jdbc.update("delete from report where id = ?", this.reportId);
	}

	@Test
	void chineseFileNameArrivesIntact() throws Exception {
		String token = logIn("luannan", "Demo#2024");
		HttpResponse<String> response = upload(token, "验收报告（第一批）.pdf", PDF);
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/reports?month=2024-06#project-" + this.projectId));
		assertThat(this.jdbc.queryForList("select file_name from evidence where report_id = ?", String.class,
				this.reportId))
			.containsExactly("验收报告（第一批）.pdf");
	}

	@Test
	void fileOverTheLimitLeadsBackToTheFormWithAMessage() throws Exception {
		String token = logIn("luannan", "Demo#2024");
		// Over the file limit, then over the request limit too.
		for (int size : new int[] { 10 * 1024 * 1024 + 1, 12 * 1024 * 1024 }) {
			HttpResponse<String> response = upload(token, "big.pdf", Arrays.copyOf(PDF, size));
			assertThat(response.statusCode()).isEqualTo(303);
			assertThat(response.headers().firstValue("Location"))
				.hasValue("/reports/" + this.reportId + "/evidence/too-large");
			HttpResponse<String> back = get("/reports/" + this.reportId + "/evidence/too-large");
			assertThat(back.statusCode()).isEqualTo(302);
			assertThat(back.headers().firstValue("Location"))
				.hasValueSatisfying((l) -> assertThat(l).endsWith("/reports?month=2024-06#project-" + this.projectId));
		}
		assertThat(this.jdbc.queryForObject("select count(*) from evidence where report_id = ?", Integer.class,
				this.reportId))
			.isZero();
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
		return this.http.send(HttpRequest.newBuilder(uri("/reports/" + this.reportId + "/evidence"))
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
