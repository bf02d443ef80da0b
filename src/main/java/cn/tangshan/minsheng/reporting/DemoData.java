package cn.tangshan.minsheng.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tangshan.minsheng.org.UnitType;
import cn.tangshan.minsheng.org.UnitView;
import cn.tangshan.minsheng.org.Units;
import cn.tangshan.minsheng.plan.IndicatorView;
import cn.tangshan.minsheng.plan.PlanCatalog;
import cn.tangshan.minsheng.plan.PlanOverview;
import cn.tangshan.minsheng.plan.ProjectView;
import cn.tangshan.minsheng.progress.ReportingDeadline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dev default's demo data, so that a first {@code ./mvnw spring-boot:run} shows a
 * living system: every quantitative indicator split across the counties (one split left a
 * unit short, to show the warning), approved reports for the closed months with counties
 * at different paces, the open month half reviewed-to-be, drafts, one returned report,
 * late and missing reports and extensions. Deterministic (arithmetic, no randomness);
 * loaded once, in one transaction, with batch inserts; a database that already has an
 * allocation is left alone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
@ConditionalOnProperty(name = "portal.demo.data", havingValue = "true")
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	/** When the departments split their targets. */
	private static final LocalDateTime ALLOCATED_AT = LocalDateTime.of(2024, 2, 20, 16, 30);

	/** The one split left one unit short of the city target: 改造户厕 (project 1-6). */
	private static final String SHORT_PROJECT = "1-6";

	private static final int SHORT_POSITION = 1;

	/** Submits the last two closed months late, each under an extension. */
	private static final String LATE_COUNTY = "hangu";

	/** The county and project whose open-month report came back to be corrected. */
	private static final String RETURNED_COUNTY = "lunan";

	private static final String RETURNED_PROJECT = "1-1";

	private static final String RETURN_REASON = "棚改安置房累计数与台账不一致，请核实后重新报送。";

	/**
	 * (county, project) with no report for the last closed month; the county has an
	 * extension.
	 */
	private static final String MISSING_COUNTY = "lutai";

	private static final String MISSING_PROJECT = "1-10";

	/** (county, project) with no report for March. */
	private static final String MISSING_MARCH_COUNTY = "gaoxin";

	private static final String MISSING_MARCH_PROJECT = "1-17";

	/** Departments' own reports in the open month: (unit code/project code) → status. */
	private static final Map<String, ReportStatus> DEPARTMENTS_OPEN = Map.of("wjw/1-7", ReportStatus.SUBMITTED,
			"mzj/1-12", ReportStatus.DRAFT);

	private static final Set<String> DECIMAL_UNITS = Set.of("公里", "平方米");

	/**
	 * How a county weighs in the splits (population, urban and rural weights), how fast
	 * it works (1 = on schedule), and how far it got with the open month.
	 */
	private record County(int people, int urban, int rural, double pace, OpenMonth open) {
	}

	private enum OpenMonth {

		SUBMITTED, PARTLY_SUBMITTED, FEW_DRAFTS, NOT_STARTED

	}

	private static final County OTHER_COUNTY = new County(20, 3, 3, 1.0, OpenMonth.NOT_STARTED);

	// @formatter:off
	private static final Map<String, County> COUNTIES = Map.ofEntries(
			Map.entry("lunan", new County(50, 12, 0, 1.04, OpenMonth.SUBMITTED)),
			Map.entry("lubei", new County(85, 14, 0, 1.12, OpenMonth.SUBMITTED)),
			Map.entry("guye", new County(33, 6, 2, 0.98, OpenMonth.SUBMITTED)),
			Map.entry("kaiping", new County(28, 5, 2, 0.96, OpenMonth.FEW_DRAFTS)),
			Map.entry("fengnan", new County(55, 6, 8, 1.08, OpenMonth.SUBMITTED)),
			Map.entry("fengrun", new County(80, 7, 9, 1.02, OpenMonth.SUBMITTED)),
			Map.entry("caofeidian", new County(40, 5, 6, 1.14, OpenMonth.SUBMITTED)),
			Map.entry("zunhua", new County(70, 5, 10, 1.00, OpenMonth.SUBMITTED)),
			Map.entry("qianan", new County(75, 6, 9, 1.18, OpenMonth.SUBMITTED)),
			Map.entry("luanzhou", new County(55, 4, 8, 0.97, OpenMonth.PARTLY_SUBMITTED)),
			Map.entry("luannan", new County(55, 3, 8, 1.00, OpenMonth.SUBMITTED)),
			Map.entry("laoting", new County(48, 3, 7, 0.62, OpenMonth.NOT_STARTED)),
			Map.entry("qianxi", new County(36, 2, 6, 0.58, OpenMonth.NOT_STARTED)),
			Map.entry("yutian", new County(66, 4, 9, 1.06, OpenMonth.FEW_DRAFTS)),
			Map.entry("lutai", new County(10, 2, 1, 0.95, OpenMonth.NOT_STARTED)),
			Map.entry("hangu", new County(6, 1, 1, 0.66, OpenMonth.NOT_STARTED)),
			Map.entry("gaoxin", new County(20, 4, 0, 1.10, OpenMonth.NOT_STARTED)),
			Map.entry("haigang", new County(8, 2, 1, 0.28, OpenMonth.NOT_STARTED)));
	// @formatter:on

	private enum Weight {

		PEOPLE, URBAN, RURAL

	}

	/**
	 * How a project's targets are split (which county weight, what share stays 市本级) and
	 * what its reports say it did.
	 */
	private record Profile(Weight weight, double cityShare, String progress) {
	}

	private static final Profile OTHER_PROJECT = new Profile(Weight.PEOPLE, 0, "各项工作按计划有序推进。");

	// @formatter:off
	private static final Map<String, Profile> PROJECTS = Map.ofEntries(
			Map.entry("1-1", new Profile(Weight.URBAN, 0.05, "安置房项目主体施工有序推进，室外配套工程同步实施。")),
			Map.entry("1-2", new Profile(Weight.URBAN, 0, "已完成楼体保温和管网改造，正在推进道路硬化和绿化提升。")),
			Map.entry("1-3", new Profile(Weight.URBAN, 0, "公园选址和设计方案已确定，正在进行园路铺装和绿化种植。")),
			Map.entry("1-4", new Profile(Weight.RURAL, 0, "路基、路面工程同步施工，沿线安全防护设施正在安装。")),
			Map.entry("1-5", new Profile(Weight.PEOPLE, 0, "新建校舍主体结构施工中，改扩建项目已进入室内装修阶段。")),
			Map.entry("1-6", new Profile(Weight.RURAL, 0, "户厕改造按照“先建后验、以奖代补”推进，公厕建设已完成选址。")),
			Map.entry("1-7", new Profile(Weight.PEOPLE, 0, "产前基因筛查服务覆盖全部助产机构，孕妇应筛尽筛工作有序开展。")),
			Map.entry("1-8", new Profile(Weight.PEOPLE, 0.1, "新增托位场地已落实，托育机构正在办理备案和配置设施。")),
			Map.entry("1-9", new Profile(Weight.PEOPLE, 0, "筛查工作在各中小学陆续开展，电子健康档案同步建立。")),
			Map.entry("1-10", new Profile(Weight.PEOPLE, 0, "已完成入户评估，适老化改造分批组织施工。")),
			Map.entry("1-11", new Profile(Weight.PEOPLE, 0.2, "养老护理员培训班已开班，职业技能等级认定按计划组织。")),
			Map.entry("1-12", new Profile(Weight.PEOPLE, 0, "困难群众动态排查持续开展，救助资金按月足额发放。")),
			Map.entry("1-13", new Profile(Weight.PEOPLE, 0.1, "举办线上线下招聘活动，重点帮扶失业人员实现再就业。")),
			Map.entry("1-14", new Profile(Weight.PEOPLE, 0.05, "康复救助和基本康复服务有序开展，辅具适配持续推进。")),
			Map.entry("1-15", new Profile(Weight.PEOPLE, 0, "救助对象摸排完成，救助金审核发放有序推进。")),
			Map.entry("1-16", new Profile(Weight.PEOPLE, 0.2, "法律援助工作站覆盖乡镇（街道），援助案件及时受理指派。")),
			Map.entry("1-17", new Profile(Weight.PEOPLE, 0.15, "惠民演出按照“送戏下乡”计划在各乡镇轮流开展。")),
			Map.entry("1-18", new Profile(Weight.PEOPLE, 0, "体育公园建设方案已确定，新型健身器材正在安装调试。")),
			Map.entry("1-19", new Profile(Weight.PEOPLE, 0.1, "家政基地星级评定工作已启动，家政进社区活动陆续开展。")),
			Map.entry("2-1", new Profile(Weight.PEOPLE, 0.4, "已举办多项群众性体育赛事，重点赛事筹备工作有序推进。")),
			Map.entry("2-2", new Profile(Weight.PEOPLE, 0, "急救站点布局持续优化，急救车辆和设备采购按计划推进。")),
			Map.entry("2-3", new Profile(Weight.PEOPLE, 0, "巨灾保险方案已落地，宣传和理赔服务机制持续完善。")),
			Map.entry("2-4", new Profile(Weight.URBAN, 0.3, "充电站选址和电力接入手续办理中，已开工站点正在施工。")),
			Map.entry("2-5", new Profile(Weight.PEOPLE, 0, "适龄女童摸底登记完成，HPV疫苗接种有序开展。")),
			Map.entry("2-6", new Profile(Weight.PEOPLE, 0, "医疗援助申请受理和审核工作有序开展。")));
	// @formatter:on

	private static final List<String> PROBLEMS = List.of("部分点位受天气影响，施工进度略有放缓。", "个别项目前期手续办理周期较长。", "项目资金需进一步加快拨付。",
			"基层工作人员力量相对不足。", "暂无突出问题。");

	private static final List<String> LAGGING_PROBLEMS = List.of("项目开工较晚，整体进度落后于序时进度。", "配套资金尚未完全到位，影响施工进度。",
			"部分群众意愿不统一，协调工作量较大。");

	private static final List<String> NEXT_STEPS = List.of("加强调度，倒排工期，确保按期完成年度任务。", "加快资金拨付，强化质量安全监管。",
			"加强宣传引导，及时做好台账整理和资料归档。", "对照序时进度查漏补缺，确保进度稳步提升。");

	private static final List<String> LAGGING_NEXT_STEPS = List.of("成立工作专班集中攻坚，力争尽快赶上序时进度。", "逐项目明确责任人和时间节点，每周调度一次进展。");

	private final JdbcTemplate jdbc;

	private final PlanCatalog plans;

	private final Units units;

	private final Assignments assignments;

	private final ReportingCalendar calendar;

	DemoData(JdbcTemplate jdbc, PlanCatalog plans, Units units, Assignments assignments, ReportingCalendar calendar) {
		this.jdbc = jdbc;
		this.plans = plans;
		this.units = units;
		this.assignments = assignments;
		this.calendar = calendar;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (Boolean.TRUE.equals(this.jdbc.queryForObject("select exists (select 1 from allocation)", Boolean.class))) {
			return;
		}
		PlanOverview plan = this.plans.currentOverview().orElse(null);
		if (plan == null) {
			return;
		}
		long started = System.nanoTime();
		Context context = new Context(plan, userIds(), this.units.ofType(UnitType.COUNTY),
				this.units.ofType(UnitType.DEPARTMENT), this.calendar.currentMonth(),
				this.calendar.now().truncatedTo(ChronoUnit.MINUTES), this.calendar.zone());
		int allocations = insertAllocations(context);
		List<ReportRow> reports = reports(context);
		int values = insertReports(reports);
		int extensions = insertExtensions(context);
		log.info("Loaded demo data in {} ms: {} allocations, {} reports with {} values, {} extensions",
				Duration.ofNanos(System.nanoTime() - started).toMillis(), allocations, reports.size(), values,
				extensions);
	}

	/**
	 * The demo user of each unit: the one whose username is the unit's code.
	 */
	private Map<String, Long> userIds() {
		Map<String, Long> ids = new HashMap<>();
		this.jdbc.query(
				"select u.code, a.id from user_account a join unit u on u.id = a.unit_id where a.username = u.code",
				(rs) -> {
					ids.put(rs.getString(1), rs.getLong(2));
				});
		return ids;
	}

	private int insertAllocations(Context context) {
		OffsetDateTime at = offset(ALLOCATED_AT.atZone(context.zone()).toInstant(), context.zone());
		List<Object[]> rows = new ArrayList<>();
		for (ProjectView project : context.plan().projects()) {
			if (project.leads().isEmpty()) {
				continue;
			}
			UnitView lead = project.leads().get(0);
			Profile profile = profile(project);
			for (IndicatorView indicator : project.indicators()) {
				if (!indicator.isQuantitative()) {
					continue;
				}
				int scale = scale(indicator);
				long total = indicator.target().movePointRight(scale).longValueExact();
				long city = Math.round(total * profile.cityShare());
				int[] weights = context.counties()
					.stream()
					.mapToInt((c) -> weight(county(c), profile.weight()))
					.toArray();
				long[] parts = split(total - city, weights);
				if (project.code().equals(SHORT_PROJECT) && indicator.position() == SHORT_POSITION) {
					parts[largest(parts)] -= BigDecimal.ONE.movePointRight(scale).longValueExact();
				}
				Long by = context.users().get(lead.code());
				// No share is a blank cell in the split, not a zero.
				for (int i = 0; i < parts.length; i++) {
					if (parts[i] > 0) {
						rows.add(new Object[] { indicator.id(), context.counties().get(i).id(),
								BigDecimal.valueOf(parts[i], scale), by, at });
					}
				}
				if (city > 0) {
					rows.add(new Object[] { indicator.id(), lead.id(), BigDecimal.valueOf(city, scale), by, at });
				}
			}
		}
		this.jdbc.batchUpdate("""
				insert into allocation (indicator_id, unit_id, amount, updated_by, updated_at, version)
				values (?, ?, ?, ?, ?, 0)""", rows,
				new int[] { Types.BIGINT, Types.BIGINT, Types.NUMERIC, Types.BIGINT, Types.TIMESTAMP_WITH_TIMEZONE });
		return rows.size();
	}

	/**
	 * Every report: approved for the closed months of the plan year, a mix for the open
	 * one. Reads who reports what from {@link Assignments}, over the splits just stored.
	 */
	private List<ReportRow> reports(Context context) {
		List<ReportRow> rows = new ArrayList<>();
		List<UnitView> all = new ArrayList<>(context.counties());
		all.addAll(context.departments());
		for (int u = 0; u < all.size(); u++) {
			UnitView unit = all.get(u);
			County county = unit.isCounty() ? county(unit) : null;
			Map<ProjectView, List<Assignments.Task>> reported = this.assignments.of(unit, context.plan());
			int k = 0;
			for (Map.Entry<ProjectView, List<Assignments.Task>> entry : reported.entrySet()) {
				ProjectView project = entry.getKey();
				Work work = new Work(unit, u, county, project, k, reported.size(), entry.getValue());
				for (int m = 1; m < context.open().getMonthValue(); m++) {
					YearMonth month = YearMonth.of(context.open().getYear(), m);
					if (!missing(work, month, context)) {
						rows.add(approved(work, month, context));
					}
				}
				ReportStatus open = openStatus(work);
				if (open != null) {
					rows.add(openReport(work, open, context));
				}
				k++;
			}
		}
		return rows;
	}

	private static boolean missing(Work work, YearMonth month, Context context) {
		String unit = work.unit().code();
		String project = work.project().code();
		return (unit.equals(MISSING_COUNTY) && project.equals(MISSING_PROJECT)
				&& month.equals(context.open().minusMonths(1)))
				|| (unit.equals(MISSING_MARCH_COUNTY) && project.equals(MISSING_MARCH_PROJECT)
						&& month.getMonthValue() == 3);
	}

	private ReportRow approved(Work work, YearMonth month, Context context) {
		int seed = work.u() * 7 + work.k() * 3 + month.getMonthValue();
		Instant deadline = context.deadline(month);
		Instant submitted;
		if (lateMonth(work.unit(), month, context)) {
			submitted = deadline.plus(Duration.ofHours(2 * 24 + 10).plusMinutes(seed % 50));
		}
		else {
			int day = 1 + seed % 5;
			LocalDateTime at = month.plusMonths(1).atDay(day).atTime(9 + seed % 9, (seed * 13) % 60);
			submitted = at.atZone(context.zone()).toInstant();
		}
		submitted = past(submitted, context);
		Instant reviewed = past(submitted.plus(Duration.ofHours(20 + seed % 6).plusMinutes(seed % 37)), context);
		ReportRow row = row(work, month, ReportStatus.APPROVED, context);
		row.firstSubmittedAt = submitted;
		row.submittedAt = submitted;
		row.submittedBy = context.users().get(work.unit().code());
		row.late = submitted.isAfter(deadline);
		row.reviewedAt = reviewed;
		row.reviewedBy = reviewer(work, context);
		row.updatedAt = reviewed;
		row.updatedBy = row.reviewedBy;
		return row;
	}

	private static ReportStatus openStatus(Work work) {
		if (work.county() == null) {
			return DEPARTMENTS_OPEN.get(work.unit().code() + "/" + work.project().code());
		}
		return switch (work.county().open()) {
			case SUBMITTED ->
				(work.unit().code().equals(RETURNED_COUNTY) && work.project().code().equals(RETURNED_PROJECT))
						? ReportStatus.RETURNED : ReportStatus.SUBMITTED;
			case PARTLY_SUBMITTED -> (work.k() < work.projects() / 2) ? ReportStatus.SUBMITTED
					: (work.k() < work.projects() / 2 + 2) ? ReportStatus.DRAFT : null;
			case FEW_DRAFTS -> (work.k() < 2) ? ReportStatus.DRAFT : null;
			case NOT_STARTED -> null;
		};
	}

	private ReportRow openReport(Work work, ReportStatus status, Context context) {
		int seed = work.u() * 5 + work.k() * 3;
		ReportRow row = row(work, context.open(), status, context);
		Long reporter = context.users().get(work.unit().code());
		if (status == ReportStatus.DRAFT) {
			row.problemsText = null;
			row.nextStepsText = null;
			row.updatedAt = context.now().minus(Duration.ofHours(1 + seed % 20).plusMinutes(seed % 47));
			row.updatedBy = reporter;
			return row;
		}
		Instant submitted = context.now().minus(Duration.ofHours(3 + seed % 46).plusMinutes(seed % 53));
		row.firstSubmittedAt = submitted;
		row.submittedAt = submitted;
		row.submittedBy = reporter;
		row.late = submitted.isAfter(context.deadline(context.open()));
		row.updatedAt = submitted;
		row.updatedBy = reporter;
		if (status == ReportStatus.RETURNED) {
			row.reviewedAt = submitted.plus(Duration.ofHours(2)).isBefore(context.now())
					? submitted.plus(Duration.ofHours(2)) : context.now();
			row.reviewedBy = reviewer(work, context);
			row.returnReason = RETURN_REASON;
			row.updatedAt = row.reviewedAt;
			row.updatedBy = row.reviewedBy;
		}
		return row;
	}

	/**
	 * A report with its figures and texts; the workflow fields are the caller's.
	 */
	private static ReportRow row(Work work, YearMonth month, ReportStatus status, Context context) {
		ReportRow row = new ReportRow(work.unit().id(), work.project().id(), month, status);
		double pace = (work.county() != null) ? work.county().pace() : 1.0;
		StringBuilder progress = new StringBuilder("截至").append(month.getMonthValue()).append("月底，");
		for (int i = 0; i < work.tasks().size(); i++) {
			Assignments.Task task = work.tasks().get(i);
			IndicatorView indicator = task.indicator();
			// ±4% per unit and indicator, so that no two lines move in lockstep.
			int salt = work.u() * 7 + work.project().number() * 5 + indicator.position() * 13;
			double jitter = (salt % 9 - 4) / 100.0;
			double done = done(month.getMonthValue(), pace * (1 + jitter));
			if (indicator.isQuantitative()) {
				// A fixed phase per line instead of rounding half up, so that a county's
				// single park is not always counted done at 50% (nor never): averages
				// over many small tasks stay true to the pace.
				double phase = (salt * 37 % 100) / 100.0;
				BigDecimal cumulative = task.allocation()
					.multiply(BigDecimal.valueOf(done))
					.movePointRight(scale(indicator))
					.add(BigDecimal.valueOf(phase))
					.setScale(0, RoundingMode.FLOOR)
					.movePointLeft(scale(indicator))
					.setScale(2);
				row.values.add(new ValueRow(indicator.id(), cumulative, null));
				if (i == 0 && cumulative.signum() == 0) {
					progress.append(indicator.name())
						.append("年度任务")
						.append(Reporting.plain(task.allocation()))
						.append(indicator.measureUnit())
						.append("，尚无完工。");
				}
				else if (i == 0) {
					progress.append(indicator.name())
						.append("累计完成")
						.append(Reporting.plain(cumulative))
						.append(indicator.measureUnit())
						.append("，占年度任务的")
						.append(percent(cumulative, task.allocation()))
						.append("%。");
				}
			}
			else {
				BigDecimal percent = BigDecimal.valueOf(Math.round(done * 100)).setScale(2);
				row.values.add(new ValueRow(indicator.id(), null, percent));
				if (i == 0) {
					progress.append("自评完成").append(Reporting.plain(percent)).append("%。");
				}
			}
		}
		progress.append(profile(work.project()).progress());
		int pick = work.u() + work.k() + month.getMonthValue();
		boolean lagging = pace < 0.8;
		row.progressText = progress.toString();
		row.problemsText = pickFrom(lagging ? LAGGING_PROBLEMS : PROBLEMS, pick);
		row.nextStepsText = pickFrom(lagging ? LAGGING_NEXT_STEPS : NEXT_STEPS, pick);
		return row;
	}

	/**
	 * Share of a unit's task done by the end of a month, at a pace of 1 on schedule: a
	 * slow start that meets the schedule (m/10) in May and catches up by October.
	 */
	private static double done(int month, double pace) {
		double scheduled = Math.min(month, 10) / 10.0 * (0.85 + 0.03 * month);
		return Math.max(0, Math.min(1, scheduled * pace));
	}

	private int insertReports(List<ReportRow> reports) {
		List<Object[]> rows = new ArrayList<>();
		ZoneId zone = this.calendar.zone();
		for (ReportRow r : reports) {
			rows.add(new Object[] { r.unitId, r.projectId, r.month.atDay(1), r.status.name(), r.progressText,
					r.problemsText, r.nextStepsText, offset(r.firstSubmittedAt, zone), offset(r.submittedAt, zone),
					r.submittedBy, r.late, offset(r.reviewedAt, zone), r.reviewedBy, r.returnReason,
					offset(r.updatedAt, zone), r.updatedBy });
		}
		this.jdbc.batchUpdate("""
				insert into report (unit_id, project_id, period, status, progress_text, problems_text,
					next_steps_text, first_submitted_at, submitted_at, submitted_by, late, reviewed_at, reviewed_by,
					return_reason, updated_at, updated_by, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", rows,
				new int[] { Types.BIGINT, Types.BIGINT, Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
						Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT,
						Types.BOOLEAN, Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT, Types.VARCHAR,
						Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT });
		Map<String, Long> ids = new HashMap<>();
		this.jdbc.query("select id, unit_id, project_id, period from report", (rs) -> {
			ids.put(key(rs.getLong(2), rs.getLong(3), rs.getObject(4, LocalDate.class)), rs.getLong(1));
		});
		List<Object[]> values = new ArrayList<>();
		for (ReportRow r : reports) {
			Long id = ids.get(key(r.unitId, r.projectId, r.month.atDay(1)));
			for (ValueRow v : r.values) {
				values.add(new Object[] { id, v.indicatorId(), v.cumulative(), v.percent() });
			}
		}
		this.jdbc.batchUpdate("""
				insert into report_value (report_id, indicator_id, cumulative, percent_complete, over_confirmed)
				values (?, ?, ?, ?, false)""", values,
				new int[] { Types.BIGINT, Types.BIGINT, Types.NUMERIC, Types.NUMERIC });
		return values.size();
	}

	/**
	 * The late county's extensions for its two late months (long expired), and the
	 * missing county's current one for the last closed month, a week from now.
	 */
	private int insertExtensions(Context context) {
		Long coordinator = context.users().get(coordinatorCode(context));
		ZoneId zone = context.zone();
		List<Object[]> rows = new ArrayList<>();
		YearMonth lastClosed = context.open().minusMonths(1);
		for (YearMonth month : List.of(lastClosed.minusMonths(1), lastClosed)) {
			UnitView late = find(context.counties(), LATE_COUNTY);
			if (late != null && lateMonth(late, month, context)) {
				Instant deadline = context.deadline(month);
				rows.add(new Object[] { late.id(), month.atDay(1), offset(deadline.plus(Duration.ofDays(5)), zone),
						late.name() + "填报人员调整，" + month.getMonthValue() + "月份报表未能按时报送，经申请同意延期至"
								+ month.plusMonths(1).getMonthValue() + "月10日。",
						coordinator, offset(past(deadline.plus(Duration.ofHours(33)), context), zone) });
			}
		}
		UnitView missing = find(context.counties(), MISSING_COUNTY);
		if (missing != null && lastClosed.getYear() == context.open().getYear()) {
			LocalDate today = LocalDate.ofInstant(context.now(), zone);
			rows.add(new Object[] { missing.id(), lastClosed.atDay(1),
					offset(today.plusDays(8).atStartOfDay(zone).toInstant(), zone),
					missing.name() + lastClosed.getMonthValue() + "月份适老化改造台账补录，经申请同意补报。", coordinator,
					offset(context.now().minus(Duration.ofHours(18)), zone) });
		}
		this.jdbc.batchUpdate("""
				insert into extension (unit_id, period, until, reason, granted_by, granted_at)
				values (?, ?, ?, ?, ?, ?)""", rows, new int[] { Types.BIGINT, Types.DATE, Types.TIMESTAMP_WITH_TIMEZONE,
				Types.VARCHAR, Types.BIGINT, Types.TIMESTAMP_WITH_TIMEZONE });
		return rows.size();
	}

	private static boolean lateMonth(UnitView unit, YearMonth month, Context context) {
		YearMonth lastClosed = context.open().minusMonths(1);
		return unit.code().equals(LATE_COUNTY) && month.getYear() == context.open().getYear()
				&& (month.equals(lastClosed) || month.equals(lastClosed.minusMonths(1)));
	}

	/**
	 * County reports are reviewed by the project's first lead department, departments'
	 * own by the coordinator.
	 */
	private static Long reviewer(Work work, Context context) {
		String code = work.unit().isCounty() ? work.project().leads().get(0).code() : coordinatorCode(context);
		return context.users().get(code);
	}

	private static String coordinatorCode(Context context) {
		Long id = context.plan().plan().coordinatorUnitId();
		return context.departments()
			.stream()
			.filter((d) -> d.id().equals(id))
			.map(UnitView::code)
			.findFirst()
			.orElse("");
	}

	/**
	 * Splits a total over weights by largest remainders, so that the parts add up
	 * exactly.
	 */
	static long[] split(long total, int[] weights) {
		long sum = 0;
		for (int weight : weights) {
			sum += weight;
		}
		long[] parts = new long[weights.length];
		if (sum == 0) {
			return parts;
		}
		long[] remainders = new long[weights.length];
		long left = total;
		for (int i = 0; i < weights.length; i++) {
			parts[i] = total * weights[i] / sum;
			remainders[i] = total * weights[i] % sum;
			left -= parts[i];
		}
		for (; left > 0; left--) {
			int best = 0;
			for (int i = 1; i < weights.length; i++) {
				if (remainders[i] > remainders[best]) {
					best = i;
				}
			}
			parts[best]++;
			remainders[best] = -1;
		}
		return parts;
	}

	private static int largest(long[] parts) {
		int best = 0;
		for (int i = 1; i < parts.length; i++) {
			if (parts[i] > parts[best]) {
				best = i;
			}
		}
		return best;
	}

	private static int weight(County county, Weight weight) {
		return switch (weight) {
			case PEOPLE -> county.people();
			case URBAN -> county.urban();
			case RURAL -> county.rural();
		};
	}

	private static County county(UnitView unit) {
		return COUNTIES.getOrDefault(unit.code(), OTHER_COUNTY);
	}

	private static Profile profile(ProjectView project) {
		return PROJECTS.getOrDefault(project.code(), OTHER_PROJECT);
	}

	/** Whole numbers for 套, 个, 座 …; two decimals for 公里 and 平方米. */
	private static int scale(IndicatorView indicator) {
		return DECIMAL_UNITS.contains(indicator.measureUnit()) ? 2 : 0;
	}

	private static String percent(BigDecimal value, BigDecimal of) {
		return value.multiply(BigDecimal.valueOf(100)).divide(of, 1, RoundingMode.HALF_UP).toPlainString();
	}

	private static String pickFrom(List<String> texts, int index) {
		return texts.get(Math.floorMod(index, texts.size()));
	}

	private static UnitView find(List<UnitView> units, String code) {
		return units.stream().filter((u) -> u.code().equals(code)).findFirst().orElse(null);
	}

	/** Keeps a made-up time from lying in the future of the portal's clock. */
	private static Instant past(Instant at, Context context) {
		Instant latest = context.now().minus(Duration.ofMinutes(1));
		return at.isAfter(latest) ? latest : at;
	}

	private static OffsetDateTime offset(Instant at, ZoneId zone) {
		return (at != null) ? at.atZone(zone).toOffsetDateTime() : null;
	}

	private static String key(Long unitId, Long projectId, LocalDate period) {
		return unitId + ":" + projectId + ":" + period;
	}

	private record Context(PlanOverview plan, Map<String, Long> users, List<UnitView> counties,
			List<UnitView> departments, YearMonth open, Instant now, ZoneId zone) {

		Instant deadline(YearMonth month) {
			return ReportingDeadline.of(month, this.plan.plan().reportDeadlineDay(), this.zone);
		}

	}

	/**
	 * One unit's reporting of one project: u is the unit's index, k the project's index
	 * among the unit's, out of {@code projects}.
	 */
	private record Work(UnitView unit, int u, County county, ProjectView project, int k, int projects,
			List<Assignments.Task> tasks) {
	}

	private record ValueRow(Long indicatorId, BigDecimal cumulative, BigDecimal percent) {
	}

	private static final class ReportRow {

		final Long unitId;

		final Long projectId;

		final YearMonth month;

		final ReportStatus status;

		final List<ValueRow> values = new ArrayList<>();

		String progressText;

		String problemsText;

		String nextStepsText;

		Instant firstSubmittedAt;

		Instant submittedAt;

		Long submittedBy;

		boolean late;

		Instant reviewedAt;

		Long reviewedBy;

		String returnReason;

		Instant updatedAt;

		Long updatedBy;

		ReportRow(Long unitId, Long projectId, YearMonth month, ReportStatus status) {
			this.unitId = unitId;
			this.projectId = projectId;
			this.month = month;
			this.status = status;
		}

	}

}
