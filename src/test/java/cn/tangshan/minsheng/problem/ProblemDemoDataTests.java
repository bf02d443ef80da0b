package cn.tangshan.minsheng.problem;

import java.util.Map;
import java.util.stream.Collectors;

import cn.tangshan.minsheng.account.CurrentUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's 问题清单 (the same context as the other demo data tests): twelve problems in
 * every state from several counties and departments, two overdue, each built step by step
 * through {@link Problems}; loaded only once.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestPropertySource(properties = { "portal.demo.data=true", "portal.demo.clock=2024-07-03T09:00" })
class ProblemDemoDataTests {

	@Autowired
	Problems problems;

	@Autowired
	ProblemDemoData demoData;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aDozenProblemsInEveryStateTwoOverdue() {
		CurrentUser fgw = (CurrentUser) this.users.loadUserByUsername("fgw");
		Problems.Listing all = this.problems.list(fgw, Problems.Filter.ALL);
		assertThat(all.counts()).containsEntry("ALL", 12L)
			.containsEntry("PENDING", 2L)
			.containsEntry("IN_PROGRESS", 5L)
			.containsEntry("AWAITING_CONFIRMATION", 2L)
			.containsEntry("CLOSED", 3L)
			.containsEntry("OVERDUE", 2L);
		assertThat(all.problems()).allMatch(ProblemView::demo);
		Map<String, Long> raisers = all.problems()
			.stream()
			.collect(Collectors.groupingBy((p) -> p.raisedBy().code(), Collectors.counting()));
		assertThat(raisers).hasSizeGreaterThanOrEqualTo(8).containsKeys("lunan", "fengrun", "jtj", "wjw");
		assertThat(all.problems().stream().filter(ProblemView::overdue).map((p) -> p.responsible().code()))
			.containsExactlyInAnyOrder("jtj", "nyj");
		ProblemView first = all.problems().get(all.problems().size() - 1);
		assertThat(first.number().toString()).isEqualTo("唐民生问〔2024〕1号");
		assertThat(this.problems.find(fgw, first.id()).history()).extracting(ProblemView.Step::action)
			.containsExactly(ProblemAction.RAISED, ProblemAction.ASSIGNED, ProblemAction.ANSWERED,
					ProblemAction.CONFIRMED);
		// The nightly check told both units of each overdue problem, once.
		assertThat(this.jdbc.queryForObject("select count(*) from notification where kind = 'PROBLEM_OVERDUE'",
				Integer.class))
			.isEqualTo(4);

		ApplicationArguments none = new DefaultApplicationArguments();
		this.demoData.run(none);
		assertThat(this.problems.list(fgw, Problems.Filter.ALL).total()).isEqualTo(12);
	}

}
