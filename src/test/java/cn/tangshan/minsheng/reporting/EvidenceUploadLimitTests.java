package cn.tangshan.minsheng.reporting;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

import cn.tangshan.minsheng.PortalHttp;
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

	private PortalHttp http;

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
		return http().upload("/reports/" + this.reportId + "/evidence", token, fileName, "application/pdf", content);
	}

	private String logIn(String username, String password) throws IOException, InterruptedException {
		return http().logIn(username, password);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http().get(path);
	}

	private PortalHttp http() {
		if (this.http == null) {
			this.http = new PortalHttp(this.port);
		}
		return this.http;
	}

}
