package cn.tangshan.minsheng.plan;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.tangshan.minsheng.PortalTest;
import cn.tangshan.minsheng.org.UnitType;
import cn.tangshan.minsheng.org.UnitView;
import cn.tangshan.minsheng.org.Units;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@PortalTest
class PlanImporterTests {

	@Autowired
	PlanCatalog catalog;

	@Autowired
	PlanImporter importer;

	@Autowired
	Units units;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void migrationsCreateTheSchemaFromEmpty() {
		assertThat(this.jdbc.queryForObject(
				"select count(*) from flyway_schema_history where success and version is not null", Integer.class))
			.isGreaterThanOrEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from information_schema.tables where table_schema = 'public' and table_name in "
						+ "('unit', 'plan', 'project_group', 'project', 'project_lead', 'indicator', 'user_account')",
				Integer.class))
			.isEqualTo(7);
	}

	@Test
	void shippedPlanIsLoadedOnFirstStart() {
		PlanOverview overview = this.catalog.currentOverview().orElseThrow();
		assertThat(overview.plan().year()).isEqualTo(2024);
		assertThat(overview.plan().documentNumber()).isEqualTo("唐政办字〔2024〕10号");
		assertThat(overview.plan().basicCompletionDue()).hasToString("2024-10-31");
		assertThat(overview.plan().fullCompletionDue()).hasToString("2024-12-31");
		assertThat(overview.groups()).extracting(GroupView::name).containsExactly("省达19项民生工程", "市人民代表大会票决确定的6项民生工程");
		assertThat(overview.groups().get(0).projects()).hasSize(19);
		assertThat(overview.groups().get(1).projects()).hasSize(6);
		assertThat(overview.projects()).hasSize(25);
		assertThat(overview.indicatorCount(IndicatorKind.QUANTITATIVE)).isEqualTo(31);
		assertThat(overview.indicatorCount(IndicatorKind.MILESTONE)).isEqualTo(10);
		assertThat(this.units.ofType(UnitType.DEPARTMENT)).hasSize(17);
		assertThat(this.units.ofType(UnitType.COUNTY)).extracting(UnitView::name)
			.containsExactly("路南区", "路北区", "古冶区", "开平区", "丰南区", "丰润区", "曹妃甸区", "遵化市", "迁安市", "滦州市", "滦南县", "乐亭县", "迁西县",
					"玉田县", "芦台经济开发区", "汉沽管理区", "唐山高新技术产业开发区", "唐山海港经济开发区");
	}

	@Test
	void targetsUnitsAndQualifiersAreExact() {
		assertThat(indicator("1-1", "建成棚改安置房")).satisfies(target("15593", "套", null));
		assertThat(indicator("1-5", "校舍面积")).satisfies(target("40699", "平方米", null));
		assertThat(indicator("1-13", "失业人员再就业")).satisfies(target("22971", "人", null));
		assertThat(indicator("1-17", "文化进基层惠民演出")).satisfies(target("1677", "场", null));
		assertThat(indicator("1-8", "新增普惠托位")).satisfies(target("230", "个", Qualifier.ABOUT));
		assertThat(indicator("1-9", "脊柱侧弯筛查")).satisfies(target("950000", "名", Qualifier.APPROXIMATELY));
		assertThat(indicator("1-11", "新增养老护理员持证人员")).satisfies(target("450", "人", Qualifier.AT_LEAST));
		assertThat(indicator("2-1", "高水平赛事活动")).satisfies(target("100", "场次", Qualifier.AT_LEAST));
		assertThat(indicator("2-4", "新开工充电站")).satisfies(target("80", "座", null));
		assertThat(project("1-14").indicators()).hasSize(8);
		assertThat(project("1-7").indicators()).singleElement()
			.satisfies((i) -> assertThat(i.kind()).isEqualTo(IndicatorKind.MILESTONE));
	}

	@Test
	void descriptionsAreSimplifiedAndMended() {
		ProjectView hpv = project("2-5");
		assertThat(hpv.description()).startsWith("科学有序地引导14周岁在校适龄女童").doesNotContain("?");
		assertThat(project("1-19").name()).isEqualTo("“唐山福嫂·燕赵家政”提质扩容工程");
		assertThat(project("1-14").description()).contains("为1100名残疾儿童提供康复救助").doesNotContain("殘");
		assertThat(project("1-19").leads()).extracting(UnitView::shortName).containsExactly("市妇联", "市发改委");
		assertThat(project("1-1").leads()).extracting(UnitView::name).containsExactly("市住房和城乡建设局");
	}

	@Test
	void loadingTheSamePlanAgainDuplicatesNothing() throws Exception {
		int projects = count("project");
		int units = count("unit");
		try (InputStream in = new ClassPathResource("plans/tangshan-2024.yml").getInputStream()) {
			PlanImporter.ImportResult result = this.importer.importPlan(in);
			assertThat(result.alreadyPresent()).isTrue();
		}
		assertThat(count("project")).isEqualTo(projects);
		assertThat(count("unit")).isEqualTo(units);
		assertThat(count("plan")).isEqualTo(1);
	}

	@Test
	void nextYearsPlanIsImportedThroughTheSameImporter() {
		String yaml = """
				plan:
				  year: 2031
				  title: 唐山市2031年民生工程实施方案
				  basicCompletionDue: 2031-10-31
				  fullCompletionDue: 2031-12-31
				  coordinator: fgw
				units:
				  counties:
				    - { code: lyd, name: 唐山国际旅游岛, shortName: 国际旅游岛 }
				groups:
				  - no: 1
				    name: 试点工程
				    projects:
				      - no: 1
				        name: 测试工程
				        description: 新建测试设施10处。
				        leads: [zjj]
				        indicators:
				          - { name: 新建测试设施, target: 10.5, unit: 处, qualifier: 以上 }
				          - { name: 测试里程碑, milestone: true }
				""";
		PlanImporter.ImportResult result = this.importer.importPlan(stream(yaml));
		assertThat(result).isEqualTo(new PlanImporter.ImportResult(2031, 1, 1, 2, false));
		assertThat(this.units.findByCode("lyd")).get().extracting(UnitView::type).isEqualTo(UnitType.COUNTY);
		assertThat(this.jdbc.queryForObject("select target from indicator where name = '新建测试设施'", BigDecimal.class))
			.isEqualByComparingTo("10.5");
		// Clean up: the rest of the suite works on the 2024 plan.
		this.jdbc.update("delete from indicator where project_id in (select p.id from project p join project_group g "
				+ "on p.group_id = g.id join plan pl on g.plan_id = pl.id where pl.plan_year = 2031)");
		this.jdbc
			.update("delete from project_lead where project_id in (select p.id from project p join project_group g "
					+ "on p.group_id = g.id join plan pl on g.plan_id = pl.id where pl.plan_year = 2031)");
		this.jdbc.update("delete from project where group_id in (select g.id from project_group g join plan pl "
				+ "on g.plan_id = pl.id where pl.plan_year = 2031)");
		this.jdbc.update("delete from project_group where plan_id in (select id from plan where plan_year = 2031)");
		this.jdbc.update("delete from plan where plan_year = 2031");
		this.jdbc.update("delete from unit where code = 'lyd'");
	}

	@Test
	void malformedValueIsReportedWithItsLineAndPath() {
		String yaml = """
				plan:
				  year: 2032
				  title: 坏文件
				  basicCompletionDue: 2032-10-31
				  fullCompletionDue: 2032-12-31
				  coordinator: fgw
				units:
				  counties:
				    - { code: newcounty, name: 新县, shortName: 新县 }
				groups:
				  - no: 1
				    name: 组
				    projects:
				      - no: 1
				        name: 工程
				        description: 说明
				        leads: [zjj]
				        indicators:
				          - { name: 指标, target: 十五, unit: 个 }
				""";
		assertThatExceptionOfType(PlanFileException.class).isThrownBy(() -> this.importer.importPlan(stream(yaml)))
			.satisfies((ex) -> {
				assertThat(ex.getLine()).isEqualTo(19);
				assertThat(ex.getPath()).isEqualTo("groups[1].projects[1].indicators[1].target");
				assertThat(ex.getMessage()).contains("第19行").contains("“十五”不是有效的目标值");
			});
		assertThat(this.units.findByCode("newcounty")).isEmpty();
		assertThat(count("plan")).isEqualTo(1);
	}

	@Test
	void otherMalformedFilesNameThePlace() {
		assertThat(failure("plan:\n  year: 2033\n  title: x\n")).contains("第2行").contains("缺少必填项“coordinator”");
		assertThat(failure("plan: [unclosed\n")).contains("格式错误（YAML）");
		assertThat(failure("")).isEqualTo("计划文件为空");
		String unknownLead = """
				plan: { year: 2034, title: x, basicCompletionDue: 2034-10-31, fullCompletionDue: 2034-12-31, coordinator: fgw }
				groups:
				  - no: 1
				    name: 组
				    projects:
				      - { no: 1, name: 工程, description: 说明, leads: [nosuch], indicators: [ { name: a, milestone: true } ] }
				""";
		assertThat(failure(unknownLead)).contains("第6行")
			.contains("groups[1].projects[1].leads[1]")
			.contains("“nosuch”未定义");
		String badQualifier = """
				plan: { year: 2035, title: x, basicCompletionDue: 2035-10-31, fullCompletionDue: 2035-12-31, coordinator: fgw }
				groups:
				  - no: 1
				    name: 组
				    projects:
				      - no: 1
				        name: 工程
				        description: 说明
				        leads: [zjj]
				        indicators: [ { name: a, target: 5, unit: 个, qualifier: 大约 } ]
				""";
		assertThat(failure(badQualifier)).contains("第10行").contains("限定词“大约”无效");
	}

	private String failure(String yaml) {
		try {
			this.importer.importPlan(stream(yaml));
		}
		catch (PlanFileException ex) {
			return ex.getMessage();
		}
		throw new AssertionError("Expected the plan file to be rejected");
	}

	private static InputStream stream(String yaml) {
		return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

	private ProjectView project(String code) {
		return this.catalog.currentOverview()
			.orElseThrow()
			.projects()
			.stream()
			.filter((p) -> p.code().equals(code))
			.findFirst()
			.orElseThrow();
	}

	private IndicatorView indicator(String projectCode, String name) {
		List<IndicatorView> indicators = project(projectCode).indicators();
		return indicators.stream().filter((i) -> i.name().equals(name)).findFirst().orElseThrow();
	}

	private static java.util.function.Consumer<IndicatorView> target(String target, String unit, Qualifier qualifier) {
		return (i) -> {
			assertThat(i.kind()).isEqualTo(IndicatorKind.QUANTITATIVE);
			assertThat(i.targetText()).isEqualTo(target);
			assertThat(i.measureUnit()).isEqualTo(unit);
			assertThat(i.qualifier()).isEqualTo(qualifier);
		};
	}

}
