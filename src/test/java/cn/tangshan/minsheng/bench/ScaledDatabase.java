package cn.tangshan.minsheng.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The benchmark's PostgreSQL 17 (zonky, the portal's own embedded binaries) on its own
 * port and data directory, and the scaled database in it.
 * <p>
 * Generation (first run, or {@code -Dbench.regenerate=true}): an empty server; the portal
 * started once on it (Flyway migrates, the 2024 plan, demo accounts and demo data are
 * seeded by the application itself) and stopped; {@code bench/generate.sql} run in one
 * transaction; {@code vacuum analyze}; the server stopped and its data directory kept as
 * {@code pgdata-pristine}. Every run then copies the pristine directory to {@code pgdata}
 * and starts on the copy with the production settings of a kept embedded database (fsync,
 * synchronous commit, full page writes), so the month-end burst of one run never changes
 * what the next run measures.
 */
public final class ScaledDatabase implements AutoCloseable {

	static final String DATABASE = "minsheng";

	private final BenchConfig config;

	private EmbeddedPostgres postgres;

	private ScaledDatabase(BenchConfig config) {
		this.config = config;
	}

	Path pristine() {
		return this.config.dir().resolve("pgdata-pristine");
	}

	Path live() {
		return this.config.dir().resolve("pgdata");
	}

