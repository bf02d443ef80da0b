package cn.tangshan.minsheng.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * The portal's own backups: on the embedded PostgreSQL a hot physical backup
 * ({@link PhysicalBackup}, needs nothing but Java), on an external one
 * {@code pg_dump -Fc} of the server's major version ({@link DumpBackup}). Files go to
 * {@code portal.backup.dir}; backups older than the retention are removed after each new
 * one. Every backup is published as {@link BackupTaken} (recorded in the audit trail).
 */
@Service
@EnableConfigurationProperties(BackupProperties.class)
public class Backups {

	private static final Logger log = LoggerFactory.getLogger(Backups.class);

	static final Pattern NAME = Pattern.compile("minsheng-\\d{8}-\\d{9}\\.(tar\\.gz|dump)");

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmssSSS")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private final DataSource dataSource;

	private final BackupProperties properties;

	private final ApplicationEventPublisher events;

	private final boolean embedded;

	private final String url;

	private final String username;

	private final String password;

	Backups(DataSource dataSource, BackupProperties properties, ApplicationEventPublisher events,
			Environment environment) {
		this.dataSource = dataSource;
		this.properties = properties;
		this.events = events;
		this.url = environment.getProperty("spring.datasource.url");
		this.username = environment.getProperty("spring.datasource.username");
		this.password = environment.getProperty("spring.datasource.password");
		this.embedded = !StringUtils.hasText(this.url);
	}

	public Path directory() {
		return Path.of(this.properties.dir()).toAbsolutePath().normalize();
	}

	/**
	 * How backups are made here ({@code physical} or {@code pg_dump}).
	 */
	public String method() {
		return this.embedded ? "physical" : "pg_dump";
	}

	/**
	 * Why no backup can be taken (one line, Chinese and English), or empty.
	 */
	public Optional<String> unavailable() {
		if (this.embedded) {
			return Optional.empty();
		}
		return Optional.ofNullable(DumpBackup.unavailableReason(serverMajor()));
	}

	public List<BackupFile> list() {
		Path dir = directory();
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter((path) -> NAME.matcher(path.getFileName().toString()).matches())
				.map(Backups::describe)
				.flatMap(Optional::stream)
				.sorted(Comparator.comparing(BackupFile::name).reversed())
				.toList();
		}
		catch (IOException ex) {
			throw new BackupException("无法读取备份目录 " + dir + " / Cannot read the backup directory " + dir, ex);
		}
	}

	/**
	 * The file of a listed backup, for download; empty for any other name.
	 */
	public Optional<Path> file(String name) {
		if (name == null || !NAME.matcher(name).matches()) {
			return Optional.empty();
		}
		Path path = directory().resolve(name);
		return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
	}

	/**
	 * Takes a backup now and removes those past the retention.
	 * @param trigger {@code MANUAL} or {@code NIGHTLY}
	 */
	public synchronized BackupFile backupNow(String trigger) {
		unavailable().ifPresent((reason) -> {
			throw new BackupException(reason);
		});
		Path dir = directory();
		String name = "minsheng-" + STAMP.format(Instant.now()) + (this.embedded ? ".tar.gz" : ".dump");
		Path target = dir.resolve(name);
		Path partial = dir.resolve(name + ".partial");
		long started = System.nanoTime();
		try {
			Files.createDirectories(dir);
			if (this.embedded) {
				PhysicalBackup.write(this.dataSource, name, partial);
			}
			else {
				DumpBackup.dump(DumpBackup.Connection.of(this.url, this.username, this.password), partial);
			}
			Files.move(partial, target);
		}
		catch (IOException | SQLException ex) {
			deleteQuietly(partial);
			log.error("备份失败 / Backup failed: {}", ex.toString());
			throw new BackupException("备份失败：" + ex.getMessage() + " / Backup failed: " + ex.getMessage(), ex);
		}
		catch (RuntimeException ex) {
			deleteQuietly(partial);
			throw ex;
		}
		BackupFile backup = describe(target).orElseThrow();
		log.info("Backup {} written ({} bytes, {}, {} ms)", name, backup.bytes(), method(),
				Duration.ofNanos(System.nanoTime() - started).toMillis());
		this.events.publishEvent(new BackupTaken(name, backup.bytes(), method(), trigger));
		removeExpired();
		return backup;
	}

	/**
	 * Removes backups older than the retention, always keeping the newest.
	 * @return how many were removed
	 */
	public int removeExpired() {
		List<BackupFile> backups = list();
		Instant limit = Instant.now().minus(Duration.ofDays(this.properties.retentionDays()));
		int removed = 0;
		for (BackupFile backup : backups.subList(Math.min(1, backups.size()), backups.size())) {
			if (backup.takenAt().isBefore(limit)) {
				deleteQuietly(directory().resolve(backup.name()));
				log.info("Backup {} removed (older than {} days)", backup.name(), this.properties.retentionDays());
				removed++;
			}
		}
		return removed;
	}

	private int serverMajor() {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("show server_version_num")) {
			rs.next();
			return Integer.parseInt(rs.getString(1)) / 10000;
		}
		catch (SQLException ex) {
			throw new BackupException("无法连接数据库 / Cannot reach the database", ex);
		}
	}

	private static Optional<BackupFile> describe(Path path) {
		try {
			FileTime time = Files.getLastModifiedTime(path);
			return Optional.of(new BackupFile(path.getFileName().toString(), Files.size(path), time.toInstant()));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			log.warn("Could not remove {}: {}", path, ex.toString());
		}
	}

}
