package cn.tangshan.minsheng.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import cn.tangshan.minsheng.MinshengApplication;
import cn.tangshan.minsheng.dashboard.Dashboard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The production path of the backups: the portal on an external PostgreSQL
 * ({@code DB_URL}) backs itself up with {@code pg_dump -Fc} of the server's major version
 * from the {@code PATH}, and {@code --restore=FILE} runs {@code pg_restore} into a new,
 * empty database. The external server is the machine's own (Debian's
 * {@code postgresql-15}, installed by {@code .ci/run} beside its client tools), so the
 * very commands the README gives are the ones run here. The restored portal has the same
 * rows in every table, the same dashboard for June 2024 and the same ledger CSV, byte for
 * byte.
 */
class ExternalBackupRoundTripTests {

	@Test
	void aDumpOfAnExternalDatabaseRestoresIntoANewDatabase(@TempDir Path dir) throws Exception {
		Integer major = DumpBackup.toolMajor("pg_dump");
		assumeTrue(major != null && DumpBackup.toolMajor("pg_restore") != null, "no pg_dump/pg_restore on the PATH");
		Path bin = ServerPostgres.binaries(major);
		assumeTrue(bin != null, "no PostgreSQL " + major + " server installed (Debian: postgresql-" + major + ")");
		Path backups = dir.resolve("backups");
		try (ServerPostgres server = ServerPostgres.start(bin)) {
			assertThat(server.majorVersion()).isEqualTo(major);
			server.createDatabase("minsheng");
			server.createDatabase("minsheng_restored");
			Map<String, Long> counts;
			Dashboard dashboard;
			byte[] csv;
			Path backup;
			try (ConfigurableApplicationContext original = start(server.url("minsheng"), backups)) {
				Backups service = original.getBean(Backups.class);
				assertThat(service.method()).isEqualTo("pg_dump");
				assertThat(service.unavailable()).isEmpty();
				JdbcTemplate jdbc = original.getBean(JdbcTemplate.class);
				assertThat(jdbc.queryForObject("select count(*) from report", Long.class)).isPositive();
				counts = BackupRoundTripTests.rowCounts(jdbc);
				dashboard = BackupRoundTripTests.dashboard(original);
				csv = BackupRoundTripTests.ledgerCsv(original);
				BackupFile taken = service.backupNow("MANUAL");
				backup = backups.resolve(taken.name());
				assertThat(taken.name()).matches("minsheng-\\d{8}-\\d{9}\\.dump");
				assertThat(Files.readAllBytes(backup)).startsWith("PGDMP".getBytes());
				assertThat(taken.bytes()).isEqualTo(Files.size(backup)).isGreaterThan(100_000);
				assertThat(service.list()).extracting(BackupFile::name).containsExactly(taken.name());
				assertThat(jdbc.queryForObject(
						"select count(*) from audit_entry where action = 'BACKUP_TAKEN' and reason = 'MANUAL' and new_value like ?",
						Integer.class, taken.name() + "%"))
					.isEqualTo(1);
				assertThat(jdbc.queryForObject(
						"select count(*) from security_event where event_type = 'BACKUP_TAKEN' and result = 'SUCCESS'",
						Integer.class))
					.isEqualTo(1);
			}
			// The documented command: DB_URL=… java -jar minsheng.jar --restore=FILE,
			// here
			// into a new, empty database.
			try (ConfigurableApplicationContext copy = start(server.url("minsheng_restored"), backups,
					"--restore=" + backup)) {
				JdbcTemplate jdbc = copy.getBean(JdbcTemplate.class);
				Map<String, Long> restoredCounts = BackupRoundTripTests.rowCounts(jdbc);
				assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'BACKUP_RESTORED'",
						Long.class))
					.isEqualTo(1);
				restoredCounts.computeIfPresent("audit_entry", (table, count) -> count - 1);
				assertThat(jdbc.queryForObject(
						"select count(*) from security_event where event_type = 'BACKUP_RESTORED' and result = 'SUCCESS'",
						Long.class))
					.isEqualTo(1);
				restoredCounts.computeIfPresent("security_event", (table, count) -> count - 1);
				assertThat(restoredCounts).isEqualTo(counts);
				assertThat(BackupRoundTripTests.dashboard(copy)).usingRecursiveComparison().isEqualTo(dashboard);
				assertThat(BackupRoundTripTests.ledgerCsv(copy)).isEqualTo(csv);
			}
		}
	}

	private static ConfigurableApplicationContext start(String url, Path backups, String... more) {
		List<String> arguments = new java.util.ArrayList<>(List.of("--spring.datasource.url=" + url,
				"--spring.datasource.username=postgres", "--spring.datasource.password=", "--server.port=0",
				"--portal.backup.dir=" + backups, "--portal.demo.data=true", "--portal.demo.clock=2024-07-03T09:00"));
		arguments.addAll(List.of(more));
		return new SpringApplicationBuilder(MinshengApplication.class).profiles("test")
			.run(arguments.toArray(String[]::new));
	}

}
