package cn.tangshan.minsheng.reporting;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tangshan.minsheng.org.UnitType;
import cn.tangshan.minsheng.org.UnitView;
import cn.tangshan.minsheng.org.Units;
import cn.tangshan.minsheng.plan.PlanCatalog;
import cn.tangshan.minsheng.plan.PlanOverview;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ReportingDuties} (all units at once, for dashboards) and {@link Assignments}
 * (one unit, for its forms) give the same answer on the demo data.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestPropertySource(properties = { "portal.demo.data=true", "portal.demo.clock=2024-07-03T09:00" })
class ReportingDutiesTests {

	@Autowired
	Assignments assignments;

	@Autowired
	ProgressFigures figures;

	@Autowired
	PlanCatalog plans;

	@Autowired
	Units units;

	@Test
	void dutiesOfAllUnitsAreEachUnitsAssignments() {
		PlanOverview plan = this.plans.currentOverview().orElseThrow();
		Map<Long, UnitView> all = new LinkedHashMap<>();
		this.units.ofType(UnitType.COUNTY).forEach((u) -> all.put(u.id(), u));
		this.units.ofType(UnitType.DEPARTMENT).forEach((u) -> all.put(u.id(), u));
		List<ProgressFigures.Duty> duties = this.figures
			.of(plan, all, java.time.YearMonth.of(2024, 5), java.time.YearMonth.of(2024, 6))
			.duties();
		Set<ProgressFigures.Duty> expected = new HashSet<>();
		for (UnitView unit : all.values()) {
			this.assignments.of(unit, plan)
				.forEach((project, tasks) -> tasks.forEach((task) -> expected
					.add(new ProgressFigures.Duty(unit.id(), project.id(), task.indicator().id(), task.allocation()))));
		}
		assertThat(expected).hasSizeGreaterThan(300);
		assertThat(new HashSet<>(duties)).isEqualTo(expected);
		assertThat(duties).doesNotHaveDuplicates();
	}

}
