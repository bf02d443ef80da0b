package cn.tangshan.minsheng.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;

import cn.tangshan.minsheng.account.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The security audit trail (等保 安全审计): an append-only table whose entries are chained by
 * SHA-256 hashes. Recording one is a one-liner for any module:
 * {@code securityAudit.record(SecurityEvent.success("PLAN_IMPORTED", "PLAN", planId))}.
 * The current user, their unit and the client's address ({@code request.getRemoteAddr()};
 * behind a reverse proxy set {@code server.forward-headers-strategy=native} so it is the
 * browser's) are added here.
 * <p>
 * An entry is written in the caller's transaction when there is a writable one (a change
 * and its entry are stored together or not at all), otherwise in a transaction of its
 * own. Writers are serialised by a transaction-scoped advisory lock, so the chain stays
 * linear under concurrency.
 */
@Service
public class SecurityAudit {

	/** The advisory lock key that serialises writers ("13b" + "audit"). */
	static final long CHAIN_LOCK = 0x13b_a0d17L;

	private static final String COLUMNS = "id, occurred_at, username, unit_id, unit_name, client_ip, event_type, "
			+ "object_type, object_id, result, reason, prev_hash, hash";

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	/** Reads the whole trail in chunks rather than all at once. */
	private final NamedParameterJdbcTemplate streaming;

	SecurityAudit(NamedParameterJdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		JdbcTemplate chunked = new JdbcTemplate(jdbc.getJdbcTemplate().getDataSource());
		chunked.setFetchSize(1000);
		this.streaming = new NamedParameterJdbcTemplate(chunked);
	}

	/** Who did it, from where; the current user and request when not given. */
	public record Actor(String username, Long unitId, String unitName, String clientIp) {

		public static Actor current() {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
				return of(user, clientAddress());
			}
			return new Actor(null, null, null, clientAddress());
		}

		/** The given user, from the current request's address. */
		public static Actor of(CurrentUser user) {
			return of(user, clientAddress());
		}

