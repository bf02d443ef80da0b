package cn.tangshan.minsheng.system;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The portal's one clock, in the plan's time zone (Asia/Shanghai). Every deadline and
 * timestamp is read from it, so tests can move time. The dev default runs on a demo clock
 * that starts inside the plan year ({@code portal.demo.clock}) and ticks on from there;
 * production uses the real clock.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock(@Value("${portal.time-zone}") ZoneId zone, @Value("${portal.demo.clock:}") String demoStart) {
		Clock system = Clock.system(zone);
		if (!StringUtils.hasText(demoStart)) {
			return system;
		}
		LocalDateTime start = LocalDateTime.parse(demoStart);
		return Clock.offset(system, Duration.between(system.instant(), start.atZone(zone).toInstant()));
	}

}
