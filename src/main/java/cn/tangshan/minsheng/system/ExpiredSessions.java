package cn.tangshan.minsheng.system;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.session.SessionDestroyedEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes the sessions kept in PostgreSQL ({@code portal.sessions=jdbc}) that timed out,
 * in place of Spring Session's own clean-up, so that each is recorded: Spring Session
 * JDBC deletes them without a word, while the container's in-memory sessions end with an
 * event the security audit trail records as {@code SESSION_EXPIRED} (等保2.0: 会话超时 is an
 * auditable event). Every minute, on one node of the cluster (ShedLock): the expired
 * sessions' security contexts are read, the sessions deleted (only those still expired
 * then: one touched in between lives on), and a {@link SessionDestroyedEvent} published
 * for each, outside any request, exactly as the container does.
 */
@Component
@ConditionalOnProperty(name = "portal.sessions", havingValue = "jdbc")
class ExpiredSessions {

	private static final Logger log = LoggerFactory.getLogger(ExpiredSessions.class);

	/** Spring Security's attribute of the session that holds who is logged in. */
	static final String SECURITY_CONTEXT = "SPRING_SECURITY_CONTEXT";

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final DeserializingConverter attributes = new DeserializingConverter(getClass().getClassLoader());

	private final TransactionTemplate transaction;

	ExpiredSessions(JdbcTemplate jdbc, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
	}

	@SchedulerLock(name = "session-expiry")
	@Scheduled(cron = "${portal.session-expiry-cron:30 * * * * *}", zone = "${portal.time-zone}")
	void run() {
		int ended = removeExpired(System.currentTimeMillis());
		if (ended > 0) {
			log.debug("{} timed-out sessions removed", ended);
		}
	}

	/**
	 * Removes the sessions expired at {@code now} (epoch milliseconds, as Spring Session
	 * stores it) and publishes their ends, in one transaction: the audit trail's records
	 * join it, so a session is never removed without its record.
	 * @return how many were removed
	 */
	int removeExpired(long now) {
		Integer removed = this.transaction.execute((status) -> removeAndPublish(now));
		return (removed != null) ? removed : 0;
	}

	private int removeAndPublish(long now) {
		Map<String, Expired> expired = new HashMap<>();
		this.jdbc.query("""
				select s.primary_id, s.session_id, a.attribute_bytes from spring_session s
				left join spring_session_attributes a on a.session_primary_id = s.primary_id and a.attribute_name = ?
				where s.expiry_time < ?""", (row) -> {
			expired.put(row.getString(1), new Expired(row.getString(2), row.getBytes(3)));
		}, SECURITY_CONTEXT, now);
		if (expired.isEmpty()) {
			return 0;
		}
		// Deleted only if still expired: a request may have renewed one since.
		List<String> removed = this.jdbc.queryForList(
				"delete from spring_session where primary_id = any(?) and expiry_time < ? returning primary_id",
				String.class, expired.keySet().toArray(String[]::new), now);
		for (String id : removed) {
			Expired session = expired.get(id);
			this.events.publishEvent(new Ended(this, session.sessionId(), context(session.securityContext())));
		}
		return removed.size();
	}

	private record Expired(String sessionId, byte[] securityContext) {
	}

	private List<SecurityContext> context(byte[] bytes) {
		List<SecurityContext> found = new ArrayList<>();
		if (bytes != null) {
			try {
				if (this.attributes.convert(bytes) instanceof SecurityContext context) {
					found.add(context);
				}
			}
			catch (RuntimeException ex) {
				// A session written by another version of the portal: removed, not named.
				log.warn("Expired session's security context could not be read: {}", ex.toString());
			}
		}
		return found;
	}

	/** A kept session that timed out. */
	static final class Ended extends SessionDestroyedEvent {

		private final String id;

		private final transient List<SecurityContext> contexts;

		Ended(Object source, String id, List<SecurityContext> contexts) {
			super(source);
			this.id = id;
			this.contexts = contexts;
		}

		@Override
		public List<SecurityContext> getSecurityContexts() {
			return this.contexts;
		}

		@Override
		public String getId() {
			return this.id;
		}

	}

}
