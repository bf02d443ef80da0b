package cn.tangshan.minsheng.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The portal under test as a child JVM, started as in production: {@code java -Xmx512m
 * -jar} the application jar of the extracted layout (as the Docker image runs it, see
 * {@link #extract}) or, for the informational start, the repackaged fat jar; its database
 * given by {@code DB_URL} (the benchmark's PostgreSQL), the dev default profile (demo
 * clock 2024-07-03 09:00, no TOTP).
 */
final class PortalProcess implements AutoCloseable {

	private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total (\\d+)K, used (\\d+)K");

	private final Process process;

	private final long startedNanos;

	private final String base;

	private PortalProcess(Process process, long startedNanos, String base) {
		this.process = process;
		this.startedNanos = startedNanos;
		this.base = base;
	}

	/**
	 * The repackaged (fat) jar: -Dbench.jar, else target/minsheng-*.jar of the working
	 * directory.
	 */
	static Path fatJar() throws IOException {
		String jar = System.getProperty("bench.jar");
		if (jar != null && !jar.isBlank()) {
			return Path.of(jar).toAbsolutePath();
		}
		Path target = Path.of("target").toAbsolutePath();
		try (Stream<Path> files = Files.list(target)) {
			return files.filter((p) -> p.getFileName().toString().matches("minsheng-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException(
						"No portal jar in " + target + ": run ./mvnw -Pbenchmark verify"));
		}
	}

	/**
	 * The fat jar extracted as the Docker image has it (Spring Boot's "efficient
	 * deployments": {@code java -Djarmode=tools -jar fat.jar extract --destination dir}),
	 * into a fresh directory.
	 * @return the extracted application jar (the fat jar's name, its manifest's
	 * Class-Path naming {@code lib/})
	 */
	static Path extract(Path fatJar, Path dir) throws Exception {
		if (Files.exists(dir)) {
			try (Stream<Path> files = Files.walk(dir)) {
				for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(p);
				}
			}
		}
		Process p = new ProcessBuilder(java(), "-Djarmode=tools", "-jar", fatJar.toString(), "extract", "--destination",
				dir.toString())
			.redirectErrorStream(true)
			.start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
			throw new IllegalStateException("Extracting " + fatJar + " failed: " + out);
		}
		return extractedJar(dir);
	}

	/**
	 * The one application jar directly in an extracted directory (the libraries are in
	 * lib/).
	 */
	static Path extractedJar(Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			List<Path> jars = files.filter(Files::isRegularFile)
				.filter((p) -> p.getFileName().toString().endsWith(".jar"))
				.sorted()
				.toList();
			if (jars.size() != 1) {
				throw new IllegalStateException("Expected one application jar in " + dir + ", found " + jars);
			}
			return jars.get(0);
		}
	}

	/** {@code java -Xmx… -jar jar}, the portal's settings in its environment. */
	static PortalProcess start(BenchConfig config, String jdbcUrl, Path log, Path jar) throws IOException {
		List<String> command = new ArrayList<>(List.of(java(), "-Xmx" + config.xmx(), "-jar", jar.toString(),
				// A nightly backup of a gigabyte would fall into a run at 02:00
				// Shanghai.
				"--portal.backup.cron=-"));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		Map<String, String> env = builder.environment();
		env.put("PORT", String.valueOf(config.port()));
		env.put("DB_URL", jdbcUrl);
		env.put("DB_USERNAME", "postgres");
		env.put("DB_PASSWORD", "");
		env.put("BACKUP_DIR", config.dir().resolve("backups").toString());
		env.remove("SPRING_PROFILES_ACTIVE");
		long started = System.nanoTime();
		Process process = builder.start();
		return new PortalProcess(process, started, "http://localhost:" + config.port());
	}

	/**
	 * Waits until nothing accepts connections on the port any more (a portal that was
	 * stopped has released it), so that the next one can listen there.
	 */
	static void awaitPortFree(int port, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("localhost", port), 500);
			}
			catch (IOException ex) {
				return;
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("Port " + port + " still in use after " + timeout);
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	long pid() {
		return this.process.pid();
	}

	/**
	 * Waits until {@code /actuator/health/readiness} answers 200 (UP).
	 * @return the time from process start to readiness
	 */
	Duration awaitReady(Duration timeout) throws Exception {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.base + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(2))
			.build();
		long deadline = this.startedNanos + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(
						"The portal exited with " + this.process.exitValue() + " (see its log)");
			}
			try {
				if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return Duration.ofNanos(System.nanoTime() - this.startedNanos);
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("The portal was not ready after " + timeout);
	}

	/**
	 * Heap in use after a full GC (jcmd GC.run, then GC.heap_info), and the committed
	 * heap, in MB.
	 */
	long[] heapAfterGc() throws Exception {
		jcmd("GC.run");
		Matcher m = HEAP_USED.matcher(jcmd("GC.heap_info"));
		if (!m.find()) {
			return new long[] { -1, -1 };
		}
		return new long[] { Long.parseLong(m.group(2)) / 1024, Long.parseLong(m.group(1)) / 1024 };
	}

	private String jcmd(String command) throws Exception {
		Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
				String.valueOf(pid()), command)
			.redirectErrorStream(true)
			.start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		p.waitFor(60, TimeUnit.SECONDS);
		return out;
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			this.process.destroy();
			if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor();
			}
		}
	}

}
