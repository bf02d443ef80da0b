package cn.tangshan.minsheng.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * The sessions each account has open, for the one-session-per-account rule (the policy's
 * maximum). Kept on its own so that the in-memory registry can be swapped for one backed
 * by the session store (Spring Session JDBC) in one place.
 */
@Configuration(proxyBeanMethods = false)
class SessionRegistryConfiguration {

	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	/** Tells the registry when a servlet session ends (timeout, logout). */
	@Bean
	static HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

}
