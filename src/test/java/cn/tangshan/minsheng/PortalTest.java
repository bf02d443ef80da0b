package cn.tangshan.minsheng;

import cn.tangshan.minsheng.plan.PlanCatalog;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole portal on its own embedded PostgreSQL, with the 2024 plan and the demo
 * accounts loaded. All tests that use it share one application context (and one
 * database), so tests must not depend on each other's data. The clock is a
 * {@link MutableClock} at 2024-07-03 09:00 Asia/Shanghai.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ PortalTest.Clocks.class, PortalTest.Data.class })
public @interface PortalTest {

	@TestConfiguration(proxyBeanMethods = false)
	class Clocks {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock();
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	class Data {

		@Bean
		TestData testData(JdbcTemplate jdbc, PlanCatalog plans, UserDetailsService users) {
			return new TestData(jdbc, plans, users);
		}

	}

}
