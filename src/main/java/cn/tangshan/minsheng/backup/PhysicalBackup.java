package cn.tangshan.minsheng.backup;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import javax.sql.DataSource;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * A hot physical backup of the embedded PostgreSQL with PostgreSQL's own low-level backup
 * API ("Making a Base Backup Using the Low Level API" in the PostgreSQL manual), so
 * nothing but Java is needed: {@code pg_backup_start} on one connection, the data
 * directory copied into a .tar.gz (without the files the manual lists as to be left out),
 * {@code pg_backup_stop} on the same connection, its label file written as
 * {@code backup_label} (and {@code tablespace_map}), then the WAL segments from the
 * backup's start on (the server keeps them: {@code wal_keep_size}). A restored data
 * directory starts like one after a crash: PostgreSQL replays the WAL from the checkpoint
 * named in {@code backup_label} to a consistent state.
 */
final class PhysicalBackup {

	/** Left out (PostgreSQL manual, "Backing Up the Data Directory"). */
	private static final Set<String> SKIPPED_FILES = Set.of("postmaster.pid", "postmaster.opts", "backup_label",
			"backup_label.old", "tablespace_map", "tablespace_map.old", "current_logfiles", "epg-lock",
			"pg_internal.init", "recovery.signal", "standby.signal");

	/** Kept as empty directories. */
	private static final Set<String> EMPTIED_DIRS = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify",
			"pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans", "log");

	private static final Pattern START_WAL = Pattern.compile("START WAL LOCATION: \\S+ \\(file ([0-9A-F]{24})\\)");

	private static final Pattern SEGMENT = Pattern.compile("[0-9A-F]{24}|[0-9A-F]{8}\\.history");

	private PhysicalBackup() {
	}

	static void write(DataSource dataSource, String label, Path target) throws IOException, SQLException {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(true);
			Path dataDir;
			try (Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery("show data_directory")) {
				rs.next();
				dataDir = Path.of(rs.getString(1));
			}
			try (Statement statement = connection.createStatement()) {
				statement.execute("select pg_backup_start('" + label.replace("'", "") + "', true)");
			}
			String labelFile;
			String tablespaceMap;
			try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(target));
					TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(file, 1 << 16))) {
				tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
				tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
				try {
					copyDataDirectory(dataDir, tar);
				}
				finally {
					try (Statement statement = connection.createStatement();
							ResultSet rs = statement
								.executeQuery("select labelfile, spcmapfile from pg_backup_stop(true)")) {
						rs.next();
						labelFile = rs.getString(1);
						tablespaceMap = rs.getString(2);
					}
				}
				addText(tar, "backup_label", labelFile);
				if (tablespaceMap != null && !tablespaceMap.isEmpty()) {
					addText(tar, "tablespace_map", tablespaceMap);
				}
				copyWal(dataDir, startSegment(labelFile), tar);
				tar.finish();
			}
		}
	}

	private static String startSegment(String labelFile) {
		Matcher matcher = START_WAL.matcher(labelFile);
		if (!matcher.find()) {
			throw new BackupException(
					"备份标签无法识别 / Unexpected backup label: " + labelFile.lines().findFirst().orElse(""));
		}
		return matcher.group(1);
	}

	private static void copyDataDirectory(Path dataDir, TarArchiveOutputStream tar) throws IOException {
		List<Path> paths;
		try (Stream<Path> walk = Files.walk(dataDir)) {
			paths = walk.filter((path) -> !path.equals(dataDir)).sorted().toList();
		}
		for (Path path : paths) {
			Path relative = dataDir.relativize(path);
			String name = relative.toString().replace('\\', '/');
			Path top = relative.getName(0);
			if (relative.getNameCount() > 1 && EMPTIED_DIRS.contains(top.toString())) {
				continue;
			}
			String fileName = path.getFileName().toString();
			if (SKIPPED_FILES.contains(fileName) || fileName.startsWith("pgsql_tmp")) {
				continue;
			}
			if (Files.isDirectory(path)) {
				TarArchiveEntry entry = new TarArchiveEntry(name + "/");
				tar.putArchiveEntry(entry);
				tar.closeArchiveEntry();
			}
			else if (Files.isRegularFile(path)) {
				addFile(tar, path, name);
			}
		}
		TarArchiveEntry status = new TarArchiveEntry("pg_wal/archive_status/");
		tar.putArchiveEntry(status);
		tar.closeArchiveEntry();
	}

	private static void copyWal(Path dataDir, String startSegment, TarArchiveOutputStream tar) throws IOException {
		Path wal = dataDir.resolve("pg_wal");
		List<Path> segments;
		try (Stream<Path> list = Files.list(wal)) {
			segments = list.filter((path) -> SEGMENT.matcher(path.getFileName().toString()).matches())
				.filter((path) -> path.getFileName().toString().endsWith(".history")
						|| path.getFileName().toString().substring(8).compareTo(startSegment.substring(8)) >= 0)
				.sorted()
				.toList();
		}
		for (Path segment : segments) {
			addFile(tar, segment, "pg_wal/" + segment.getFileName());
		}
	}

	/**
	 * A file the server may be writing meanwhile: its size when the copy begins is copied
	 * (what changes later is in the WAL); one that vanished (a dropped table) is left
	 * out.
	 */
	private static void addFile(TarArchiveOutputStream tar, Path path, String name) throws IOException {
		long size;
		InputStream in;
		try {
			size = Files.size(path);
			in = Files.newInputStream(path);
		}
		catch (NoSuchFileException ex) {
			return;
		}
		try (in) {
			TarArchiveEntry entry = new TarArchiveEntry(name);
			entry.setSize(size);
			entry.setMode(0100600);
			entry.setModTime(Files.getLastModifiedTime(path).toMillis());
			tar.putArchiveEntry(entry);
			byte[] buffer = new byte[1 << 16];
			long left = size;
			while (left > 0) {
				int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
				if (read < 0) {
					// Shrunk while copied (truncated by the server): WAL replay restores
					// it.
					java.util.Arrays.fill(buffer, (byte) 0);
					while (left > 0) {
						int n = (int) Math.min(buffer.length, left);
						tar.write(buffer, 0, n);
						left -= n;
					}
					break;
				}
				tar.write(buffer, 0, read);
				left -= read;
			}
			tar.closeArchiveEntry();
		}
	}

	private static void addText(TarArchiveOutputStream tar, String name, String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		TarArchiveEntry entry = new TarArchiveEntry(name);
		entry.setSize(bytes.length);
		entry.setMode(0100600);
		tar.putArchiveEntry(entry);
		tar.write(bytes);
		tar.closeArchiveEntry();
	}

	/**
	 * Unpacks a backup into {@code dataDir}, which must not exist or be empty (the caller
	 * moves the old one aside). The next start of the embedded server recovers from it.
	 */
	static void unpack(Path archive, Path dataDir) throws IOException {
		Files.createDirectories(dataDir);
		try (Stream<Path> existing = Files.list(dataDir)) {
			if (existing.findAny().isPresent()) {
				throw new BackupException("恢复目标目录不是空的：" + dataDir + " / The restore target is not empty: " + dataDir);
			}
		}
		setMode(dataDir, "rwx------");
		try (InputStream file = Files.newInputStream(archive);
				TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(file, 1 << 16))) {
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				Path path = dataDir.resolve(entry.getName()).normalize();
				if (!path.startsWith(dataDir)) {
					throw new BackupException("备份文件内容无效 / Invalid entry in the backup: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(path);
					setMode(path, "rwx------");
				}
				else {
					Files.createDirectories(path.getParent());
					Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
					setMode(path, "rw-------");
				}
			}
		}
		if (!Files.exists(dataDir.resolve("backup_label")) || !Files.exists(dataDir.resolve("PG_VERSION"))) {
			throw new BackupException(
					"这不是内嵌数据库的备份文件：" + archive + " / Not a backup of the embedded database: " + archive);
		}
	}

	private static void setMode(Path path, String mode) throws IOException {
		try {
			Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system
		}
	}

}
