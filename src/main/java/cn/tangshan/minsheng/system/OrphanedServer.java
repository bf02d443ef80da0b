package cn.tangshan.minsheng.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a {@code kill -9} of the portal (or the out-of-memory killer, or a crashed IDE)
 * its embedded PostgreSQL keeps running on its own and holds the port and the data
 * directory. The next start recognises that server by the data directory's
 * {@code postmaster.pid} (its pid alive, a postgres process, started on this very data
 * directory) and stops it cleanly: SIGINT, PostgreSQL's "fast" shutdown (open
 * transactions roll back, everything committed stays), waiting until it has exited. A
 * server of another data directory is never touched.
 */
final class OrphanedServer {

	private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);

	private static final long WAIT_SECONDS = 60;

	private OrphanedServer() {
	}

	/**
	 * Stops the server of {@code dataDir} left behind by an earlier portal process, if
	 * there is one.
	 * @return whether one was stopped
	 */
	static boolean stopIfRunning(Path dataDir) {
		Optional<ProcessHandle> orphan = find(dataDir);
		if (orphan.isEmpty()) {
			return false;
		}
		ProcessHandle server = orphan.get();
		log.warn(
				"发现上次未正常退出时遗留的内嵌数据库（pid {}），正在安全停止后重新启动。 / Found the embedded PostgreSQL left running by an "
						+ "earlier portal process (pid {}, {}); stopping it cleanly before starting again.",
				server.pid(), server.pid(), dataDir);
		signal(server, "INT");
		try {
			server.onExit().get(WAIT_SECONDS, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			if (server.isAlive()) {
				// Still busy after a minute: a smart shutdown is not quicker, but SIGTERM
				// is
				// the documented way if SIGINT was not delivered.
				server.destroy();
				server.onExit().orTimeout(WAIT_SECONDS, TimeUnit.SECONDS).join();
			}
		}
		log.info("遗留的内嵌数据库已停止。 / The left-over embedded PostgreSQL has stopped.");
		return true;
	}

	/**
	 * The live postgres process that {@code dataDir/postmaster.pid} names, if it was
	 * started on this data directory.
	 */
	static Optional<ProcessHandle> find(Path dataDir) {
		Path pidFile = dataDir.resolve("postmaster.pid");
		List<String> lines;
		try {
			lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		if (lines.size() < 2) {
			return Optional.empty();
		}
		long pid;
		try {
			pid = Long.parseLong(lines.get(0).trim());
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		if (pid == ProcessHandle.current().pid()) {
			return Optional.empty();
		}
		return ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.filter((process) -> isPostgresOf(process, dataDir, lines.get(1).trim()));
	}

	private static boolean isPostgresOf(ProcessHandle process, Path dataDir, String pidFileDataDir) {
		String command = process.info().command().orElse("");
		if (!command.endsWith("/postgres") && !command.endsWith("/postmaster")) {
			return false;
		}
		if (!samePath(dataDir, pidFileDataDir)) {
			return false;
		}
		// The process itself must name this data directory (a pid reused by another
		// postgres would not).
		String commandLine = commandLine(process);
		return commandLine == null || commandLine.contains(dataDir.toString()) || commandLine.contains(pidFileDataDir);
	}

	private static String commandLine(ProcessHandle process) {
		try {
			byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline"));
			return new String(raw, StandardCharsets.UTF_8).replace('\0', ' ');
		}
		catch (IOException | RuntimeException ex) {
			return process.info().commandLine().orElse(null);
		}
	}

	private static boolean samePath(Path dataDir, String other) {
		try {
			return Files.isSameFile(dataDir, Path.of(other));
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	private static void signal(ProcessHandle process, String signal) {
		try {
			Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
			if (kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0) {
				return;
			}
		}
		catch (IOException ex) {
			// no kill command: fall through
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		process.destroy();
	}

}
