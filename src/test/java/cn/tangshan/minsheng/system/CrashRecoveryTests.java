package cn.tangshan.minsheng.system;

import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.tangshan.minsheng.MinshengApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * {@code kill -9} of the portal leaves its embedded PostgreSQL running; the next start on
 * the same data directory stops that server cleanly and starts normally, and every save
 * the portal acknowledged before the kill is there. A server of another data directory on
 * the port is left alone, with one line saying what to do.
 */
class CrashRecoveryTests {

	private static final Duration START_LIMIT = Duration.ofMinutes(3);

	@Test
	void aKilledPortalStartsAgainWithEveryAcknowledgedSave(@TempDir Path dir) throws Exception {
		Path dataDir = dir.resolve("postgres");
		int dbPort = freePort();
		int httpPort = freePort();
		Set<String> acknowledged = new HashSet<>();
		Process first = start(dataDir, dbPort, httpPort, dir.resolve("first.log"));
		try {
			awaitReady(first, httpPort, dir.resolve("first.log"));
			long unitId = queryLong(dbPort, "select id from unit where code = 'lunan'");
			Client admin = new Client(httpPort);
			String token = admin.logIn("admin", "Demo#2024");
			ConcurrentLinkedQueue<String> saved = new ConcurrentLinkedQueue<>();
			AtomicBoolean stop = new AtomicBoolean();
			Thread load = new Thread(() -> {
				for (int i = 0; !stop.get() && i < 2000; i++) {
					String username = "crash" + i;
					try {
						HttpResponse<String> response = admin.post("/admin/users/new",
								"username=" + username + "&displayName=Crash+" + i + "&unitId=" + unitId
										+ "&role=COUNTY&password=Crash2024x&_csrf=" + token);
						if (response.statusCode() == 302
								&& response.headers().firstValue("Location").orElse("").endsWith("/admin/users")) {
							saved.add(username);
						}
					}
					catch (IOException ex) {
						return; // the portal is gone
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			});
			load.start();
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
			while (saved.size() < 15 && System.nanoTime() < deadline && load.isAlive()) {
				Thread.sleep(50);
			}
			// kill -9 in the middle of the load.
			first.destroyForcibly();
			assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
			stop.set(true);
			load.join(30_000);
			acknowledged.addAll(saved);
			assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(15);
			// Its postgres runs on, an orphan holding the port and the data directory.
			assertThat(OrphanedServer.find(dataDir)).isPresent();
		}
		finally {
			first.destroyForcibly();
		}
		Path secondLog = dir.resolve("second.log");
		Process second = start(dataDir, dbPort, httpPort, secondLog);
		try {
			awaitReady(second, httpPort, secondLog);
			Set<String> stored = new HashSet<>(
					queryStrings(dbPort, "select username from user_account where username like 'crash%'"));
			assertThat(stored).containsAll(acknowledged);
			assertThat(Files.readString(secondLog)).contains("left running by an earlier portal process")
				.doesNotContain("is in use");
		}
		finally {
			// SIGTERM: graceful shutdown, then the embedded server stops (fast mode).
			second.destroy();
			assertThat(second.waitFor(90, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(OrphanedServer.find(dataDir)).isEmpty();
		assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();
	}

	@Test
	void aServerOfAnotherDataDirectoryIsNeverTouched(@TempDir Path dir) throws Exception {
		try (EmbeddedPostgres other = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("other")).start()) {
			int port = other.getPort();
			Throwable failure = catchThrowable(
					() -> new SpringApplicationBuilder(MinshengApplication.class).profiles("test")
						.run("--portal.embedded-db.data-dir=" + dir.resolve("mine"),
								"--portal.embedded-db.port=" + port, "--server.port=0")
						.close());
			assertThat(failure).isNotNull();
			FailureAnalysis analysis = new EmbeddedDatabaseFailureAnalyzer().analyze(failure);
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains("端口 " + port).contains("Port " + port).doesNotContain("\n");
			assertThat(analysis.getAction()).contains("EMBEDDED_DB_PORT");
			// The other server still runs, untouched.
			try (Connection connection = other.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery("select 1")) {
				assertThat(rs.next()).isTrue();
			}
		}
	}

	private static Process start(Path dataDir, int dbPort, int httpPort, Path log) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
						"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
						MinshengApplication.class.getName(), "--spring.profiles.active=test",
						"--portal.embedded-db.data-dir=" + dataDir, "--portal.embedded-db.port=" + dbPort,
						"--server.port=" + httpPort, "--logging.level.io.zonky=WARN"));
		return new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
	}

	private static void awaitReady(Process process, int port, Path log) throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + START_LIMIT.toNanos();
		while (System.nanoTime() < deadline) {
			assertThat(process.isAlive()).as("portal exited: %s", Files.exists(log) ? Files.readString(log) : "")
				.isTrue();
			try {
				HttpResponse<String> response = http
					.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
						.timeout(Duration.ofSeconds(5))
						.build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new AssertionError("portal not ready within " + START_LIMIT + ": " + Files.readString(log));
	}

	private static long queryLong(int port, String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/minsheng",
				"postgres", "");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static List<String> queryStrings(int port, String sql) throws Exception {
		List<String> values = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/minsheng",
				"postgres", "");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			while (rs.next()) {
				values.add(rs.getString(1));
			}
		}
		return values;
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	/** A browser-like client: keeps the session cookie, logs in with the CSRF token. */
	static final class Client {

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.connectTimeout(Duration.ofSeconds(5))
			.build();

		private final int port;

		Client(int port) {
			this.port = port;
		}

		String logIn(String username, String password) throws IOException, InterruptedException {
			String token = token(get("/login").body());
			HttpResponse<String> response = post("/login", "username=" + username + "&password="
					+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + token);
			assertThat(response.statusCode()).isEqualTo(302);
			return token(get("/").body());
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.timeout(Duration.ofSeconds(30))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
			return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.timeout(Duration.ofSeconds(30))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		static String token(String html) {
			Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
			assertThat(token.find()).as(html).isTrue();
			return token.group(1);
		}

	}

}
