package cn.tangshan.minsheng.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The portal's one clock, in the plan's time zone (Asia/Shanghai). Every deadline and
 * timestamp is read from it, so tests can move time.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock(@Value("${portal.time-zone}") ZoneId zone) {
		return Clock.system(zone);
	}

}
