package cn.tangshan.minsheng.audit;

import java.time.Instant;
import java.util.List;

import cn.tangshan.minsheng.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auditor's page on a million entries: for every typical filter the page's own query
 * plan reads an index, never the whole table, and a page comes back in well under a
 * second. The million rows are written with one SQL statement inside a transaction that
 * is rolled back (the trail is append-only, so nothing could delete them afterwards).
 */
@PortalTest
class AuditTrailScaleTests {

	@Autowired
	SecurityAudit audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	NamedParameterJdbcTemplate named;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aPageOfAMillionEntriesIsAnIndexScan() {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			long start = System.nanoTime();
			int inserted = this.jdbc.update("""
					insert into security_event (id, occurred_at, username, unit_id, unit_name, client_ip, event_type,
					    object_type, object_id, result, reason, prev_hash, hash)
					select 1000000000000 + n, timestamptz '2024-01-01 00:00+08' + n * interval '15 seconds',
					    'user' || (n % 2000), n % 40, 'unit ' || (n % 40), '10.0.' || (n % 250) || '.1',
					    (array['LOGIN','LOGOUT','EXPORT','ACCESS_DENIED','ACCOUNT_ASSIGNED'])[1 + n % 5],
					    'REPORT', 'r' || (n % 50000), case when n % 17 = 0 then 'FAILURE' else 'SUCCESS' end,
					    null, repeat('0', 64), repeat('0', 64)
					from generate_series(1, 1000000) n
					""");
			assertThat(inserted).isEqualTo(1_000_000);
			System.out.printf("audit scale: 1,000,000 entries written in %d ms%n",
					(System.nanoTime() - start) / 1_000_000);
			this.jdbc.execute("analyze security_event");
			Instant from = Instant.parse("2024-03-01T00:00:00Z");
			Instant until = Instant.parse("2024-03-08T00:00:00Z");
			List<SecurityEventQuery> typical = List.of(SecurityEventQuery.all(),
					new SecurityEventQuery(null, null, "user42", null, null, null, null, null),
					new SecurityEventQuery(null, null, "user42", null, null, null, null, false),
					new SecurityEventQuery(null, null, null, null, null, null, null, false),
					new SecurityEventQuery(null, null, null, 7L, null, null, null, null),
					new SecurityEventQuery(null, null, null, null, "ACCESS_DENIED", null, null, null),
					new SecurityEventQuery(null, null, null, null, null, "REPORT", "r123", null),
					new SecurityEventQuery(from, until, null, null, null, null, null, null),
					new SecurityEventQuery(from, until, "user42", null, "EXPORT", null, null, null));
			for (SecurityEventQuery query : typical) {
				SecurityAudit.Select select = this.audit.select(query);
				select.params().addValue("limit", 51).addValue("offset", 0);
				String plan = String.join("\\n", this.named.queryForList(
						"explain " + select.sql() + " limit :limit offset :offset", select.params(), String.class));
				assertThat(plan).as("plan of %s", query).doesNotContain("Seq Scan on security_event");
				long t0 = System.nanoTime();
				SecurityEventPage page = this.audit.search(query, 1, 50);
				long ms = (System.nanoTime() - t0) / 1_000_000;
				System.out.printf("audit scale: %s -> %d rows in %d ms%n", query, page.rows().size(), ms);
				assertThat(page.rows()).isNotEmpty();
				assertThat(ms).as("first page of %s", query).isLessThan(1000);
			}
			// A deep page of everything, still bounded.
			long t0 = System.nanoTime();
			assertThat(this.audit.search(SecurityEventQuery.all(), 200, 50).rows()).hasSize(50);
			assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(2000);
			status.setRollbackOnly();
		});
	}

}
