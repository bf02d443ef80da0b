package cn.tangshan.minsheng.audit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Wires the security audit trail: downloads through an interceptor, ended sessions
 * through the container's session events.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditProperties.class)
class AuditConfiguration implements WebMvcConfigurer {

	private final SecurityAudit audit;

	AuditConfiguration(SecurityAudit audit) {
		this.audit = audit;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new DownloadAudit(this.audit));
	}

	/**
	 * Publishes the container's session ends as Spring Security's
	 * {@code HttpSessionDestroyedEvent}s (a timed-out session is recorded).
	 */
	@Bean
	static HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

}
