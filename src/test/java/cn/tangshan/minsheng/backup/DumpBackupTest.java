package cn.tangshan.minsheng.backup;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * pg_dump and pg_restore are called with the connection of {@code DB_URL}; the password
 * goes through the environment, never the command line.
 */
class DumpBackupTest {

	@Test
	void theJdbcUrlBecomesPgDumpArguments() {
		DumpBackup.Connection connection = DumpBackup.Connection.of("jdbc:postgresql://db:5433/minsheng", "minsheng",
				"secret");
		assertThat(connection.arguments()).containsExactly("--host", "db", "--port", "5433", "--dbname", "minsheng",
				"--username", "minsheng", "--no-password");
		assertThat(DumpBackup.Connection.of("jdbc:postgresql://localhost/minsheng", null, null).arguments())
			.containsExactly("--host", "localhost", "--port", "5432", "--dbname", "minsheng", "--no-password");
	}

	@Test
	void aMissingToolIsNamedInWords() {
		assertThat(DumpBackup.toolMajor("pg_dump_that_does_not_exist")).isNull();
		assertThat(DumpBackup.unavailableReason(99)).contains("PostgreSQL 99").contains("pg_dump");
	}

}
