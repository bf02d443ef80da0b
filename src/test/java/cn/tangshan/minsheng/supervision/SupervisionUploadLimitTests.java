package cn.tangshan.minsheng.supervision;

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

	private PortalHttp http;

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
		return http().upload("/supervision/" + this.orderId + "/evidence", token, fileName, "application/pdf", content);
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
