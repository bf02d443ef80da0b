package cn.tangshan.minsheng.reporting;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.tangshan.minsheng.PortalTest;
import cn.tangshan.minsheng.account.PortalUsers;
import cn.tangshan.minsheng.org.UnitType;
import cn.tangshan.minsheng.org.UnitView;
import cn.tangshan.minsheng.org.Units;
import cn.tangshan.minsheng.plan.IndicatorView;
import cn.tangshan.minsheng.plan.PlanCatalog;
import cn.tangshan.minsheng.plan.ProjectView;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The task split (任务分解) through the web: scope, the grid, exact storage with an audit
 * entry per changed cell, the sum-versus-target warning, cell validation and concurrent
 * edits. Writes only the shares of 市体育局's and 市文广旅局's indicators, and removes them again.
 */
@PortalTest
class AllocationTests {

	private static final Pattern VERSION = Pattern.compile("name=\"v\\[(\\d+)]\" value=\"([^\"]*)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlanCatalog plans;

	@Autowired
	Units units;

	@BeforeEach
	@AfterEach
	void removeSharesOfTheIndicatorsUnderTest() {
		for (Long id : indicatorIds("tyj", "wlj")) {
			this.jdbc.update("delete from allocation where indicator_id = ?", id);
			this.jdbc.update(
					"delete from audit_entry where action = 'ALLOCATION_CHANGED' and report_id is null and indicator_id = ?",
					id);
		}
	}

	@Test
	void departmentSeesTheCountiesAndItsCityLevelShareAgainstTheTarget() throws Exception {
		IndicatorView housing = indicator("zjj", 0);
		assertThat(housing.name()).isEqualTo("建成棚改安置房");
		String page = page("zjj");
		assertThat(page).contains("建成棚改安置房", "改造城镇老旧小区", "15593套", "市本级（市住建局）", "href=\"/allocations\"");
		List<UnitView> counties = this.units.ofType(UnitType.COUNTY).stream().filter(UnitView::active).toList();
		assertThat(counties).hasSizeGreaterThanOrEqualTo(18);
		counties.forEach((county) -> assertThat(page).contains(county.name()));
		assertThat(page).contains("路南区", "唐山海港经济开发区");
		// One labelled field per county and one for the 市本级 share.
		assertThat(count(page, "name=\"a[" + housing.id() + "_")).isEqualTo(counties.size() + 1);
		assertThat(count(page, "<label class=\"visually-hidden\" for=\"a-" + housing.id() + "-"))
			.isEqualTo(counties.size() + 1);
		assertThat(page).contains("<input type=\"text\" inputmode=\"decimal\"");
		assertThat(versions(page)).containsKeys(housing.id(), indicator("zjj", 1).id()).hasSize(2);
	}

	@Test
	void coordinatorSplitsTheIndicatorsOfTheProjectItCoLeads() throws Exception {
		String page = page("fgw");
		assertThat(page).contains("三星级以上巾帼家政基地", "巾帼家政进社区（乡村）活动", "市本级（市发改委）", "市本级（市妇联）");
		assertThat(versions(page)).hasSize(3);
	}

	@Test
	void savingASplitStoresExactAmountsAndAuditsEveryChangedCell() throws Exception {
		IndicatorView parks = indicator("tyj", 0);
		Long lunan = unit("lunan");
		Long lubei = unit("lubei");
		Long tyj = unit("tyj");
		String token = versions(page("tyj")).get(parks.id());
		this.mvc
			.perform(save("tyj").param(version(parks), token)
				.param(cell(parks, lunan), "3")
				.param(cell(parks, lubei), "2.5")
				.param(cell(parks, tyj), "10.50")
				.param(cell(parks, unit("guye")), ""))
			.andExpect(redirectedUrl("/allocations"))
			.andExpect(flash().attribute("message", "allocation.saved"));
		assertThat(shares(parks)).containsOnly(Map.entry(lunan, new BigDecimal("3.00")),
				Map.entry(lubei, new BigDecimal("2.50")), Map.entry(tyj, new BigDecimal("10.50")));
		assertThat(audit(parks)).containsExactly(tuple(lunan, null, "3", "tyj"), tuple(lubei, null, "2.5", "tyj"),
				tuple(tyj, null, "10.5", "tyj"));
		String page = page("tyj");
		assertThat(page).contains("value=\"3\"", "value=\"2.5\"", "value=\"10.5\"", "与目标一致");

		// Change one cell, clear one, leave one as it is: two more audit entries.
		this.mvc
			.perform(save("tyj").param(version(parks), versions(page).get(parks.id()))
				.param(cell(parks, lunan), "4")
				.param(cell(parks, lubei), " ")
				.param(cell(parks, tyj), "10.5"))
			.andExpect(redirectedUrl("/allocations"));
		assertThat(shares(parks)).containsOnly(Map.entry(lunan, new BigDecimal("4.00")),
				Map.entry(tyj, new BigDecimal("10.50")));
		assertThat(audit(parks)).hasSize(5).endsWith(tuple(lunan, "3", "4", "tyj"), tuple(lubei, "2.5", null, "tyj"));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'ALLOCATION_CHANGED' and indicator_id = ? and report_id is null and field = 'amount'",
				Integer.class, parks.id()))
			.isEqualTo(5);
	}

	@Test
	void aSumThatDiffersFromTheTargetIsShownAsAWarningAndKept() throws Exception {
		IndicatorView shows = indicator("wlj", 0);
		assertThat(shows.targetText()).isEqualTo("1677");
		String token = versions(page("wlj")).get(shows.id());
		assertThat(page("wlj")).contains("未分解").doesNotContain("合计与目标不一致");
		this.mvc
			.perform(save("wlj").param(version(shows), token)
				.param(cell(shows, unit("lunan")), "1000")
				.param(cell(shows, unit("wlj")), "700"))
			.andExpect(redirectedUrl("/allocations"));
		String page = page("wlj");
		assertThat(page).contains("以下指标的分解合计与目标不一致", "文化进基层惠民演出：合计1700场，目标1677场，差额+23", "合计与目标不一致", "+23");
		assertThat(shares(shows).values()).containsExactlyInAnyOrder(new BigDecimal("1000.00"),
				new BigDecimal("700.00"));
	}

	@Test
	void invalidCellsComeBackWithMessagesNextToThemAndNothingIsStored() throws Exception {
		IndicatorView parks = indicator("tyj", 0);
		IndicatorView fitness = indicator("tyj", 1);
		String token = versions(page("tyj")).get(parks.id());
		String page = this.mvc
			.perform(save("tyj").param(version(parks), token)
				.param(version(fitness), versions(page("tyj")).get(fitness.id()))
				.param(cell(parks, unit("lunan")), "abc")
				.param(cell(parks, unit("lubei")), "-1")
				.param(cell(parks, unit("guye")), "1.234")
				.param(cell(parks, unit("kaiping")), "5")
				.param(cell(fitness, unit("kaiping")), "6"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("有3处分解数填写有误，全部未保存", "value=\"abc\"", "value=\"-1\"", "value=\"1.234\"", "value=\"5\"",
				"value=\"6\"");
		assertNextTo(page, parks, unit("lunan"), "abc", "请输入数字");
		assertNextTo(page, parks, unit("lubei"), "-1", "分解数不能为负数");
		assertNextTo(page, parks, unit("guye"), "1.234", "最多保留2位小数");
		// The form keeps the version it was built from.
		assertThat(versions(page)).containsEntry(parks.id(), token);
		assertThat(shares(parks)).isEmpty();
		assertThat(shares(fitness)).isEmpty();
		assertThat(audit(parks)).isEmpty();
	}

	@Test
	void aColumnChangedByAnotherUserMeanwhileIsNotOverwritten() throws Exception {
		IndicatorView fitness = indicator("tyj", 1);
		IndicatorView fields = indicator("tyj", 2);
		Long lunan = unit("lunan");
		Long lubei = unit("lubei");
		Map<Long, String> seen = versions(page("tyj"));
		// Someone else saves first.
		this.mvc.perform(save("tyj").param(version(fitness), seen.get(fitness.id())).param(cell(fitness, lunan), "10"))
			.andExpect(redirectedUrl("/allocations"));
		// The form built before that comes back, everything typed kept and nothing
		// stored.
		String page = this.mvc
			.perform(save("tyj").param(version(fitness), seen.get(fitness.id()))
				.param(version(fields), seen.get(fields.id()))
				.param(cell(fitness, lunan), "20")
				.param(cell(fitness, lubei), "4")
				.param(cell(fields, lunan), "7"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("其他用户修改了标有“已被他人修改”的指标，您的修改尚未保存", "已被他人修改", "value=\"20\"", "value=\"4\"",
				"value=\"7\"", "当前已保存：10", "当前已保存：空");
		assertThat(shares(fitness)).containsOnly(Map.entry(lunan, new BigDecimal("10.00")));
		assertThat(shares(fields)).isEmpty();
		// Saving again over the values now shown is deliberate, and goes through.
		Map<Long, String> current = versions(page);
		assertThat(current.get(fitness.id())).isNotEqualTo(seen.get(fitness.id()));
		this.mvc
			.perform(save("tyj").param(version(fitness), current.get(fitness.id()))
				.param(version(fields), current.get(fields.id()))
				.param(cell(fitness, lunan), "20")
				.param(cell(fitness, lubei), "4")
				.param(cell(fields, lunan), "7"))
			.andExpect(redirectedUrl("/allocations"));
		assertThat(shares(fitness)).containsOnly(Map.entry(lunan, new BigDecimal("20.00")),
				Map.entry(lubei, new BigDecimal("4.00")));
		assertThat(shares(fields)).containsOnly(Map.entry(lunan, new BigDecimal("7.00")));
	}

	@Test
	void onlyDepartmentsAndTheCoordinatorReachTheGrid() throws Exception {
		this.mvc.perform(get("/allocations").with(PortalUsers.user("lunan"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/allocations").with(PortalUsers.user("leader"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/allocations").with(PortalUsers.user("admin"))).andExpect(status().isForbidden());
		IndicatorView parks = indicator("tyj", 0);
		this.mvc.perform(save("lunan").param(version(parks), "x").param(cell(parks, unit("lunan")), "16"))
			.andExpect(status().isForbidden());
		assertThat(shares(parks)).isEmpty();
		assertThat(this.mvc.perform(get("/").with(PortalUsers.user("lunan")))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain("href=\"/allocations\"");
	}

	@Test
	void departmentCannotSplitAnotherDepartmentsIndicator() throws Exception {
		IndicatorView schools = indicator("jyj", 0);
		IndicatorView housing = indicator("zjj", 0);
		Long lunan = unit("lunan");
		Integer before = this.jdbc.queryForObject("select count(*) from allocation where indicator_id = ?",
				Integer.class, schools.id());
		Map<Long, String> zjj = versions(page("zjj"));
		this.mvc
			.perform(save("zjj").param(version(housing), zjj.get(housing.id()))
				.param(cell(housing, lunan), "")
				.param(cell(schools, lunan), "8"))
			.andExpect(status().isForbidden());
		this.mvc.perform(save("zjj").param(version(schools), "x")).andExpect(status().isForbidden());
		// Nor give a share of its own indicator to another department.
		this.mvc
			.perform(save("zjj").param(version(housing), zjj.get(housing.id())).param(cell(housing, unit("jyj")), "8"))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select count(*) from allocation where indicator_id = ?", Integer.class,
				schools.id()))
			.isEqualTo(before);
		assertThat(this.jdbc.queryForObject("select count(*) from allocation where indicator_id = ? and unit_id = ?",
				Integer.class, housing.id(), unit("jyj")))
			.isZero();
	}

	private String page(String username) throws Exception {
		return this.mvc.perform(get("/allocations").with(PortalUsers.user(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static MockHttpServletRequestBuilder save(String username) {
		return post("/allocations").with(PortalUsers.user(username)).with(csrf());
	}

	private static String cell(IndicatorView indicator, Long unitId) {
		return "a[" + indicator.id() + "_" + unitId + "]";
	}

	private static String version(IndicatorView indicator) {
		return "v[" + indicator.id() + "]";
	}

	private static Map<Long, String> versions(String page) {
		Map<Long, String> versions = new HashMap<>();
		Matcher matcher = VERSION.matcher(page);
		while (matcher.find()) {
			versions.put(Long.valueOf(matcher.group(1)), matcher.group(2));
		}
		return versions;
	}

	private static void assertNextTo(String page, IndicatorView indicator, Long unitId, String typed, String message) {
		String id = "a-" + indicator.id() + "-" + unitId;
		Matcher field = Pattern
			.compile("<input [^>]*id=\"" + id + "\"[^>]*>\\s*<div class=\"invalid-feedback\" id=\"" + id + "-note\">"
					+ message + "</div>")
			.matcher(page);
		assertThat(field.find()).as("%s shown next to %s", message, id).isTrue();
		assertThat(field.group()).contains("value=\"" + typed + "\"", "is-invalid", "aria-invalid=\"true\"",
				"aria-describedby=\"" + id + "-note\"");
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}

	private Map<Long, BigDecimal> shares(IndicatorView indicator) {
		Map<Long, BigDecimal> shares = new HashMap<>();
		this.jdbc.queryForList("select unit_id, amount from allocation where indicator_id = ?", indicator.id())
			.forEach((row) -> shares.put(((Number) row.get("unit_id")).longValue(), (BigDecimal) row.get("amount")));
		return shares;
	}

	private List<Tuple> audit(IndicatorView indicator) {
		return this.jdbc.query(
				"select target_unit_id, old_value, new_value, username from audit_entry where action = 'ALLOCATION_CHANGED' "
						+ "and report_id is null and indicator_id = ? order by id",
				(rs, n) -> tuple(rs.getLong("target_unit_id"), rs.getString("old_value"), rs.getString("new_value"),
						rs.getString("username")),
				indicator.id());
	}

	private Long unit(String code) {
		return this.units.findByCode(code).orElseThrow().id();
	}

	/**
	 * The n-th quantitative indicator of the projects a unit leads, in plan order.
	 */
	private IndicatorView indicator(String leadCode, int n) {
		return quantitative(leadCode).get(n);
	}

	private List<Long> indicatorIds(String... leadCodes) {
		return List.of(leadCodes).stream().flatMap((c) -> quantitative(c).stream()).map(IndicatorView::id).toList();
	}

	private List<IndicatorView> quantitative(String leadCode) {
		return this.plans.currentOverview()
			.orElseThrow()
			.projects()
			.stream()
			.filter((p) -> p.leads().stream().anyMatch((u) -> u.code().equals(leadCode)))
			.flatMap((ProjectView p) -> p.indicators().stream())
			.filter(IndicatorView::isQuantitative)
			.toList();
	}

}
