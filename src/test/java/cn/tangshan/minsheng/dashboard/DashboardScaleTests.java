package cn.tangshan.minsheng.dashboard;

import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import cn.tangshan.minsheng.PortalTest;
import cn.tangshan.minsheng.account.PortalUsers;
import cn.tangshan.minsheng.plan.PlanCatalog;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * #14: the work of a dashboard request grows at most linearly with the number of county
 * units. In a context and database of its own (no other test sees the extra units), the
 * same data per county (every quantitative indicator allocated, every project reported
 * and approved January to May) at 20 and at 200 counties: the SQL statements stay the
 * same, the rows read over JDBC, the entities loaded and the bytes allocated by the
 * request grow at most tenfold. At 200 counties the page stays under 150 KB, with the
 * ranking's top and bottom shown and the rest on demand.
 */
@PortalTest
@TestPropertySource(properties = "portal.test.context=dashboard-scale")
@Import(DashboardScaleTests.RowCounting.class)
class DashboardScaleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlanCatalog plans;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@AfterEach
	void clean() {
		this.jdbc.update("delete from report");
		this.jdbc.update("delete from allocation");
		this.jdbc.update("delete from unit where code like 'scale-%'");
	}

	@Test
	void workPerRequestGrowsAtMostLinearlyWithTheCounties() throws Exception {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		try {
			growTo(20);
			measure(statistics); // warm-up (classes, JIT, templates)
			bump();
			Work small = measure(statistics);
			growTo(200);
			Work large = measure(statistics);
			assertThat(counties()).isEqualTo(200);
			assertThat(large.statements()).isEqualTo(small.statements())
				.isLessThanOrEqualTo(DashboardStatementCountTests.AT_MOST);
			assertThat(large.rows()).as("rows read").isGreaterThan(small.rows()).isLessThanOrEqualTo(10 * small.rows());
			assertThat(large.entities()).as("entities loaded").isLessThanOrEqualTo(10 * Math.max(1, small.entities()));
			assertThat(large.bytes()).as("bytes allocated").isLessThanOrEqualTo(10 * small.bytes());
			// A cached page: only the version is read again.
			Work cached = measure(statistics);
			assertThat(cached.rows()).isLessThan(small.rows());
		}
		finally {
			statistics.setStatisticsEnabled(false);
		}
	}

	@Test
	void at200CountiesThePageStaysSmallWithTheRankingsEnds() throws Exception {
		growTo(200);
		String html = page("/dashboard?month=2024-05");
		assertThat(html.getBytes(StandardCharsets.UTF_8).length).as("HTML bytes").isLessThanOrEqualTo(150 * 1024);
		Document page = Jsoup.parse(html);
		assertThat(page.select("#ranking tbody tr[id^=rank-]")).hasSize(20);
		assertThat(page.select("#ranking .ranking-more a").attr("href")).contains("ranking=all");
		assertThat(page.select("#ranking .ranking-more a").attr("hx-get")).contains("ranking=all");
		assertThat(page.select("#ranking tbody tr .rank").first().text()).isEqualTo("1");
		assertThat(page.select("#matrix tbody tr")).hasSize(20);
		// 200 counties and the departments that report: 11 pages or more.
		String position = page.select("#matrix .pager-position").text();
		assertThat(position).matches("第 1 页，共 1[1-9] 页");
		int pages = Integer.parseInt(position.replaceAll(".*共 (\\d+) 页", "$1"));
		assertThat(page.select("#heatmap tbody tr")).hasSize(20);
		assertThat(page.select("#heatmap .pager-position").text()).isEqualTo("第 1 页，共 10 页");
		// The whole ranking on demand, the matrix's last page.
		Document all = Jsoup.parse(page("/dashboard?month=2024-05&ranking=all"));
		assertThat(all.select("#ranking tbody tr[id^=rank-]")).hasSize(200);
		assertThat(all.select("#ranking .ranking-more")).isEmpty();
		Document last = Jsoup.parse(page("/dashboard?month=2024-05&matrixPage=" + pages));
		assertThat(last.select("#matrix tbody tr").size()).isBetween(1, 20);
		assertThat(last.select("#matrix .pager-position").text()).isEqualTo("第 " + pages + " 页，共 " + pages + " 页");
		assertThat(last.select("#matrix .pager-next")).isEmpty();
		assertThat(last.select("#matrix .pager-previous").attr("hx-get")).endsWith("matrixPage=" + (pages - 1));
		// A page that is not one shows the first.
		assertThat(Jsoup.parse(page("/dashboard?month=2024-05&matrixPage=x%27")).select("#matrix tbody tr"))
			.hasSize(20);
	}

	private String page(String url) throws Exception {
		return this.mvc.perform(get(url).with(PortalUsers.user("fgw")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private Work measure(Statistics statistics) throws Exception {
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		statistics.clear();
		RowCounting.rows.set(0);
		RowCounting.counted = Thread.currentThread();
		long allocated = threads.getCurrentThreadAllocatedBytes();
		try {
			this.mvc.perform(get("/dashboard?month=2024-05").with(PortalUsers.user("fgw"))).andExpect(status().isOk());
		}
		finally {
			RowCounting.counted = null;
		}
		return new Work(statistics.getPrepareStatementCount(), RowCounting.rows.get(), statistics.getEntityLoadCount(),
				threads.getCurrentThreadAllocatedBytes() - allocated);
	}

	/** A change that moves no figure but the version: the next request is computed. */
	private void bump() {
		this.jdbc.update("update unit set version = version where false");
	}

	private int counties() {
		return this.jdbc.queryForObject("select count(*) from unit where type = 'COUNTY'", Integer.class);
	}

	/**
	 * Adds counties up to {@code count}, each allocated 100 of every quantitative
	 * indicator and reporting every project it has a share of, approved, January to May.
	 */
	private void growTo(int count) {
		int missing = count - counties();
		Long plan = this.plans.currentPlan().orElseThrow().id();
		this.jdbc.update("""
				insert into unit (code, name, short_name, type, sort_order)
				select 'scale-' || (g + coalesce((select max(sort_order) from unit), 0)), '规模测试县' || g || '号',
					'规' || g, 'COUNTY', g + coalesce((select max(sort_order) from unit), 0)
				from generate_series(1, ?) g""", missing);
		this.jdbc.update("""
				insert into allocation (indicator_id, unit_id, amount, updated_at)
				select i.id, u.id, 100, now()
				from indicator i join project p on p.id = i.project_id join project_group pg on pg.id = p.group_id
				cross join unit u
				where pg.plan_id = ? and i.kind = 'QUANTITATIVE' and u.type = 'COUNTY'
				and not exists (select 1 from allocation a where a.indicator_id = i.id and a.unit_id = u.id)""", plan);
		this.jdbc.update("""
				insert into report (unit_id, project_id, period, status, first_submitted_at, submitted_at,
					reviewed_at, updated_at)
				select distinct a.unit_id, i.project_id, make_date(2024, m, 1), 'APPROVED',
					make_timestamptz(2024, m + 1, 3, 9, 0, 0, 'Asia/Shanghai'),
					make_timestamptz(2024, m + 1, 3, 9, 0, 0, 'Asia/Shanghai'),
					make_timestamptz(2024, m + 1, 4, 9, 0, 0, 'Asia/Shanghai'), now()
				from allocation a join indicator i on i.id = a.indicator_id join unit u on u.id = a.unit_id
				cross join generate_series(1, 5) m
				where u.type = 'COUNTY'
				on conflict (unit_id, project_id, period) do nothing""");
		this.jdbc.update("""
				insert into report_value (report_id, indicator_id, cumulative)
				select r.id, a.indicator_id, extract(month from r.period) * 10
				from report r join indicator i on i.project_id = r.project_id
				join allocation a on a.indicator_id = i.id and a.unit_id = r.unit_id
				on conflict (report_id, indicator_id) do nothing""");
	}

	record Work(long statements, long rows, long entities, long bytes) {
	}

	/**
	 * Counts the rows read over JDBC by the test's thread: the data source's connections,
	 * statements and result sets behind proxies.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class RowCounting {

		static final AtomicLong rows = new AtomicLong();

		static volatile Thread counted;

		@Bean
		static BeanPostProcessor rowCountingDataSource() {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return (bean instanceof DataSource dataSource) ? proxy(dataSource, DataSource.class) : bean;
				}

			};
		}

		static <T> T proxy(T target, Class<T> type) {
			InvocationHandler handler = (proxy, method, args) -> {
				Object result;
				try {
					result = method.invoke(target, args);
				}
				catch (InvocationTargetException ex) {
					throw ex.getCause();
				}
				if (result instanceof ResultSet && method.getReturnType() == ResultSet.class) {
					return proxy((ResultSet) result, ResultSet.class);
				}
				if (result instanceof Connection connection && method.getReturnType() == Connection.class) {
					return proxy(connection, Connection.class);
				}
				if (result instanceof CallableStatement statement
						&& method.getReturnType() == CallableStatement.class) {
					return proxy(statement, CallableStatement.class);
				}
				if (result instanceof PreparedStatement statement
						&& method.getReturnType() == PreparedStatement.class) {
					return proxy(statement, PreparedStatement.class);
				}
				if (result instanceof Statement statement && method.getReturnType() == Statement.class) {
					return proxy(statement, Statement.class);
				}
				if (target instanceof ResultSet && method.getName().equals("next") && Boolean.TRUE.equals(result)
						&& Thread.currentThread() == counted) {
					rows.incrementAndGet();
				}
				return result;
			};
			return type
				.cast(Proxy.newProxyInstance(RowCounting.class.getClassLoader(), new Class<?>[] { type }, handler));
		}

	}

}
