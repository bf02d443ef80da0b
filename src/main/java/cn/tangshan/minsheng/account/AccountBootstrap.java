package cn.tangshan.minsheng.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import cn.tangshan.minsheng.org.UnitView;
import cn.tangshan.minsheng.org.Units;
import cn.tangshan.minsheng.plan.PlanCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Makes sure someone can log in after the first start. In the dev default that is the
 * demo accounts; in production it is one administrator whose password comes from
 * {@code ADMIN_PASSWORD}, without which the portal refuses to start.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class AccountBootstrap implements ApplicationRunner {

	static final String DEMO_PASSWORD = "Demo#2024";

	private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

	private final UserAccountRepository repository;

	private final Units units;

	private final PlanCatalog plans;

	private final PasswordEncoder passwordEncoder;

	private final AccountProperties properties;

	private final Clock clock;

	AccountBootstrap(UserAccountRepository repository, Units units, PlanCatalog plans, PasswordEncoder passwordEncoder,
			AccountProperties properties, Clock clock) {
		this.repository = repository;
		this.units = units;
		this.plans = plans;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) throws IOException {
		if (this.properties.demo().enabled()) {
			createDemoAccounts();
		}
		else if (!this.repository.existsByRole(Role.ADMIN)) {
			createFirstAdmin();
		}
	}

	private void createFirstAdmin() {
		String password = this.properties.admin().initialPassword();
		if (!StringUtils.hasText(password)) {
			throw new IllegalStateException(
					"No administrator exists yet: set ADMIN_PASSWORD to the first administrator's password");
		}
		Long unitId = this.plans.currentPlan()
			.orElseThrow(() -> new IllegalStateException("No plan loaded: cannot place the administrator in a unit"))
			.coordinatorUnitId();
		this.repository.save(new UserAccount("admin", this.passwordEncoder.encode(password), "系统管理员", Role.ADMIN,
				unitId, false, this.clock.instant()));
		log.info("Created the first administrator 'admin'");
	}

	private void createDemoAccounts() throws IOException {
		String hash = null;
		int created = 0;
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("demo/accounts.csv").getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String entry = line;
				String[] fields = entry.split(",", 4);
				if (this.repository.existsByUsername(fields[0])) {
					continue;
				}
				UnitView unit = this.units.findByCode(fields[2])
					.orElseThrow(() -> new IllegalStateException("Demo account names an unknown unit: " + entry));
				hash = (hash != null) ? hash : this.passwordEncoder.encode(DEMO_PASSWORD);
				this.repository.save(new UserAccount(fields[0], hash, fields[3], Role.valueOf(fields[1]), unit.id(),
						true, this.clock.instant()));
				created++;
			}
		}
		if (created > 0) {
			log.info("Created {} demo accounts (password {})", created, DEMO_PASSWORD);
		}
	}

}
