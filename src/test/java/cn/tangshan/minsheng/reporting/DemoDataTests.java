package cn.tangshan.minsheng.reporting;

import java.math.BigDecimal;
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
 * The dev default's demo data on its own embedded database, at the demo clock (2024-07-03
 * 09:00, June open).
 */
@SpringBootTest
@ActiveProfiles("test")
@TestPropertySource(properties = { "portal.demo.data=true", "portal.demo.clock=2024-07-03T09:00" })
class DemoDataTests {

	private static final String MAY_AVERAGE_RATE = """
			select avg(least(100, 100 * v.cumulative / a.amount))
			from report r
			join unit u on u.id = r.unit_id
			join report_value v on v.report_id = r.id
			join allocation a on a.indicator_id = v.indicator_id and a.unit_id = r.unit_id
			where u.code = ? and r.period = date '2024-05-01' and r.status = 'APPROVED' and a.amount > 0""";

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private DemoData demoData;

	@Test
	void everyQuantitativeIndicatorIsSplitAndExactlyOneSplitMissesItsTarget() {
		assertThat(count("select count(*) from indicator where kind = 'QUANTITATIVE'")).isEqualTo(31);
		assertThat(count("""
				select count(*) from indicator i where i.kind = 'QUANTITATIVE'
				and not exists (select 1 from allocation a where a.indicator_id = i.id and a.amount > 0)""")).isZero();
		List<String> off = this.jdbc.queryForList("""
				select i.name from indicator i
				where i.kind = 'QUANTITATIVE'
				and i.target <> (select sum(a.amount) from allocation a where a.indicator_id = i.id)""", String.class);
		assertThat(off).containsExactly("改造户厕");
		assertThat(this.jdbc.queryForObject("""
				select i.target - sum(a.amount) from indicator i join allocation a on a.indicator_id = i.id
				where i.name = '改造户厕' group by i.target""", BigDecimal.class)).isEqualByComparingTo("1");
	}

	@Test
	void closedMonthsAreApproved() {
		assertThat(this.jdbc.queryForList("select distinct period from report where status = 'APPROVED' order by 1",
				LocalDate.class))
			.containsExactly(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1),
					LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 1));
		assertThat(count("select count(*) from report where period < date '2024-06-01' and status <> 'APPROVED'"))
			.isZero();
		// Late: 汉沽管理区 in April and May, each under an extension.
		assertThat(this.jdbc.queryForList("""
				select distinct u.code || ' ' || r.period from report r join unit u on u.id = r.unit_id
				where r.late order by 1""", String.class)).containsExactly("hangu 2024-04-01", "hangu 2024-05-01");
		assertThat(count("""
				select count(*) from report r where r.status = 'APPROVED'
				and (r.submitted_at is null or r.reviewed_at <= r.submitted_at or r.reviewed_by is null)""")).isZero();
	}

	@Test
	void juneIsAMixOfSubmittedDraftAndReturned() {
		Map<String, Integer> june = Map.of("SUBMITTED", countJune("SUBMITTED"), "DRAFT", countJune("DRAFT"), "RETURNED",
				countJune("RETURNED"));
		assertThat(june.get("SUBMITTED")).isGreaterThan(50);
		assertThat(june.get("DRAFT")).isBetween(3, 15);
		assertThat(june.get("RETURNED")).isOne();
		assertThat(this.jdbc.queryForObject("""
				select u.code || ' ' || r.return_reason from report r join unit u on u.id = r.unit_id
				where r.status = 'RETURNED'""", String.class)).startsWith("lunan 棚改安置房");
		assertThat(count("""
				select count(distinct r.unit_id) from report r join unit u on u.id = r.unit_id
				where u.type = 'COUNTY' and r.period = date '2024-06-01' and r.status = 'SUBMITTED'""")).isBetween(8,
				11);
		assertThat(count("""
				select count(*) from report r join unit u on u.id = r.unit_id
				where u.type = 'DEPARTMENT' and r.period = date '2024-06-01' and r.status = 'SUBMITTED'""")).isOne();
		assertThat(count("""
				select count(*) from report where period = date '2024-06-01'
				and submitted_at > timestamptz '2024-07-03 09:00+08'""")).isZero();
	}

	@Test
	void countiesWorkAtDifferentPaces() {
		// Expected progress for May is 50%.
		assertThat(mayAverage("haigang")).isLessThan(20.0);
		for (String lagging : List.of("qianxi", "laoting", "hangu")) {
			assertThat(mayAverage(lagging)).as(lagging).isBetween(20.0, 40.0);
		}
		List<String> onSchedule = this.jdbc.queryForList("select code from unit where type = 'COUNTY'", String.class)
			.stream()
			.filter((code) -> mayAverage(code) >= 40.0)
			.toList();
		assertThat(onSchedule).hasSize(14).doesNotContain("haigang", "qianxi", "laoting", "hangu");
	}

	@Test
	void missingReportsAndTheExtension() {
		assertThat(count("""
				select count(*) from report r join unit u on u.id = r.unit_id join project p on p.id = r.project_id
				where u.code = 'lutai' and p.name like '特殊困难老年人%' and r.period = date '2024-05-01'""")).isZero();
		assertThat(count("""
				select count(*) from report r join unit u on u.id = r.unit_id
				where u.code = 'lutai' and r.period = date '2024-05-01'""")).isPositive();
		assertThat(this.jdbc.queryForObject("""
				select e.until from extension e join unit u on u.id = e.unit_id
				where u.code = 'lutai' and e.period = date '2024-05-01'""", OffsetDateTime.class).toInstant())
			.isEqualTo(Instant.parse("2024-07-10T16:00:00Z"));
	}

	@Test
	void runningAgainAddsNothing() throws Exception {
		String counts = "select (select count(*) from allocation) || '/' || (select count(*) from report) || '/'"
				+ " || (select count(*) from report_value) || '/' || (select count(*) from extension)";
		String before = this.jdbc.queryForObject(counts, String.class);
		this.demoData.run(null);
		assertThat(this.jdbc.queryForObject(counts, String.class)).isEqualTo(before);
	}

	private double mayAverage(String county) {
		BigDecimal average = this.jdbc.queryForObject(MAY_AVERAGE_RATE, BigDecimal.class, county);
		return (average != null) ? average.doubleValue() : 0;
	}

	private int countJune(String status) {
		return count("select count(*) from report where period = date '2024-06-01' and status = '" + status + "'");
	}

	private int count(String sql) {
		Integer count = this.jdbc.queryForObject(sql, Integer.class);
		return (count != null) ? count : 0;
	}

}
