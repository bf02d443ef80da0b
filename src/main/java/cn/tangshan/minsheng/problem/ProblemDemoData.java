package cn.tangshan.minsheng.problem;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.plan.PlanCatalog;
import cn.tangshan.minsheng.plan.PlanOverview;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dev default's 问题清单: twelve problems raised by seven counties and two departments,
 * in every state (待分派 2, 办理中 5 of which 2 overdue, 待确认 2, 已销号 3, one closed by the
 * coordinator and one sent back as not solved on the way), for seven responsible
 * departments. Each step is taken through {@link Problems} by the demo account of the
 * unit that takes it, at its own time before the demo clock (2024-07-03), so the numbers,
 * history, notifications and audit are what users would have left; loaded once, marked as
 * demo.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
@ConditionalOnProperty(name = "portal.demo.data", havingValue = "true")
class ProblemDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ProblemDemoData.class);

	private enum Act {

		ASSIGN, ANSWER, CONFIRM, NOT_SOLVED, CLOSE

	}

	/** A step by {@code user}; for ASSIGN {@code unit} is the responsible unit. */
	private record Step(Act act, LocalDateTime at, String user, String text, String unit, LocalDate deadline) {

		static Step assign(LocalDateTime at, String unit, LocalDate deadline, String requirement) {
			return new Step(Act.ASSIGN, at, "fgw", requirement, unit, deadline);
		}

		static Step of(Act act, LocalDateTime at, String user, String text) {
			return new Step(act, at, user, text, null, null);
		}

	}

	private record Demo(String raiser, String project, String kind, String title, String description, String asked,
			LocalDate wantedBy, LocalDateTime raisedAt, List<Step> steps) {
	}

	private static LocalDateTime t(int month, int day, int hour) {
		return LocalDateTime.of(2024, month, day, hour, 0);
	}

	private static LocalDate d(int month, int day) {
		return LocalDate.of(2024, month, day);
	}

	// @formatter:off
	private static final List<Demo> PROBLEMS = List.of(
			new Demo("lunan", "1-1", "用地", "老旧小区改造新建停车场用地未落实",
					"友谊里小区改造计划新建停车场一处，规划地块涉及部分国有划拨用地，权属单位未同意调整，影响项目开工。", "zjj",
					d(6, 20), t(5, 28, 10), List.of(
					Step.assign(t(5, 29, 9), "zjj", d(6, 20), "请市住建局会同相关部门协调地块权属单位，明确用地方案。"),
					Step.of(Act.ANSWER, t(6, 14, 16), "zjj", "已组织权属单位、路南区召开协调会，权属单位同意以临时使用方式提供地块，停车场已于6月12日开工。"),
					Step.of(Act.CONFIRM, t(6, 17, 10), "lunan", "问题已解决，同意销号。"))),
			new Demo("fengrun", "1-4", "资金", "农村公路改造市级补助资金未拨付",
					"四好农村路建设改造项目已完工验收18公里，市级补助资金尚未拨付，施工单位垫资压力大。", "jtj",
					d(6, 30), t(6, 3, 14), List.of(
					Step.assign(t(6, 4, 9), "jtj", d(6, 28), "请市交通运输局核实验收情况，尽快拨付补助资金。"))),
			new Demo("zunhua", "1-6", "施工", "户厕改造施工队伍不足",
					"山区乡镇户厕改造任务集中，具备资质的施工队伍不足，雨季前难以完成既定任务。", "nyj",
					d(6, 25), t(6, 5, 11), List.of(
					Step.assign(t(6, 6, 9), "nyj", d(7, 1), "请市农业农村局统筹调度施工力量，提出解决方案。"))),
			new Demo("qianan", "1-10", "审批手续", "适老化改造政府采购流程时间长",
					"特殊困难老年人家庭适老化改造需政府采购，采购程序用时较长，影响改造进度。", "mzj",
					d(7, 20), t(6, 18, 15), List.of(
					Step.assign(t(6, 19, 10), "mzj", d(7, 15), "请市民政局指导简化采购流程。"),
					Step.of(Act.ANSWER, t(6, 28, 17), "mzj", "已印发适老化改造项目采购指引，可采用框架协议方式采购。"),
					Step.of(Act.NOT_SOLVED, t(7, 1, 9), "qianan", "框架协议采购需财政部门备案，备案时间未明确，请进一步协调。"))),
			new Demo("luanzhou", "1-5", "资金", "学校改扩建项目配套资金缺口",
					"两所学校改扩建项目地方配套资金缺口约800万元，需争取市级支持。", "jyj",
					d(7, 31), t(6, 20, 10), List.of(
					Step.assign(t(6, 21, 9), "jyj", d(7, 19), "请市教育局研究资金支持方案。"),
					Step.of(Act.ANSWER, t(7, 2, 16), "jyj", "已将两所学校纳入市级教育发展资金支持范围，下达补助资金600万元，其余由滦州市统筹解决。"))),
			new Demo("yutian", "1-3", "环保", "垃圾转运站选址环评未通过",
					"新建垃圾转运站选址距离居民区较近，环评意见要求调整选址，需协调新址。", null,
					d(7, 25), t(6, 24, 9), List.of(
					Step.assign(t(6, 25, 10), "cgj", d(7, 12), "请市城管执法局会同生态环境部门指导重新选址。"),
					Step.of(Act.ANSWER, t(7, 2, 11), "cgj", "已会同生态环境部门现场踏勘，确定备选地址两处，待玉田县确认。"))),
			new Demo("laoting", "1-17", "其他", "惠民演出场地设施不足",
					"部分乡镇缺少符合安全要求的演出场地，送戏下乡活动开展受限。", "wlj",
					d(6, 30), t(5, 20, 10), List.of(
					Step.assign(t(5, 21, 9), "wlj", d(6, 15), "请市文广旅局统筹流动舞台车等资源。"),
					Step.of(Act.ANSWER, t(6, 12, 15), "wlj", "已调配流动舞台车2台，6月起轮流服务乐亭县各乡镇。"),
					Step.of(Act.CONFIRM, t(6, 14, 9), "laoting", "流动舞台车已到位，问题解决。"))),
			new Demo("jtj", "1-4", "审批手续", "跨县农村公路项目审批主体不明确",
					"连接丰润区、玉田县的农村公路改造项目跨县域，立项审批主体不明确。", null,
					d(7, 31), t(7, 1, 10), List.of()),
			new Demo("caofeidian", "1-2", "用地", "保障性住房项目土地供应滞后",
					"保障性租赁住房项目用地尚未完成供地手续，无法办理施工许可。", null,
					d(7, 31), t(7, 2, 15), List.of()),
			new Demo("wjw", "1-7", "资金", "基层医疗机构设备购置资金不足",
					"部分县级医院设备购置资金不足，影响能力提升项目进度。", "fgw",
					d(7, 15), t(6, 10, 9), List.of(
					Step.assign(t(6, 11, 9), "fgw", d(7, 10), "由市发改委牵头研究争取中央预算内投资。"))),
			new Demo("lunan", "1-12", "其他", "社区养老服务站运营主体未确定",
					"新建社区养老服务站已完工，运营主体招募未完成。", "mzj",
					d(6, 30), t(5, 15, 10), List.of(
					Step.assign(t(5, 16, 9), "mzj", d(6, 10), "请市民政局指导运营主体招募。"),
					Step.of(Act.CLOSE, t(6, 5, 16), "fgw", "路南区已自行完成招募，经协调会议确认不再需要市级协调，予以关闭。"))),
			new Demo("fengrun", "1-8", "施工", "村卫生室改造施工标准不统一",
					"村卫生室标准化改造缺少统一的施工标准图集，各乡镇做法不一。", "wjw",
					d(7, 30), t(6, 26, 10), List.of(
					Step.assign(t(6, 27, 9), "wjw", d(7, 18), "请市卫健委提供标准化改造技术指引。"))));
	// @formatter:on

	private final Problems problems;

	private final ProblemRepository repository;

	private final ProblemKinds kinds;

	private final PlanCatalog plans;

	private final UserDetailsService users;

	private final ZoneId zone;

	ProblemDemoData(Problems problems, ProblemRepository repository, ProblemKinds kinds, PlanCatalog plans,
			UserDetailsService users, @Value("${portal.time-zone}") ZoneId zone) {
		this.problems = problems;
		this.repository = repository;
		this.kinds = kinds;
		this.plans = plans;
		this.users = users;
		this.zone = zone;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		PlanOverview plan = this.plans.currentOverview().orElse(null);
		if (plan == null || this.repository.existsByDemoTrue()) {
			return;
		}
		for (Demo demo : PROBLEMS) {
			Long project = plan.projects()
				.stream()
				.filter((p) -> p.code().equals(demo.project()))
				.findFirst()
				.orElseThrow()
				.id();
			Long kind = this.kinds.all()
				.stream()
				.filter((k) -> k.name().equals(demo.kind()))
				.findFirst()
				.orElseThrow()
				.id();
			Long asked = (demo.asked() != null) ? user(demo.asked()).unitId() : null;
			ProblemView problem = at(demo.raisedAt()).raise(user(demo.raiser()),
					new Problems.NewProblem(project, kind, demo.title(), demo.description(), asked, demo.wantedBy()),
					List.of());
			this.problems.markDemo(problem.id());
			for (Step step : demo.steps()) {
				Problems service = at(step.at());
				CurrentUser user = user(step.user());
				long version = service.find(user, problem.id()).version();
				switch (step.act()) {
					case ASSIGN -> service.assign(user, problem.id(), version, user(step.unit()).unitId(),
							step.deadline(), step.text());
					case ANSWER -> service.answer(user, problem.id(), version, step.text(), List.of());
					case CONFIRM -> service.confirm(user, problem.id(), version, step.text());
					case NOT_SOLVED -> service.notSolved(user, problem.id(), version, step.text());
					case CLOSE -> service.close(user, problem.id(), version, step.text());
				}
			}
		}
		// The nightly check has run on the demo clock's morning: the two overdue
		// problems'
		// units have been told.
		at(LocalDateTime.of(2024, 7, 3, 0, 10)).notifyNewlyOverdue();
		log.info("Demo data: {} problems", PROBLEMS.size());
	}

	private Problems at(LocalDateTime time) {
		return this.problems.at(Clock.fixed(time.atZone(this.zone).toInstant(), this.zone));
	}

	private CurrentUser user(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

}
