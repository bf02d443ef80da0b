package cn.tangshan.minsheng;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import cn.tangshan.minsheng.plan.PlanYearStarted;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.test.context.TestPropertySource;

/**
 * {@link PortalTest} in a context of its own, with its own embedded PostgreSQL (the
 * distinct property makes it a different context): for tests that start a plan year or
 * add and rename units, which would change what every other test sees. Tests in it still
 * put back what they change.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PortalTest
@TestPropertySource(properties = "portal.test.context=plan-years")
@Import(PlanYearsPortalTest.FailingCopy.class)
public @interface PlanYearsPortalTest {

	/**
	 * A listener after the allocation copy that fails when told to: a start must then be
	 * undone entirely.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	class FailingCopy {

		public static volatile boolean fail;

		@Bean
		Object failingCopyListener() {
			return new Object() {

				@EventListener
				@Order(100)
				void on(PlanYearStarted started) {
					if (fail) {
						throw new IllegalStateException("copy failed");
					}
				}

			};
		}

	}

}
