package cn.tangshan.minsheng;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.plan.PlanCatalog;
import cn.tangshan.minsheng.plan.ProjectView;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What tests build their datasets from: the demo accounts as signed-in users, the 2024
 * plan's projects and units, and allocations written straight to the table.
 */
public class TestData {

	private final JdbcTemplate jdbc;

	private final PlanCatalog plans;

	private final UserDetailsService users;

	TestData(JdbcTemplate jdbc, PlanCatalog plans, UserDetailsService users) {
		this.jdbc = jdbc;
		this.plans = plans;
		this.users = users;
	}

	public CurrentUser user(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

	public ProjectView project(String code) {
		return this.plans.currentOverview()
			.orElseThrow()
			.projects()
			.stream()
			.filter((p) -> p.code().equals(code))
			.findFirst()
			.orElseThrow();
	}

	public Long unitId(String code) {
		return this.jdbc.queryForObject("select id from unit where code = ?", Long.class, code);
	}

	public void allocate(Long indicator, String unit, int amount) {
		this.jdbc.update("insert into allocation (indicator_id, unit_id, amount, updated_at) values (?, ?, ?, now())",
				indicator, unitId(unit), amount);
	}

}
