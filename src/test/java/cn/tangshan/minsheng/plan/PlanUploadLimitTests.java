package cn.tangshan.minsheng.plan;

import java.net.http.HttpResponse;

import cn.tangshan.minsheng.PortalHttp;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 50 MB notice over real HTTP: the container refuses it while reading, and the
 * coordinator is led back to the import form with the message next to the file field;
 * nothing is stored. Same configuration as {@code EvidenceUploadLimitTests}, so the two
 * share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PlanUploadLimitTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aFiftyMegabyteNoticeLeadsBackToTheImportFormWithAMessage() throws Exception {
		PortalHttp http = new PortalHttp(this.port);
		String token = http.logIn("fgw", "Demo#2024");
		long plans = this.jdbc.queryForObject("select count(*) from plan", Long.class);
		HttpResponse<String> response = http.upload("/admin/plans/import", token, "方案.txt", "text/plain",
				new byte[50 * 1024 * 1024]);
		assertThat(response.statusCode()).isEqualTo(303);
		assertThat(response.headers().firstValue("Location")).hasValue("/admin/plans/import/too-large");
		HttpResponse<String> back = http.get("/admin/plans/import/too-large");
		assertThat(back.statusCode()).isEqualTo(200);
		assertThat(back.body()).contains("id=\"import-error\"", "文件过大：不能超过10MB", "id=\"plan-file\"");
		assertThat(this.jdbc.queryForObject("select count(*) from plan", Long.class)).isEqualTo(plans);
	}

}
