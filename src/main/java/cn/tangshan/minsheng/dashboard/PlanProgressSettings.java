package cn.tangshan.minsheng.dashboard;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import cn.tangshan.minsheng.progress.ProgressSettings;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's progress settings (序时进度 per month and the status thresholds), stored per plan;
 * the defaults of {@link ProgressSettings#defaults()} until the coordinator changes them.
 * Part of the module's API so that bulletins and exports judge by the same settings.
 */
@Service
@Transactional(readOnly = true)
public class PlanProgressSettings {

	private final EntityManager entityManager;

	private final Clock clock;

	PlanProgressSettings(EntityManager entityManager, Clock clock) {
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/**
	 * The plan's settings, in one query.
	 */
	@SuppressWarnings("unchecked")
	public ProgressSettings of(Long planId) {
		List<Object[]> rows = this.entityManager.createNativeQuery("""
				select s.green_gap_points, s.red_gap_points, e.percent
				from progress_settings s join expected_progress e on e.plan_id = s.plan_id
				where s.plan_id = :plan order by e.month""").setParameter("plan", planId).getResultList();
		if (rows.isEmpty()) {
			return ProgressSettings.defaults();
		}
		List<BigDecimal> schedule = new ArrayList<>();
		rows.forEach((row) -> schedule.add((BigDecimal) row[2]));
		return new ProgressSettings(schedule, (BigDecimal) rows.get(0)[0], (BigDecimal) rows.get(0)[1]);
	}

	/**
	 * Replaces the plan's settings; {@link ProgressSettings} has validated them already.
	 */
	@Transactional
	public void save(Long planId, ProgressSettings settings, Long userId) {
		this.entityManager.createNativeQuery("""
				insert into progress_settings (plan_id, green_gap_points, red_gap_points, updated_by, updated_at)
				values (:plan, :green, :red, :user, :at)
				on conflict (plan_id) do update set green_gap_points = excluded.green_gap_points,
				red_gap_points = excluded.red_gap_points, updated_by = excluded.updated_by,
				updated_at = excluded.updated_at""")
			.setParameter("plan", planId)
			.setParameter("green", settings.greenGapPoints())
			.setParameter("red", settings.redGapPoints())
			.setParameter("user", userId)
			.setParameter("at", this.clock.instant())
			.executeUpdate();
		this.entityManager.createNativeQuery("delete from expected_progress where plan_id = :plan")
			.setParameter("plan", planId)
			.executeUpdate();
		for (int month = 1; month <= 12; month++) {
			this.entityManager
				.createNativeQuery("insert into expected_progress (plan_id, month, percent) values (:plan, :month, :p)")
				.setParameter("plan", planId)
				.setParameter("month", month)
				.setParameter("p", settings.expectedPercent(month))
				.executeUpdate();
		}
	}

}
