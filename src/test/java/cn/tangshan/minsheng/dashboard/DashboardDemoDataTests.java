package cn.tangshan.minsheng.dashboard;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.progress.Status;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard on the demo data (the same context as {@code DemoDataTests}): it opens on
 * May, every project has a light, and the whole request, rendering included, stays well
 * within the time budget (the issue asks for under 100 ms of server time on a 2-core
 * machine; the test asserts a generous bound and logs the median).
 */
@SpringBootTest
@ActiveProfiles("test")
@TestPropertySource(properties = { "portal.demo.data=true", "portal.demo.clock=2024-07-03T09:00" })
class DashboardDemoDataTests {

	private static final Logger log = LoggerFactory.getLogger(DashboardDemoDataTests.class);

	@Autowired
	WebApplicationContext context;

	@Autowired
	Dashboards dashboards;

	@Autowired
	UserDetailsService users;

	@Test
	void demoDashboardIsComplete() {
		CurrentUser fgw = (CurrentUser) this.users.loadUserByUsername("fgw");
		Dashboard d = this.dashboards.view(fgw, null);
		assertThat(d.month()).isEqualTo(YearMonth.of(2024, 5));
		assertThat(d.headline().total()).isEqualTo(25);
		assertThat(d.headline().count(Status.NOT_APPLICABLE)).isZero();
		assertThat(d.ranking().ranked()).hasSize(18);
		assertThat(d.ranking().ranked().get(0).row().rankChange()).isPresent();
		assertThat(d.matrix().rows()).hasSizeGreaterThan(18);
		assertThat(d.notReported()).extracting((u) -> u.code()).contains("lutai");
	}

	@Test
	void dashboardRequestTime() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		CurrentUser fgw = (CurrentUser) this.users.loadUserByUsername("fgw");
		var asFgw = authentication(UsernamePasswordAuthenticationToken.authenticated(fgw, null, fgw.getAuthorities()));
		for (int i = 0; i < 10; i++) { // warm up: JIT, template cache
			mvc.perform(get("/dashboard").with(asFgw)).andExpect(status().isOk());
		}
		List<Long> page = new ArrayList<>();
		List<Long> service = new ArrayList<>();
		for (int i = 0; i < 21; i++) {
			long started = System.nanoTime();
			mvc.perform(get("/dashboard").with(asFgw)).andExpect(status().isOk());
			page.add(System.nanoTime() - started);
			started = System.nanoTime();
			this.dashboards.view(fgw, null);
			service.add(System.nanoTime() - started);
		}
		Collections.sort(page);
		Collections.sort(service);
		Duration pageMedian = Duration.ofNanos(page.get(page.size() / 2));
		Duration serviceMedian = Duration.ofNanos(service.get(service.size() / 2));
		log.info("Dashboard on the demo data: whole request median {} ms (max {} ms), figures alone median {} ms",
				pageMedian.toMillis(), Duration.ofNanos(page.get(page.size() - 1)).toMillis(),
				serviceMedian.toMillis());
		assertThat(pageMedian).isLessThan(Duration.ofSeconds(1));
	}

}
