package cn.tangshan.minsheng.bulletin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo bulletins of the dev default (same context as the reporting demo data's
 * tests): 第1期 for January to April and 第2期 for January to May, issued before the demo
 * clock, marked as demo rows, loaded once.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestPropertySource(properties = { "portal.demo.data=true", "portal.demo.clock=2024-07-03T09:00" })
class BulletinDemoDataTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	BulletinDemoData demoData;

	@Autowired
	Bulletins bulletins;

	@Test
	void twoDemoBulletinsAreIssuedBeforeTheDemoClockOnce() {
		List<Map<String, Object>> rows = this.jdbc
			.queryForList("select number, period, issued_at, demo from bulletin where demo order by number");
		assertThat(rows).extracting((r) -> r.get("number"), (r) -> ((java.sql.Date) r.get("period")).toLocalDate())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, LocalDate.of(2024, 4, 1)),
					org.assertj.core.groups.Tuple.tuple(2, LocalDate.of(2024, 5, 1)));
		Instant clock = OffsetDateTime.parse("2024-07-03T09:00:00+08:00").toInstant();
		assertThat(rows)
			.allSatisfy((r) -> assertThat(((java.sql.Timestamp) r.get("issued_at")).toInstant()).isBefore(clock));
		assertThat(this.bulletins.issued()).filteredOn(BulletinSummary::demo)
			.extracting(BulletinSummary::title)
			.contains("关于2024年1—5月份全市民生工程进展情况的通报", "关于2024年1—4月份全市民生工程进展情况的通报");
		String figures = this.jdbc.queryForObject("select figures::text from bulletin where demo and number = 2",
				String.class);
		assertThat(figures).contains("2024-05", "1-19");

		this.demoData.run(null);
		assertThat(this.jdbc.queryForObject("select count(*) from bulletin where demo", Integer.class)).isEqualTo(2);
	}

}
