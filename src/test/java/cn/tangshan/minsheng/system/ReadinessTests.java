package cn.tangshan.minsheng.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import cn.tangshan.minsheng.MinshengApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tomcat listens before the start-up work is done: until then every page answers 503 with
 * a plain page, readiness is DOWN (liveness UP); afterwards readiness is UP and the login
 * page is served.
 */
class ReadinessTests {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void requestsWaitForTheStartUpWork() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch blocked = new CountDownLatch(1);
		AtomicInteger port = new AtomicInteger();
		ApplicationRunner slowStartUpWork = (args) -> {
			blocked.countDown();
			release.await(120, TimeUnit.SECONDS);
		};
		SpringApplicationBuilder builder = new SpringApplicationBuilder(MinshengApplication.class).profiles("test")
			.initializers((context) -> context.getBeanFactory().registerSingleton("slowStartUpWork", slowStartUpWork))
			.listeners((ApplicationListener<WebServerInitializedEvent>) (event) -> port
				.set(event.getWebServer().getPort()));
		CompletableFuture<ConfigurableApplicationContext> started = CompletableFuture
			.supplyAsync(() -> builder.run("--server.port=0", "--portal.embedded-db.port=0"));
		try {
			assertThat(blocked.await(120, TimeUnit.SECONDS)).isTrue();
			HttpResponse<String> login = get(port.get(), "/login");
			assertThat(login.statusCode()).isEqualTo(503);
			assertThat(login.headers().firstValue("Retry-After")).hasValue("5");
			assertThat(login.body()).contains("系统正在启动").contains("The portal is starting").doesNotContain("Exception");
			HttpResponse<String> readiness = get(port.get(), "/actuator/health/readiness");
			assertThat(readiness.statusCode()).isEqualTo(503);
			assertThat(readiness.body()).contains("\"status\":\"OUT_OF_SERVICE\"");
			HttpResponse<String> liveness = get(port.get(), "/actuator/health/liveness");
			assertThat(liveness.statusCode()).isEqualTo(200);
			assertThat(liveness.body()).contains("\"status\":\"UP\"");
		}
		finally {
			release.countDown();
		}
		try (ConfigurableApplicationContext context = started.get(120, TimeUnit.SECONDS)) {
			HttpResponse<String> readiness = get(port.get(), "/actuator/health/readiness");
			assertThat(readiness.statusCode()).isEqualTo(200);
			assertThat(readiness.body()).contains("\"status\":\"UP\"");
			HttpResponse<String> login = get(port.get(), "/login");
			assertThat(login.statusCode()).isEqualTo(200);
			assertThat(login.body()).contains("name=\"username\"");
			// Other actuator endpoints stay closed.
			assertThat(get(port.get(), "/actuator/env").statusCode()).isNotEqualTo(200);
		}
	}

	private HttpResponse<String> get(int port, String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
