package cn.tangshan.minsheng.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * {@code java -jar minsheng.jar --restore=FILE} on a stopped portal: before anything
 * starts, the backup replaces the database, then the portal starts on it as usual.
 * <ul>
 * <li>embedded ({@code .tar.gz}): the data directory is moved aside to {@code
 *
<dir>
 * .before-restore-<time>}, the backup unpacked in its place; PostgreSQL recovers from its
 * {@code backup_label} on the start that follows.</li>
 * <li>external ({@code .dump}): {@code pg_restore --clean --if-exists} into
 * {@code DB_URL}.</li>
 * </ul>
 * Registered in {@code META-INF/spring.factories}; the restored portal then publishes
 * {@link BackupRestored} ({@link RestoredAnnouncement}).
 */
class RestoreOnStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	static final String RESTORED_FROM = "portal.backup.restored-from";

	static final String PREVIOUS = "portal.backup.restored-previous";

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment environment = event.getEnvironment();
		String restore = environment.getProperty("restore");
		if (!StringUtils.hasText(restore) || environment.containsProperty(RESTORED_FROM)) {
			return;
		}
		Path file = Path.of(restore).toAbsolutePath().normalize();
		if (!Files.isRegularFile(file)) {
			throw new BackupException("备份文件不存在：" + file + " / No such backup file: " + file);
		}
		String url = environment.getProperty("spring.datasource.url");
		String previous = null;
		try {
			if (StringUtils.hasText(url)) {
				DumpBackup.restore(DumpBackup.Connection.of(url, environment.getProperty("spring.datasource.username"),
						environment.getProperty("spring.datasource.password")), file);
			}
			else {
				String dir = environment.getProperty("portal.embedded-db.data-dir");
				if (!StringUtils.hasText(dir)) {
					throw new BackupException("未设置数据目录（DATA_DIR） / No data directory (DATA_DIR) to restore into");
				}
				previous = restoreEmbedded(file, Path.of(dir).toAbsolutePath().normalize());
			}
		}
		catch (IOException ex) {
			throw new BackupException("恢复失败：" + ex.getMessage() + " / Restore failed: " + ex.getMessage(), ex);
		}
		environment.getPropertySources()
			.addFirst(new MapPropertySource("restore",
					Map.of(RESTORED_FROM, file.toString(), PREVIOUS, (previous != null) ? previous : "")));
	}

	/**
	 * @return where the old data directory was moved, or {@code null} if there was none
	 */
	static String restoreEmbedded(Path archive, Path dataDir) throws IOException {
		if (Files.exists(dataDir.resolve("postmaster.pid"))) {
			throw new BackupException("数据库仍在运行（" + dataDir.resolve("postmaster.pid")
					+ "），请先停止门户。 / The database still runs: stop the portal first.");
		}
		String previous = null;
		if (Files.exists(dataDir)) {
			boolean empty;
			try (var list = Files.list(dataDir)) {
				empty = list.findAny().isEmpty();
			}
			if (!empty) {
				Path aside = dataDir.resolveSibling(dataDir.getFileName() + ".before-restore-"
						+ LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
				Files.move(dataDir, aside);
				previous = aside.toString();
			}
		}
		PhysicalBackup.unpack(archive, dataDir);
		return previous;
	}

}
