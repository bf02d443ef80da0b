package cn.tangshan.minsheng.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import cn.tangshan.minsheng.MinshengApplication;
import cn.tangshan.minsheng.backup.BackupException;
import cn.tangshan.minsheng.backup.Backups;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two portal nodes on one PostgreSQL with {@code portal.sessions=jdbc}: a login on the
 * first is a login on the second, and survives the second's restart; a scheduled job
 * whose ShedLock another node holds does not run; a kept session that times out is
 * removed and recorded in the security audit trail, as an in-memory one is.
 */
class SessionClusterTests {

	@Test
	void twoNodesShareSessionsAndLocks(@TempDir Path dir) throws Exception {
		int dbPort = CrashRecoveryTests.freePort();
		try (ConfigurableApplicationContext first = new SpringApplicationBuilder(MinshengApplication.class)
			.profiles("test")
			.run("--portal.sessions=jdbc", "--server.port=0", "--portal.embedded-db.data-dir=" + dir.resolve("pg"),
					"--portal.embedded-db.port=" + dbPort)) {
			String url = "jdbc:postgresql://localhost:" + dbPort + "/minsheng";
			CrashRecoveryTests.Client browser = new CrashRecoveryTests.Client(port(first));
			browser.logIn("fgw", "Demo#2024");
			JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = 'fgw'",
					Integer.class))
				.isEqualTo(1);
			// Spring Session's cookie: the session id, Base64-encoded.
			String sessionId = jdbc.queryForObject("select session_id from spring_session where principal_name = 'fgw'",
					String.class);
			String cookie = "SESSION=" + Base64.getEncoder().encodeToString(sessionId.trim().getBytes());
			for (int restart = 0; restart < 2; restart++) {
				try (ConfigurableApplicationContext second = new SpringApplicationBuilder(MinshengApplication.class)
					.profiles("test")
					.run("--portal.sessions=jdbc", "--server.port=0", "--spring.datasource.url=" + url,
							"--spring.datasource.username=postgres", "--spring.datasource.password=",
							"--portal.supervision.overdue-cron=0 0 3 1 1 *")) {
					HttpResponse<String> home = get(port(second), "/", cookie);
					assertThat(home.statusCode()).as("signed in on the second node").isEqualTo(200);
					assertThat(home.body()).contains("/logout").doesNotContain("name=\"password\"");
					if (restart == 0) {
						assertScheduledJobsRunOncePerCluster(first, second);
						// An external database is backed up with pg_dump of its major
						// version:
						// this machine's Debian pg_dump (15, or none) is refused in
						// words.
						Backups backups = second.getBean(Backups.class);
						assertThat(backups.method()).isEqualTo("pg_dump");
						assertThat(backups.unavailable()).hasValueSatisfying(
								(reason) -> assertThat(reason).contains("PostgreSQL 17").contains("pg_dump"));
						assertThatThrownBy(() -> backups.backupNow("MANUAL")).isInstanceOf(BackupException.class)
							.hasMessageContaining("PostgreSQL 17");
					}
				}
			}
		}
	}

	@Test
	void aKeptSessionThatTimesOutIsRemovedAndRecorded(@TempDir Path dir) throws Exception {
		int dbPort = CrashRecoveryTests.freePort();
		try (ConfigurableApplicationContext node = new SpringApplicationBuilder(MinshengApplication.class)
			.profiles("test")
			.run("--portal.sessions=jdbc", "--server.port=0", "--portal.embedded-db.data-dir=" + dir.resolve("pg"),
					"--portal.embedded-db.port=" + dbPort, "--portal.session-expiry-cron=-")) {
			JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
			long before = jdbc.queryForObject("select coalesce(max(id), 0) from security_event", Long.class);
			CrashRecoveryTests.Client browser = new CrashRecoveryTests.Client(port(node));
			browser.logIn("fgw", "Demo#2024");
			// Someone who only opened the login page has a session too, with no user.
			new CrashRecoveryTests.Client(port(node)).get("/login");
			int sessions = jdbc.queryForObject("select count(*) from spring_session", Integer.class);
			assertThat(sessions).isGreaterThanOrEqualTo(2);
			ExpiredSessions expiry = node.getBean(ExpiredSessions.class);

			// Within the 30 minutes nothing is removed.
			assertThat(expiry.removeExpired(System.currentTimeMillis())).isZero();
			assertThat(browser.get("/").body()).contains("/logout");

			// 31 minutes later every session has timed out: removed, and the user's
			// recorded with the unit and the address of the login.
			assertThat(expiry.removeExpired(System.currentTimeMillis() + Duration.ofMinutes(31).toMillis()))
				.isEqualTo(sessions);
			assertThat(jdbc.queryForObject("select count(*) from spring_session", Integer.class)).isZero();
			assertThat(jdbc.queryForList("""
					select username || ' ' || result || ' ' || object_type || ' ' || (unit_id is not null)
					|| ' ' || (client_ip in ('127.0.0.1', '0:0:0:0:0:0:0:1'))
					from security_event where id > ? and event_type = 'SESSION_EXPIRED'""", String.class, before))
				.containsExactly("fgw SUCCESS SESSION true true");
			// The browser's next request is a new, anonymous session.
			HttpResponse<String> after = browser.get("/");
			assertThat(after.statusCode()).isEqualTo(302);
			assertThat(after.headers().firstValue("Location").orElse("")).contains("/login");
			// Spring Session's own clean-up, which would remove sessions unrecorded, is
			// off.
			assertThat(node.getBean(JdbcIndexedSessionRepository.class)).extracting("cleanupCron").isEqualTo("-");
		}
	}

	/**
	 * While the first node holds the overdue check's lock, the second node's run of it
	 * does nothing; once released, the second node takes the lock.
	 */
	private static void assertScheduledJobsRunOncePerCluster(ConfigurableApplicationContext first,
			ConfigurableApplicationContext second) {
		JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
		Runnable overdueCheck = scheduled(second, "OverdueCheck");
		Optional<SimpleLock> held = first.getBean(LockProvider.class)
			.lock(new LockConfiguration(Instant.now(), "supervision-overdue-check", Duration.ofMinutes(1),
					Duration.ZERO));
		assertThat(held).isPresent();
		Timestamp heldUntil = lockUntil(jdbc);
		overdueCheck.run();
		assertThat(lockUntil(jdbc)).isEqualTo(heldUntil);
		held.get().unlock();
		Timestamp released = lockUntil(jdbc);
		overdueCheck.run();
		// The second node took the lock and released it when done.
		assertThat(lockUntil(jdbc)).isAfter(released);
	}

	private static Timestamp lockUntil(JdbcTemplate jdbc) {
		return jdbc.queryForObject("select lock_until from shedlock where name = 'supervision-overdue-check'",
				Timestamp.class);
	}

	private static Runnable scheduled(ConfigurableApplicationContext context, String className) {
		for (ScheduledTaskHolder holder : context.getBeansOfType(ScheduledTaskHolder.class).values()) {
			for (ScheduledTask task : holder.getScheduledTasks()) {
				// Spring wraps the method runnable; its description names the method.
				Runnable runnable = task.getTask().getRunnable();
				if (runnable.toString().contains("." + className + ".")) {
					return runnable;
				}
			}
		}
		throw new AssertionError("no scheduled " + className);
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private static HttpResponse<String> get(int port, String path, String cookie) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Cookie", cookie)
				.timeout(Duration.ofSeconds(30))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}
