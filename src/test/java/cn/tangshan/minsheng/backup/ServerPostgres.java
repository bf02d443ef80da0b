package cn.tangshan.minsheng.backup;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.util.FileSystemUtils;

/**
 * A PostgreSQL server of the machine (Debian's {@code postgresql-NN}, installed by
 * {@code .ci/run}) that plays the external database of a production installation: its own
 * data directory, port and socket directory, started with {@code postgres} and stopped
 * with {@code pg_ctl}. As root (CI) it runs as the {@code postgres} user, since
 * PostgreSQL refuses to run as root.
 */
final class ServerPostgres implements AutoCloseable {

	private final Path bin;

	private final Path root;

	private final Path data;

	private final int port;

	private final boolean asPostgresUser;

	private Process server;

	private ServerPostgres(Path bin, Path root, int port) {
		this.bin = bin;
		this.root = root;
		this.data = root.resolve("data");
		this.port = port;
		this.asPostgresUser = "root".equals(System.getProperty("user.name"));
	}

	/**
	 * The server binaries of a major version, if installed
	 * ({@code /usr/lib/postgresql/NN/bin}).
	 */
	static Path binaries(int major) {
		Path bin = Path.of("/usr/lib/postgresql", Integer.toString(major), "bin");
		return (Files.isExecutable(bin.resolve("postgres")) && Files.isExecutable(bin.resolve("initdb"))) ? bin : null;
	}

	static ServerPostgres start(Path bin) throws IOException, InterruptedException {
		Path root = Files.createTempDirectory("minsheng-external-pg-",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
		ServerPostgres postgres = new ServerPostgres(bin, root, freePort());
		try {
			postgres.initAndStart();
		}
		catch (IOException | InterruptedException | RuntimeException ex) {
			postgres.close();
			throw ex;
		}
		return postgres;
	}

	private void initAndStart() throws IOException, InterruptedException {
		Files.createDirectories(this.data);
		if (this.asPostgresUser) {
			run(List.of("chown", "-R", "postgres:postgres", this.root.toString()), false);
		}
		run(List.of(this.bin.resolve("initdb").toString(), "-D", this.data.toString(), "-U", "postgres", "-A", "trust",
				"-E", "UTF8", "--locale=C.UTF-8"), true);
		List<String> command = new ArrayList<>(List.of(this.bin.resolve("postgres").toString(), "-D",
				this.data.toString(), "-p", Integer.toString(this.port), "-k", this.root.toString(), "-c",
				"listen_addresses=127.0.0.1", "-c", "fsync=off"));
		this.server = new ProcessBuilder(asUser(command)).redirectErrorStream(true)
			.redirectOutput(this.root.resolve("server.log").toFile())
			.start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (true) {
			try (Connection connection = connect("postgres")) {
				return;
			}
			catch (SQLException ex) {
				if (!this.server.isAlive() || System.nanoTime() > deadline) {
					throw new IllegalStateException(
							"PostgreSQL did not start: " + Files.readString(this.root.resolve("server.log")), ex);
				}
				Thread.sleep(200);
			}
		}
	}

	String url(String database) {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/" + database;
	}

	int majorVersion() throws SQLException {
		try (Connection connection = connect("postgres")) {
			return connection.getMetaData().getDatabaseMajorVersion();
		}
	}

	void createDatabase(String name) throws SQLException {
		try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
			statement.execute("create database \"" + name + "\"");
		}
	}

	private Connection connect(String database) throws SQLException {
		return DriverManager.getConnection(url(database), "postgres", "");
	}

	@Override
	public void close() throws IOException, InterruptedException {
		if (this.server != null && this.server.isAlive()) {
			run(List.of(this.bin.resolve("pg_ctl").toString(), "stop", "-D", this.data.toString(), "-m", "fast", "-w"),
					true);
			if (!this.server.waitFor(30, TimeUnit.SECONDS)) {
				this.server.destroyForcibly();
			}
		}
		FileSystemUtils.deleteRecursively(this.root);
	}

	private List<String> asUser(List<String> command) {
		if (!this.asPostgresUser) {
			return command;
		}
		List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
		wrapped.addAll(command);
		return wrapped;
	}

	private void run(List<String> command, boolean asPostgres) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(asPostgres ? asUser(command) : command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
