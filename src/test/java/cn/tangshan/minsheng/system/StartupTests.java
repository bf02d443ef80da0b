package cn.tangshan.minsheng.system;

import java.nio.file.Files;
import java.nio.file.Path;

import cn.tangshan.minsheng.MinshengApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Whole-application starts: data kept across restarts on the embedded database, and a
 * production start that creates no demo account.
 */
class StartupTests {

	@Test
	void dataEnteredIsStillThereAfterARestart(@TempDir Path dir) {
		Path dataDir = dir.resolve("postgres");
		try (ConfigurableApplicationContext first = start(dataDir, "default")) {
			JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
			// Issue 12: a kept database is durable (zonky's fast settings are for tests).
			assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
			assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
			assertThat(jdbc.queryForObject("show full_page_writes", String.class)).isEqualTo("on");
			assertThat(jdbc.queryForObject("show wal_level", String.class)).isEqualTo("replica");
			jdbc.update("update unit set short_name = '路南' where code = 'lunan'");
		}
		assertThat(Files.exists(dataDir.resolve("PG_VERSION"))).isTrue();
		try (ConfigurableApplicationContext second = start(dataDir, "default")) {
			JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select short_name from unit where code = 'lunan'", String.class))
				.isEqualTo("路南");
			assertThat(jdbc.queryForObject("select count(*) from plan", Integer.class)).isEqualTo(1);
			assertThat(jdbc.queryForObject("select count(*) from project", Integer.class)).isEqualTo(25);
			assertThat(jdbc.queryForObject("select count(*) from user_account", Integer.class)).isEqualTo(39);
		}
	}

	@Test
	void productionRefusesToStartWithoutAnAdminPassword() {
		assertThatThrownBy(() -> start(null, "prod").close()).hasStackTraceContaining("ADMIN_PASSWORD");
	}

	@Test
	void productionCreatesOnlyTheFirstAdministrator() {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(MinshengApplication.class)
			.profiles("prod")
			.run("--portal.embedded-db.data-dir=", "--portal.embedded-db.port=0", "--server.port=0",
					"--portal.admin.initial-password=Prod2024secret")) {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForList("select username from user_account", String.class)).containsExactly("admin");
			assertThat(jdbc.queryForObject("select count(*) from user_account where demo", Integer.class)).isZero();
			assertThat(jdbc.queryForObject("select count(*) from report", Integer.class)).isZero();
			assertThat(jdbc.queryForObject("select count(*) from allocation", Integer.class)).isZero();
		}
	}

	private static ConfigurableApplicationContext start(Path dataDir, String profile) {
		// Command-line arguments outrank application.properties (builder properties do
		// not).
		return new SpringApplicationBuilder(MinshengApplication.class).profiles(profile)
			.run("--portal.embedded-db.data-dir=" + ((dataDir != null) ? dataDir : ""), "--portal.embedded-db.port=0",
					"--server.port=0", "--portal.admin.initial-password=");
	}

}
