package cn.tangshan.minsheng.backup;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An external PostgreSQL is backed up with its own tool, {@code pg_dump -Fc}, from the
 * PATH (the Docker image is based on the postgres image of the server's major version),
 * and restored with {@code pg_restore --clean --if-exists}. A {@code pg_dump} of another
 * major version is refused with a message saying what is missing.
 */
final class DumpBackup {

	private static final Pattern VERSION = Pattern.compile("(\\d+)(?:\\.\\d+)?");

	private DumpBackup() {
	}

	/**
	 * Why a dump cannot be taken, or {@code null} when {@code pg_dump} of the server's
	 * major version is there.
	 */
	static String unavailableReason(int serverMajor) {
		Integer major = toolMajor("pg_dump");
		if (major == null) {
			return "未找到 pg_dump：请在门户所在机器安装 PostgreSQL " + serverMajor + " 客户端（Debian：postgresql-client-" + serverMajor
					+ "）。 / pg_dump was not found: install the PostgreSQL " + serverMajor
					+ " client tools on the portal's machine.";
		}
		if (major != serverMajor) {
			return "pg_dump 版本为 " + major + "，数据库为 PostgreSQL " + serverMajor + "：请安装 PostgreSQL " + serverMajor
					+ " 客户端。 / pg_dump is version " + major + " but the server is PostgreSQL " + serverMajor
					+ ": install the PostgreSQL " + serverMajor + " client tools.";
		}
		return null;
	}

	static void dump(Connection target, Path file) {
		List<String> command = new ArrayList<>(List.of("pg_dump", "-Fc", "--no-owner", "-f", file.toString()));
		command.addAll(target.arguments());
		run(command, target.password(), "pg_dump");
	}

	static void restore(Connection target, Path file) {
		List<String> command = new ArrayList<>(
				List.of("pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction"));
		command.addAll(target.arguments());
		command.add(file.toString());
		run(command, target.password(), "pg_restore");
	}

	private static void run(List<String> command, String password, String tool) {
		try {
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
			if (password != null && !password.isEmpty()) {
				builder.environment().put("PGPASSWORD", password);
			}
			Process process = builder.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
			if (!process.waitFor(6, TimeUnit.HOURS) || process.exitValue() != 0) {
				throw new BackupException(tool + " 执行失败 / " + tool + " failed: "
						+ output.lines().reduce((first, second) -> second).orElse("exit " + process.exitValue()));
			}
		}
		catch (IOException ex) {
			throw new BackupException("未找到 " + tool + " / " + tool + " was not found", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new BackupException(tool + " 被中断 / " + tool + " was interrupted", ex);
		}
	}

	static Integer toolMajor(String tool) {
		try {
			Process process = new ProcessBuilder(tool, "--version").redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(20, TimeUnit.SECONDS) || process.exitValue() != 0) {
				return null;
			}
			// "pg_dump (PostgreSQL) 17.6 (Debian 17.6-1)"
			Matcher matcher = VERSION.matcher(output.substring(output.indexOf(')') + 1));
			return matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
		}
		catch (IOException ex) {
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	/**
	 * Host, port, database and user of a {@code jdbc:postgresql://host:port/db} URL.
	 */
	record Connection(String host, int port, String database, String user, String password) {

		static Connection of(String jdbcUrl, String user, String password) {
			URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
			String database = uri.getPath().replaceFirst("^/", "");
			return new Connection((uri.getHost() != null) ? uri.getHost() : "localhost",
					(uri.getPort() > 0) ? uri.getPort() : 5432, database, user, password);
		}

		List<String> arguments() {
			List<String> arguments = new ArrayList<>(
					List.of("--host", this.host, "--port", Integer.toString(this.port), "--dbname", this.database));
			if (this.user != null && !this.user.isEmpty()) {
				arguments.add("--username");
				arguments.add(this.user);
			}
			arguments.add("--no-password");
			return arguments;
		}

	}

}
