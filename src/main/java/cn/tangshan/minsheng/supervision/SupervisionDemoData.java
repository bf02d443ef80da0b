package cn.tangshan.minsheng.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.notification.NotificationKind;
import cn.tangshan.minsheng.notification.Notifications;
import cn.tangshan.minsheng.plan.IndicatorView;
import cn.tangshan.minsheng.plan.PlanCatalog;
import cn.tangshan.minsheng.plan.PlanOverview;
import cn.tangshan.minsheng.plan.ProjectView;
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
 * The dev default's supervision orders, one in each state, to the lagging demo counties
 * (乐亭县, 迁西县 and 汉沽管理区 10–30 points behind, 唐山海港经济开发区 more than 30): closed, overdue,
 * answered, issued, and sent back. Runs after the reporting demo data (whose figures the
 * orders quote), on the demo clock (2024-07-03); loaded once, marked as demo.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 40)
@ConditionalOnProperty(name = "portal.demo.data", havingValue = "true")
class SupervisionDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SupervisionDemoData.class);

	private static final String REQUIREMENT = "请认真分析滞后原因，倒排工期、挂图作战，确保按序时进度完成任务，并于办理时限前将整改措施及佐证材料反馈市发改委。";

	private record Step(SupervisionAction action, LocalDateTime at, String text, LocalDate deadline) {
	}

	private record Demo(String unit, String project, int position, String problem, LocalDateTime issuedAt,
			LocalDate deadline, List<Step> steps) {
	}

	// @formatter:off
	private static final List<Demo> ORDERS = List.of(
			new Demo("haigang", "1-4", 0, "你单位“四好农村路”建设改造任务进展严重滞后，完成率远低于序时进度，部分路段至今未开工。",
					LocalDateTime.of(2024, 6, 12, 10, 0), LocalDate.of(2024, 6, 28), List.of(
					new Step(SupervisionAction.ANSWERED, LocalDateTime.of(2024, 6, 25, 16, 20),
							"已召开专题推进会，明确责任人和完成时限；3条未开工路段已于6月20日全部开工，增加2个施工队伍，计划8月底前完成全部任务。", null),
					new Step(SupervisionAction.CLOSED, LocalDateTime.of(2024, 6, 27, 9, 30),
							"整改措施具体可行，同意办结，请持续跟踪落实。", null))),
			new Demo("hangu", "1-6", 0, "你单位农村户厕改造进度滞后于序时进度，且5月份月报未按时报送。",
					LocalDateTime.of(2024, 6, 14, 15, 0), LocalDate.of(2024, 6, 30), List.of()),
			new Demo("laoting", "1-17", 0, "你单位文化进基层惠民演出场次偏少，完成率低于序时进度10个百分点以上。",
					LocalDateTime.of(2024, 6, 24, 11, 0), LocalDate.of(2024, 7, 10), List.of(
					new Step(SupervisionAction.ANSWERED, LocalDateTime.of(2024, 7, 2, 17, 45),
							"已与县文化馆和3个民营剧团签订演出协议，7月起每周安排送戏下乡不少于6场；建立周调度机制，确保三季度末追上序时进度。", null))),
			new Demo("qianxi", "1-10", 0, "你单位特殊困难老年人家庭适老化改造进度滞后，完成率低于序时进度。",
					LocalDateTime.of(2024, 7, 1, 9, 0), LocalDate.of(2024, 7, 15), List.of()),
			new Demo("haigang", "1-6", 0, "你单位农村户厕改造完成率低于序时进度30个百分点以上，严重滞后。",
					LocalDateTime.of(2024, 6, 18, 10, 30), LocalDate.of(2024, 7, 1), List.of(
					new Step(SupervisionAction.ANSWERED, LocalDateTime.of(2024, 6, 28, 14, 0),
							"正在加快推进。", null),
					new Step(SupervisionAction.RETURNED, LocalDateTime.of(2024, 7, 1, 10, 0),
							"反馈内容过于笼统，请补充具体整改措施、时间节点和现场照片等佐证材料。", LocalDate.of(2024, 7, 12)))));
	// @formatter:on

	private final SupervisionRepository orders;

	private final SupervisionEventRepository events;

	private final Supervisions supervisions;

	private final PlanCatalog plans;

	private final UserDetailsService users;

	private final Notifications notifications;

	private final ZoneId zone;

	SupervisionDemoData(SupervisionRepository orders, SupervisionEventRepository events, Supervisions supervisions,
			PlanCatalog plans, UserDetailsService users, Notifications notifications,
			@Value("${portal.time-zone}") ZoneId zone) {
		this.orders = orders;
		this.events = events;
		this.supervisions = supervisions;
		this.plans = plans;
		this.users = users;
		this.notifications = notifications;
		this.zone = zone;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		PlanOverview plan = this.plans.currentOverview().orElse(null);
		if (plan == null || this.orders.existsByDemoTrue()) {
			return;
		}
		CurrentUser coordinator = (CurrentUser) this.users.loadUserByUsername("fgw");
		for (Demo demo : ORDERS) {
			CurrentUser unit = (CurrentUser) this.users.loadUserByUsername(demo.unit());
			ProjectView project = plan.projects()
				.stream()
				.filter((p) -> p.code().equals(demo.project()))
				.findFirst()
				.orElseThrow();
			IndicatorView indicator = project.indicators().get(demo.position());
			SupervisionOrder order = new SupervisionOrder(this.supervisions.nextNumber(plan.plan().year()),
					unit.unitId(), project.id(), indicator.id(), demo.problem(), REQUIREMENT, demo.deadline(),
					coordinator.id(), instant(demo.issuedAt()));
			order.markDemo();
			this.supervisions.snapshot(coordinator, order, project.id());
			order = this.orders.save(order);
			event(order, SupervisionAction.ISSUED, coordinator, demo.issuedAt(), REQUIREMENT, demo.deadline());
			for (Step step : demo.steps()) {
				Instant at = instant(step.at());
				switch (step.action()) {
					case ANSWERED -> order.answer(step.text(), at);
					case RETURNED -> order.sendBack(step.text(), step.deadline(), at);
					case CLOSED -> order.close(step.text(), at);
					default -> throw new IllegalStateException(step.action().name());
				}
				event(order, step.action(), (step.action() == SupervisionAction.ANSWERED) ? unit : coordinator,
						step.at(), step.text(), step.deadline());
			}
			if (order.getStatus().awaitsAnswer()) {
				this.notifications.send(List.of(unit.unitId()), NotificationKind.SUPERVISION_ORDER,
						java.time.YearMonth.from(demo.issuedAt()), coordinator.id(), "/supervision/" + order.getId());
			}
		}
		log.info("Demo data: {} supervision orders", ORDERS.size());
	}

	private void event(SupervisionOrder order, SupervisionAction action, CurrentUser actor, LocalDateTime at,
			String text, LocalDate deadline) {
		this.events.save(new SupervisionEvent(order.getId(), action, order.getStatus(), actor.id(), actor.displayName(),
				actor.unitName(), instant(at), text, deadline));
	}

	private Instant instant(LocalDateTime time) {
		return time.atZone(this.zone).toInstant();
	}

}
