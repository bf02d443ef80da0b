package cn.tangshan.minsheng.audit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Wires the security audit trail: downloads through an interceptor. Ended sessions come
 * as Spring Security's {@code HttpSessionDestroyedEvent}s from the publisher in
 * {@code account.SessionRegistryConfiguration}.
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

}
