package cn.tangshan.minsheng.importing;

import java.net.http.HttpResponse;

import cn.tangshan.minsheng.PortalHttp;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import over the servlet container's limit through the real server (MockMvc enforces
 * no limit): the user gets the import's own "file too large" answer, never the
 * container's error page. Same configuration as {@code ErrorPagesTests}, so they share
 * one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ImportUploadLimitTests {

	@LocalServerPort
	int port;

	@Test
	void anImportOverTheContainersLimitGetsTheImportsOwnMessage() throws Exception {
		PortalHttp http = new PortalHttp(this.port);
		String token = http.logIn("zjj", "Demo#2024");
		HttpResponse<String> response = http.upload("/allocations/import", token, "任务分解.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[12 * 1024 * 1024]);
		assertThat(response.statusCode()).isEqualTo(303);
		assertThat(response.headers().firstValue("Location")).hasValue("/allocations/import/too-large");
		HttpResponse<String> answer = http.get("/allocations/import/too-large");
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("文件太大：不能超过5MB", "系统中的数据没有任何改动");
	}

}
