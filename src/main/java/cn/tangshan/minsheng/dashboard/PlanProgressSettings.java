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
	 * The version of the plan's stored settings, 0 while it uses the defaults; a form
	 * carries it so that {@link #save} can refuse a stale one.
	 */
	public long version(Long planId) {
		List<?> found = this.entityManager
			.createNativeQuery("select version from progress_settings where plan_id = :plan")
			.setParameter("plan", planId)
			.getResultList();
		return found.isEmpty() ? 0 : ((Number) found.get(0)).longValue();
	}

	/**
	 * Replaces the plan's settings; {@link ProgressSettings} has validated them already.
	 * @param version the version the user's form was made from
	 * @throws SettingsConflictException when someone saved other settings in between
	 */
	@Transactional
	public void save(Long planId, ProgressSettings settings, Long userId, long version) {
		int changed = this.entityManager.createNativeQuery("""
				update progress_settings set green_gap_points = :green, red_gap_points = :red, updated_by = :user,
				updated_at = :at, version = version + 1 where plan_id = :plan and version = :version""")
			.setParameter("plan", planId)
			.setParameter("green", settings.greenGapPoints())
			.setParameter("red", settings.redGapPoints())
			.setParameter("user", userId)
			.setParameter("at", this.clock.instant())
			.setParameter("version", version)
			.executeUpdate();
		if (changed == 0 && version == 0) {
			// The first save: whoever inserts first wins, the other gets the conflict.
			changed = this.entityManager.createNativeQuery("""
					insert into progress_settings (plan_id, green_gap_points, red_gap_points, updated_by, updated_at,
					version) values (:plan, :green, :red, :user, :at, 1) on conflict (plan_id) do nothing""")
				.setParameter("plan", planId)
				.setParameter("green", settings.greenGapPoints())
				.setParameter("red", settings.redGapPoints())
				.setParameter("user", userId)
				.setParameter("at", this.clock.instant())
				.executeUpdate();
		}
		if (changed == 0) {
			throw new SettingsConflictException(planId);
		}
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
