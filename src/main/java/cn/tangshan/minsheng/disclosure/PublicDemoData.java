package cn.tangshan.minsheng.disclosure;

import cn.tangshan.minsheng.plan.PlanCatalog;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The dev default has the public page switched on for the plan in force (2024, whose demo
 * bulletins are issued), unless the coordinator ever switched it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 36)
@ConditionalOnProperty(name = "portal.demo.data", havingValue = "true")
class PublicDemoData implements ApplicationRunner {

	private final PublicPages pages;

	private final PlanCatalog plans;

	PublicDemoData(PublicPages pages, PlanCatalog plans) {
		this.pages = pages;
		this.plans = plans;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.plans.currentPlan().ifPresent(this.pages::enableForDemo);
	}

}
