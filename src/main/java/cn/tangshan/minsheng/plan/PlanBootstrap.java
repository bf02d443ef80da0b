package cn.tangshan.minsheng.plan;

import java.io.IOException;
import java.io.InputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Loads the shipped plan on the first start, when the database holds no plan yet.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlanBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PlanBootstrap.class);

	private final PlanRepository plans;

	private final PlanImporter importer;

	private final Resource defaultPlan;

	PlanBootstrap(PlanRepository plans, PlanImporter importer,
			@Value("${portal.plan.default-file}") Resource defaultPlan) {
		this.plans = plans;
		this.importer = importer;
		this.defaultPlan = defaultPlan;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (this.plans.count() > 0) {
			return;
		}
		try (InputStream in = this.defaultPlan.getInputStream()) {
			PlanImporter.ImportResult result = this.importer.importPlan(in);
			log.info("Loaded plan {} from {}: {} projects, {} indicators", result.year(), this.defaultPlan,
					result.projects(), result.indicators());
		}
	}

}