	String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + this.config.dbPort() + "/" + DATABASE;
	}

	/**
	 * Generates the scaled database when it is missing (or asked to), then starts a fresh
	 * copy of it for this run.
	 * @param seed starts the portal on the empty database and stops it once it is ready
	 */
	static ScaledDatabase prepare(BenchConfig config, PortalSeeder seed) throws Exception {
		ScaledDatabase db = new ScaledDatabase(config);
		Files.createDirectories(config.dir());
		Path done = db.pristine().resolve("bench-generated.txt");
		if (config.regenerate() || !Files.exists(done)) {
			db.generate(seed);
		}
		else {
			Bench.log("Scaled database kept from an earlier run: " + db.pristine()
					+ " (-Dbench.regenerate=true for a new one)");
		}
		long started = System.nanoTime();
		delete(db.live());
		run("cp", "-a", db.pristine().toString(), db.live().toString());
		Bench.log("Copied the pristine database for this run in " + millis(started) + " ms");
		db.postgres = start(config, db.live(), true);
		return db;
	}

	private void generate(PortalSeeder seed) throws Exception {
		long started = System.nanoTime();
		delete(pristine());
		Bench.log("Generating the scaled database in " + pristine());
		try (EmbeddedPostgres server = start(this.config, pristine(), false)) {
			try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
				s.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
			}
			long seeding = System.nanoTime();
			seed.seed(jdbcUrl());
			Bench.log("Portal seeded the empty database (Flyway, 2024 plan, demo accounts and data) in "
					+ millis(seeding) + " ms");
			try (Connection c = server.getDatabase("postgres", DATABASE).getConnection()) {
				c.setAutoCommit(false);
				try (Statement s = c.createStatement()) {
					s.execute("create temp table bench_param as select " + this.config.units() + " as units, "
							+ this.config.firstYear() + " as first_year");
					for (String sql : statements(script())) {
						long t = System.nanoTime();
						s.execute(sql);
						int rows = s.getUpdateCount();
						String first = sql.lines().filter((l) -> !l.isBlank()).findFirst().orElse("").trim();
						Bench.log(String.format("  %6d ms %8s  %s", millis(t), (rows >= 0) ? rows : "",
								first.length() > 90 ? first.substring(0, 90) : first));
					}
				}
				c.commit();
				c.setAutoCommit(true);
				long t = System.nanoTime();
				try (Statement s = c.createStatement()) {
					s.execute("vacuum analyze");
				}
				Bench.log("  vacuum analyze in " + millis(t) + " ms");
				Map<String, Long> sizes = sizes(c);
				Files.writeString(pristine().resolve("bench-generated.txt"),
						"generated in " + millis(started) + " ms: " + sizes + System.lineSeparator());
				Bench.log("Scaled database generated in " + millis(started) + " ms: " + sizes);
			}
		}
	}

	/** Row counts of what the benchmark is about, and the database's size on disk. */
	static Map<String, Long> sizes(Connection c) throws SQLException {
		Map<String, Long> sizes = new LinkedHashMap<>();
		String[][] queries = { { "county units", "select count(*) from unit where type = 'COUNTY'" },
				{ "departments", "select count(*) from unit where type = 'DEPARTMENT'" },
				{ "plan years", "select count(*) from plan" }, { "projects", "select count(*) from project" },
				{ "indicators", "select count(*) from indicator" },
				{ "allocations", "select count(*) from allocation" }, { "reports", "select count(*) from report" },
				{ "report values", "select count(*) from report_value" },
				{ "evidence", "select count(*) from evidence" }, { "accounts", "select count(*) from user_account" },
				{ "MB on disk", "select pg_database_size(current_database()) / (1024 * 1024)" } };
		try (Statement s = c.createStatement()) {
			for (String[] q : queries) {
				try (ResultSet rs = s.executeQuery(q[1])) {
					rs.next();
					sizes.put(q[0], rs.getLong(1));
				}
			}
		}
		return sizes;
	}

	Connection connect() throws SQLException {
		return this.postgres.getDatabase("postgres", DATABASE).getConnection();
	}

	private static EmbeddedPostgres start(BenchConfig config, Path dataDir, boolean durable) throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setPGStartupWait(Duration.ofSeconds(120))
			.setServerConfig("timezone", "Asia/Shanghai")
			.setLocaleConfig("locale", "C")
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(false)
			.setPort(config.dbPort());
		if (durable) {
			// As the portal's kept embedded database (EmbeddedDatabaseConfiguration).
			builder.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on");
		}
		else {
			// Generation only: the server is stopped cleanly (a checkpoint) before any
			// use.
			builder.setServerConfig("fsync", "off")
				.setServerConfig("synchronous_commit", "off")
				.setServerConfig("full_page_writes", "off")
				.setServerConfig("max_wal_size", "4GB")
				.setServerConfig("work_mem", "64MB")
				.setServerConfig("maintenance_work_mem", "256MB");
		}
		return builder.start();
	}

	static String script() throws IOException {
		try (InputStream in = ScaledDatabase.class.getResourceAsStream("/bench/generate.sql")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/**
	 * The script's statements: each ends with a semicolon at the end of a line; comment
	 * lines are dropped.
	 */
	public static List<String> statements(String script) {
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : script.split("\n")) {
			if (line.trim().startsWith("--") || (current.isEmpty() && line.isBlank())) {
				continue;
			}
			current.append(line).append('\n');
			if (line.stripTrailing().endsWith(";")) {
				String sql = current.toString().strip();
				statements.add(sql.substring(0, sql.length() - 1));
				current.setLength(0);
			}
		}
		if (!current.toString().isBlank()) {
			statements.add(current.toString().strip());
		}
		return statements;
	}

	@Override
	public void close() throws IOException {
		if (this.postgres != null) {
			this.postgres.close();
			this.postgres = null;
		}
	}

	static long millis(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1_000_000;
	}

	private static void delete(Path dir) throws IOException, InterruptedException {
		if (Files.exists(dir)) {
			run("rm", "-rf", dir.toString());
		}
	}

	private static void run(String... command) throws IOException, InterruptedException {
		Process p = new ProcessBuilder(command).inheritIO().start();
		if (p.waitFor() != 0) {
			throw new UncheckedIOException(new IOException("Failed: " + String.join(" ", command)));
		}
	}

	/** Starts the portal once on the empty database and stops it when it is ready. */
	interface PortalSeeder {

		void seed(String jdbcUrl) throws Exception;

	}

}