		public static Actor of(CurrentUser user, String clientIp) {
			return new Actor(user.getUsername(), user.unitId(), user.unitName(), clientIp);
		}

	}

	/** Records an event by the current user, from the current request's address. */
	public void record(SecurityEvent event) {
		record(event, Actor.current());
	}

	public void record(SecurityEvent event, Actor actor) {
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			append(event, actor);
		}
		else {
			this.ownTransaction.executeWithoutResult((status) -> append(event, actor));
		}
	}

	private void append(SecurityEvent event, Actor actor) {
		this.jdbc.getJdbcTemplate().query("select pg_advisory_xact_lock(?)", (rs) -> {
		}, CHAIN_LOCK);
		List<String> last = this.jdbc.getJdbcTemplate()
			.queryForList("select hash from security_event order by id desc limit 1", String.class);
		String prev = last.isEmpty() ? EventHash.GENESIS : last.get(0);
		long id = this.jdbc.getJdbcTemplate().queryForObject("select nextval('security_event_id_seq')", Long.class);
		Instant at = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		String username = clean(actor.username(), 100);
		String unitName = clean(actor.unitName(), 200);
		String ip = clean(actor.clientIp(), 64);
		String type = clean(event.type(), 40);
		String objectType = clean(event.objectType(), 40);
		String objectId = clean(event.objectId(), 500);
		String reason = clean(event.reason(), 2000);
		String hash = EventHash.of(prev, id, micros(at), username, actor.unitId(), unitName, ip, type, objectType,
				objectId, event.success(), reason);
		this.jdbc.update(
				"insert into security_event (" + COLUMNS + ") values (:id, :at, :username, :unitId, "
						+ ":unitName, :ip, :type, :objectType, :objectId, :result, :reason, :prev, :hash)",
				new MapSqlParameterSource().addValue("id", id)
					.addValue("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
					.addValue("username", username)
					.addValue("unitId", actor.unitId())
					.addValue("unitName", unitName)
					.addValue("ip", ip)
					.addValue("type", type)
					.addValue("objectType", objectType)
					.addValue("objectId", objectId)
					.addValue("result", event.success() ? "SUCCESS" : "FAILURE")
					.addValue("reason", reason)
					.addValue("prev", prev)
					.addValue("hash", hash));
	}

	/**
	 * One page of entries matching the query, newest first; one row more than the page is
	 * read to know whether there is a next page (no count over a million rows).
	 */
	@Transactional(readOnly = true)
	public SecurityEventPage search(SecurityEventQuery query, int page, int size) {
		int number = Math.max(page, 1);
		Select select = select(query);
		select.params.addValue("limit", size + 1).addValue("offset", (long) (number - 1) * size);
		List<SecurityEventView> rows = this.jdbc.query(select.sql + " limit :limit offset :offset", select.params,
				(rs, i) -> view(rs));
		boolean hasNext = rows.size() > size;
		return new SecurityEventPage(hasNext ? rows.subList(0, size) : rows, number, size, hasNext);
	}

	/** Every entry matching the query, newest first, at most {@code limit}. */
	@Transactional(readOnly = true)
	public void export(SecurityEventQuery query, int limit, Consumer<SecurityEventView> each) {
		Select select = select(query);
		select.params.addValue("limit", limit);
		this.streaming.query(select.sql + " limit :limit", select.params, (ResultSet rs) -> {
			each.accept(view(rs));
		});
	}

	/**
	 * Reads the whole trail in order and recomputes every hash: reports the first entry
	 * whose content or link to its predecessor does not match.
	 */
	@Transactional(readOnly = true)
	public ChainCheck verify() {
		long[] checked = { 0 };
		Long[] broken = { null };
		String[] prev = { EventHash.GENESIS };
		this.streaming.query("select " + COLUMNS + " from security_event order by id", new MapSqlParameterSource(),
				(ResultSet rs) -> {
					if (broken[0] != null) {
						return;
					}
					SecurityEventView e = view(rs);
					checked[0]++;
					if (!e.prevHash().equals(prev[0]) || !e.hash().equals(EventHash.of(e, micros(e.occurredAt())))) {
						broken[0] = e.id();
					}
					prev[0] = e.hash();
				});
		return new ChainCheck(checked[0], broken[0]);
	}

	/** The query of the auditor's page, for tests that look at its plan. */
	Select select(SecurityEventQuery q) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from security_event where true");
		MapSqlParameterSource params = new MapSqlParameterSource();
		if (q.from() != null) {
			sql.append(" and occurred_at >= :from");
			params.addValue("from", OffsetDateTime.ofInstant(q.from(), ZoneOffset.UTC));
		}
		if (q.until() != null) {
			sql.append(" and occurred_at < :until");
			params.addValue("until", OffsetDateTime.ofInstant(q.until(), ZoneOffset.UTC));
		}
		condition(sql, params, "username", q.username());
		if (q.unitId() != null) {
			sql.append(" and unit_id = :unit_id");
			params.addValue("unit_id", q.unitId());
		}
		condition(sql, params, "event_type", q.type());
		condition(sql, params, "object_type", q.objectType());
		condition(sql, params, "object_id", q.objectId());
		if (q.success() != null) {
			sql.append(" and result = :result");
			params.addValue("result", q.success() ? "SUCCESS" : "FAILURE");
		}
		sql.append(" order by occurred_at desc, id desc");
		return new Select(sql.toString(), params);
	}

	record Select(String sql, MapSqlParameterSource params) {
	}

	private static void condition(StringBuilder sql, MapSqlParameterSource params, String column, String value) {
		if (value != null && !value.isBlank()) {
			sql.append(" and ").append(column).append(" = :").append(column);
			params.addValue(column, clean(value.strip(), 500));
		}
	}

	private static SecurityEventView view(ResultSet rs) throws SQLException {
		long unit = rs.getLong("unit_id");
		Long unitId = rs.wasNull() ? null : unit;
		return new SecurityEventView(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("username"), unitId, rs.getString("unit_name"), rs.getString("client_ip"),
				rs.getString("event_type"), rs.getString("object_type"), rs.getString("object_id"),
				"SUCCESS".equals(rs.getString("result")), rs.getString("reason"), rs.getString("prev_hash"),
				rs.getString("hash"));
	}

	private static long micros(Instant at) {
		return ChronoUnit.MICROS.between(Instant.EPOCH, at);
	}

	/**
	 * What PostgreSQL can store: no NUL characters, at most the column's length. (A login
	 * attempt with a megabyte-long name must still be recorded, not fail.)
	 */
	static String clean(String value, int max) {
		if (value == null) {
			return null;
		}
		String text = value.replace('\u0000', '\uFFFD');
		return (text.length() > max) ? text.substring(0, max) : text;
	}

	static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
