package cn.tangshan.minsheng.account;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/**
 * The sessions each account has open, for the one-session-per-account rule (the policy's
 * maximum). With sessions in memory the registry is this node's; with sessions in
 * PostgreSQL ({@code portal.sessions=jdbc}) it asks the session store, so a login on one
 * node ends the older session on every node.
 */
@Configuration(proxyBeanMethods = false)
class SessionRegistryConfiguration {

	/**
	 * Tells the registry (and the audit) when a servlet session ends (timeout, logout).
	 */
	@Bean
	static HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "portal.sessions", havingValue = "memory", matchIfMissing = true)
	static class InMemory {

		@Bean
		SessionRegistry sessionRegistry() {
			return new SessionRegistryImpl();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "portal.sessions", havingValue = "jdbc")
	static class InSessionStore {

		@Bean
		<S extends Session> SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
			return new SpringSessionBackedSessionRegistry<>(sessions);
		}

	}

}
