package cn.tangshan.minsheng.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Issue #14's benchmark: {@code ./mvnw -Pbenchmark verify} (README, 性能基准). Extracts the
 * jar as the Docker image does ({@code target/benchmark/app/}), builds or reuses the
 * scaled database, starts the portal on it as a child JVM, measures and writes the table
 * to {@code target/benchmark/}.
 */
public final class Benchmark {

	private Benchmark() {
	}

	public static void main(String[] args) throws Exception {
		BenchConfig config = BenchConfig.fromSystemProperties();
		Files.createDirectories(config.dir());
		Path log = config.dir().resolve("portal.log");
		Files.deleteIfExists(log);
		// another portal on the port would answer the readiness checks of ours
		PortalProcess.awaitPortFree(config.port(), Duration.ofSeconds(30));
		// and another PostgreSQL on the database's port would be measured instead of ours
		// (its own start fails to listen there, and every connection goes to the other
		// one)
		PortalProcess.awaitPortFree(config.dbPort(), Duration.ofSeconds(30));
		Path fatJar = PortalProcess.fatJar();
		long extracting = System.nanoTime();
		Path app = PortalProcess.extract(fatJar, config.dir().resolve("app"));
		Bench.log("Extracted " + fatJar.getFileName() + " to " + app + " (as the Docker image) in "
				+ Duration.ofNanos(System.nanoTime() - extracting).toMillis() + " ms");
		try (ScaledDatabase db = ScaledDatabase.prepare(config, (url) -> seed(config, url, log, app))) {
			if (Boolean.getBoolean("bench.generateOnly")) {
				return;
			}
			new Measurement(config, db, log, app, fatJar).run();
		}
	}

	/** The first start on an empty database: the application seeds it, then stops. */
	private static void seed(BenchConfig config, String jdbcUrl, Path log, Path app) throws Exception {
		try (PortalProcess portal = PortalProcess.start(config, jdbcUrl, log, app)) {
			Duration ready = portal.awaitReady(Duration.ofMinutes(5));
			Bench.log("Portal ready on the empty database after " + ready.toMillis() + " ms");
		}
	}

}
