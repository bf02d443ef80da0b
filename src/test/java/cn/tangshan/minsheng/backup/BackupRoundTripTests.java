package cn.tangshan.minsheng.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.tangshan.minsheng.MinshengApplication;
import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.dashboard.Dashboard;
import cn.tangshan.minsheng.dashboard.Dashboards;
import cn.tangshan.minsheng.ledger.LedgerExports;
import cn.tangshan.minsheng.ledger.WorkLedgers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hot backup of a portal with the demo data, restored into a new empty data directory
 * the way {@code --restore=FILE} does it: the restored portal has the same rows in every
 * table, the same dashboard for June 2024 and the same ledger CSV, byte for byte. Both
 * the backup and the restore are in the audit trail.
 */
class BackupRoundTripTests {

	private static final YearMonth JUNE = YearMonth.of(2024, 6);

	@Test
	void aBackupRestoresIntoANewDataDirectory(@TempDir Path dir) throws Exception {
		Path backups = dir.resolve("backups");
		Map<String, Long> counts;
		Dashboard dashboard;
		byte[] csv;
		Path backup;
		try (ConfigurableApplicationContext original = start(dir.resolve("original"), backups)) {
			JdbcTemplate jdbc = original.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from report", Long.class)).isPositive();
			counts = rowCounts(jdbc);
			dashboard = dashboard(original);
			csv = ledgerCsv(original);
			BackupFile taken = original.getBean(Backups.class).backupNow("MANUAL");
			backup = backups.resolve(taken.name());
			assertThat(taken.name()).matches("minsheng-\\d{8}-\\d{9}\\.tar\\.gz");
			assertThat(taken.bytes()).isEqualTo(Files.size(backup)).isGreaterThan(1_000_000);
			assertThat(original.getBean(Backups.class).list()).extracting(BackupFile::name).contains(taken.name());
			assertThat(jdbc.queryForObject(
					"select count(*) from audit_entry where action = 'BACKUP_TAKEN' and reason = 'MANUAL' and new_value like ?",
					Integer.class, taken.name() + "%"))
				.isEqualTo(1);
			// Written while the portal runs on (a hot backup).
			assertThat(jdbc.queryForObject("select count(*) from unit", Long.class)).isEqualTo(counts.get("unit"));
		}
		// The documented command: java -jar minsheng.jar --restore=FILE (new, empty data
		// directory here).
		Path restored = dir.resolve("restored");
		try (ConfigurableApplicationContext copy = new SpringApplicationBuilder(MinshengApplication.class)
			.profiles("test")
			.run(arguments(restored, backups, "--restore=" + backup))) {
			assertThat(restored.resolve("backup_label.old").toFile().exists()
					|| !restored.resolve("backup_label").toFile().exists())
				.as("PostgreSQL recovered from the backup label")
				.isTrue();
			JdbcTemplate jdbc = copy.getBean(JdbcTemplate.class);
			Map<String, Long> restoredCounts = rowCounts(jdbc);
			// The restore itself is audited in the restored database.
			assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'BACKUP_RESTORED'",
					Long.class))
				.isEqualTo(1);
			restoredCounts.computeIfPresent("audit_entry", (table, count) -> count - 1);
			// … and in the security audit trail.
			assertThat(jdbc.queryForObject(
					"select count(*) from security_event where event_type = 'BACKUP_RESTORED' and result = 'SUCCESS'",
					Long.class))
				.isEqualTo(1);
			restoredCounts.computeIfPresent("security_event", (table, count) -> count - 1);
			assertThat(restoredCounts).isEqualTo(counts);
			assertThat(dashboard(copy)).usingRecursiveComparison().isEqualTo(dashboard);
			assertThat(ledgerCsv(copy)).isEqualTo(csv);
		}
	}

	@Test
	void theOldDataDirectoryIsMovedAsideNotDeleted(@TempDir Path dir) throws Exception {
		Path data = dir.resolve("data");
		Files.createDirectories(data);
		Files.writeString(data.resolve("PG_VERSION"), "17\n");
		Path notABackup = dir.resolve("empty.tar.gz");
		try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(notABackup))) {
			out.write(new byte[1024]);
		}
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> RestoreOnStart.restoreEmbedded(notABackup, data))
			.isInstanceOf(BackupException.class)
			.hasMessageContaining("不是内嵌数据库的备份");
		try (var siblings = Files.list(dir)) {
			Path aside = siblings.filter((path) -> path.getFileName().toString().startsWith("data.before-restore-"))
				.findFirst()
				.orElseThrow();
			assertThat(aside.resolve("PG_VERSION")).hasContent("17");
		}
	}

	private static ConfigurableApplicationContext start(Path dataDir, Path backups) {
		return new SpringApplicationBuilder(MinshengApplication.class).profiles("test")
			.run(arguments(dataDir, backups));
	}

	private static String[] arguments(Path dataDir, Path backups, String... more) {
		List<String> arguments = new java.util.ArrayList<>(List.of("--portal.embedded-db.data-dir=" + dataDir,
				"--portal.embedded-db.port=0", "--server.port=0", "--portal.backup.dir=" + backups,
				"--portal.demo.data=true", "--portal.demo.clock=2024-07-03T09:00"));
		arguments.addAll(List.of(more));
		return arguments.toArray(String[]::new);
	}

	static Map<String, Long> rowCounts(JdbcTemplate jdbc) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : jdbc.queryForList(
				"select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1",
				String.class)) {
			counts.put(table, jdbc.queryForObject("select count(*) from \"" + table + "\"", Long.class));
		}
		assertThat(counts).containsKeys("report", "allocation", "bulletin", "user_account", "audit_entry");
		return counts;
	}

	static Dashboard dashboard(ConfigurableApplicationContext context) {
		return context.getBean(Dashboards.class).view(fgw(context), JUNE);
	}

	static byte[] ledgerCsv(ConfigurableApplicationContext context) {
		return context.getBean(LedgerExports.class).csv(context.getBean(WorkLedgers.class).of(fgw(context), JUNE));
	}

	static CurrentUser fgw(ConfigurableApplicationContext context) {
		return (CurrentUser) context.getBean(UserDetailsService.class).loadUserByUsername("fgw");
	}

}
