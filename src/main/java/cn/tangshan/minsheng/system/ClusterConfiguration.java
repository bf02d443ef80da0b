package cn.tangshan.minsheng.system;

import java.time.Duration;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * More than one portal node on one PostgreSQL: the scheduled jobs take a ShedLock row
 * (table {@code shedlock}, V12_1) so each runs once per cluster, and with
 * {@code portal.sessions=jdbc} (the prod default) HTTP sessions live in PostgreSQL
 * (Spring Session JDBC; tables from V12_1), so any node serves any user and a restart
 * logs nobody out. Spring Boot's own Spring Session JDBC auto-configuration is excluded
 * in application.properties, because it would store sessions in the database
 * unconditionally.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class ClusterConfiguration {

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "portal.sessions", havingValue = "jdbc")
	@EnableJdbcHttpSession
	static class JdbcSessions {

		/**
		 * The same timeout as the in-memory sessions
		 * ({@code server.servlet.session.timeout}, 30 minutes). Expired sessions are
		 * removed by {@link ExpiredSessions}, which records each, not by Spring Session's
		 * own clean-up, which would remove them unrecorded.
		 */
		@Bean
		SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeout(
				@Value("${server.servlet.session.timeout:30m}") Duration timeout) {
			return (repository) -> {
				repository.setDefaultMaxInactiveInterval(timeout);
				repository.setCleanupCron(Scheduled.CRON_DISABLED);
			};
		}

	}

}
