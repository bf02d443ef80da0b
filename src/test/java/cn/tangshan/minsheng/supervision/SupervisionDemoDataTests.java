package cn.tangshan.minsheng.supervision;

import cn.tangshan.minsheng.account.CurrentUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The demo's supervision orders (the same context as {@code DemoDataTests}): one in each
 * state, to the lagging demo counties, with the figures they quote, loaded only once.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestPropertySource(properties = { "portal.demo.data=true", "portal.demo.clock=2024-07-03T09:00" })
class SupervisionDemoDataTests {

	@Autowired
	Supervisions supervisions;

	@Autowired
	SupervisionDemoData demoData;

	@Autowired
	UserDetailsService users;

	@Test
	void oneOrderInEachStateToTheLaggingCounties() {
		CurrentUser fgw = (CurrentUser) this.users.loadUserByUsername("fgw");
		assertThat(this.supervisions.list(fgw, null).stream().filter(SupervisionView::demo))
			.extracting((o) -> o.number().toString(), (o) -> o.unit().code(), SupervisionView::status,
					SupervisionView::overdue)
			.containsExactly(tuple("唐民生督〔2024〕5号", "haigang", SupervisionStatus.RETURNED, false),
					tuple("唐民生督〔2024〕4号", "qianxi", SupervisionStatus.OPEN, false),
					tuple("唐民生督〔2024〕3号", "laoting", SupervisionStatus.ANSWERED, false),
					tuple("唐民生督〔2024〕2号", "hangu", SupervisionStatus.OPEN, true),
					tuple("唐民生督〔2024〕1号", "haigang", SupervisionStatus.CLOSED, false));
		SupervisionView roads = this.supervisions.list(fgw, "CLOSED").get(0);
		assertThat(roads.issued().light()).isEqualTo(cn.tangshan.minsheng.progress.Status.SERIOUSLY_LAGGING);
		assertThat(this.supervisions.find(fgw, roads.id()).history()).extracting(SupervisionView.Step::action)
			.containsExactly(SupervisionAction.ISSUED, SupervisionAction.ANSWERED, SupervisionAction.CLOSED);

		// Loading again changes nothing.
		ApplicationArguments none = new DefaultApplicationArguments();
		this.demoData.run(none);
		assertThat(this.supervisions.list(fgw, null).stream().filter(SupervisionView::demo)).hasSize(5);
	}

}
