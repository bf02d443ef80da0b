package cn.tangshan.minsheng.cockpit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.account.Role;
import cn.tangshan.minsheng.bulletin.BulletinSummary;
import cn.tangshan.minsheng.bulletin.Bulletins;
import cn.tangshan.minsheng.dashboard.Dashboard;
import cn.tangshan.minsheng.dashboard.Dashboards;
import cn.tangshan.minsheng.experience.Experiences;
import cn.tangshan.minsheng.org.UnitView;
import cn.tangshan.minsheng.plan.PlanArchivedException;
import cn.tangshan.minsheng.problem.Problems;
import cn.tangshan.minsheng.progress.Status;
import cn.tangshan.minsheng.supervision.SupervisionStatus;
import cn.tangshan.minsheng.supervision.SupervisionView;
import cn.tangshan.minsheng.supervision.Supervisions;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The module's API: the cockpit of a month for the city's leaders and the coordinator.
 * Its figures are the dashboard's ({@link Dashboards#view} and
 * {@link Dashboards#notReported}, the same month and scope); the orders, the bulletin and
 * the problems and the published typical experience come from their modules' APIs.
 * Counties and departments are refused: they have their home page and their scope of the
 * dashboard.
 */
@Service
public class Cockpits {

	/** How many counties the cockpit names at each end of the ranking. */
	static final int ENDS = 3;

	static final int TREND_W = 240;

	static final int TREND_H = 56;

	private final Dashboards dashboards;

	private final Supervisions supervisions;

	private final Bulletins bulletins;

	private final Problems problems;

	private final CountyMaps maps;

	private final Experiences experiences;

	Cockpits(Dashboards dashboards, Supervisions supervisions, Bulletins bulletins, Problems problems, CountyMaps maps,
			Experiences experiences) {
		this.experiences = experiences;
		this.dashboards = dashboards;
		this.supervisions = supervisions;
		this.bulletins = bulletins;
		this.problems = problems;
		this.maps = maps;
	}

	/** Whether the user may open the cockpit (and lands there after login). */
	public static boolean isFor(CurrentUser user) {
		return user.is(Role.LEADER) || user.is(Role.COORDINATOR);
	}

	/**
	 * @param year the plan year ({@code ?year=}), null for the month's or the year in
	 * force
	 * @param month the month, null for the dashboard's default (the latest closed month)
	 * @param mapProject the project the map is coloured by, null (or one not on the map)
	 * for the ranking score
	 * @throws AccessDeniedException for anyone but a leader or the coordinator
	 * @throws cn.tangshan.minsheng.dashboard.DashboardNotFoundException for a month or
	 * year the dashboard does not have
	 */
	public Cockpit view(CurrentUser user, Integer year, YearMonth month, Long mapProject, Locale locale) {
		if (!isFor(user)) {
			throw new AccessDeniedException("The cockpit is for leaders and the coordinator, not " + user.role());
		}
		Dashboard d = this.dashboards.view(user, year, month);
		List<Dashboard.ProjectLine> red = d.projects()
			.stream()
			.filter((p) -> p.status() == Status.SERIOUSLY_LAGGING)
			.toList();
		List<Dashboard.ProjectLine> yellow = d.projects().stream().filter((p) -> p.status() == Status.LAGGING).toList();
		List<Dashboard.RankLine> ranked = d.ranking().ranked();
		List<Dashboard.RankLine> top = ranked.subList(0, Math.min(ENDS, ranked.size()));
		List<Dashboard.RankLine> bottom = ranked.subList(Math.max(top.size(), ranked.size() - ENDS), ranked.size());
		boolean archived = d.plan().archived();
		List<UnitView> notReported = archived ? List.of() : notReported(user, d.month());
		int planYear = d.plan().year();
		List<SupervisionView> orders = this.supervisions.list(user, null)
			.stream()
			.filter((o) -> o.number().year() == planYear && o.status() != SupervisionStatus.CLOSED)
			.toList();
		List<SupervisionView> overdue = this.supervisions.overdue(user)
			.stream()
			.filter((o) -> o.number().year() == planYear)
			.toList();
		BulletinSummary bulletin = this.bulletins.issued(d.plan().id()).stream().findFirst().orElse(null);
		TileMap map = (mapProject != null) ? this.maps.project("cockpit-map", d, mapProject, locale).orElse(null)
				: null;
		Long chosen = (map != null) ? mapProject : null;
		if (map == null) {
			map = this.maps.ranking("cockpit-map", d, locale);
		}
		return new Cockpit(d, red, yellow, top, bottom, notReported, archived, orders.size(), overdue, bulletin,
				this.problems.summary(user), trend(d.chart()), map, d.heatMap().projects(), chosen,
				this.experiences.published(planYear, Cockpit.EXPERIENCES));
	}

	private List<UnitView> notReported(CurrentUser user, YearMonth month) {
		try {
			return this.dashboards.notReported(user, month);
		}
		catch (PlanArchivedException ex) {
			return List.of();
		}
	}

	/** The dashboard's chart as polyline points. */
	static Cockpit.Trend trend(Dashboard.Chart chart) {
		List<BigDecimal> overall = chart.overall();
		List<BigDecimal> expected = chart.expected();
		int n = overall.size();
		List<int[]> o = new ArrayList<>();
		List<int[]> e = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			o.add(point(i, n, overall.get(i)));
			e.add(point(i, n, expected.get(i)));
		}
		int[] last = o.isEmpty() ? new int[] { 0, TREND_H } : o.get(o.size() - 1);
		BigDecimal change = (n > 1) ? overall.get(n - 1).subtract(overall.get(n - 2)) : null;
		return new Cockpit.Trend(TREND_W, TREND_H, points(o), points(e), last[0], last[1],
				(n > 0) ? overall.get(0) : null, change);
	}

	private static int[] point(int i, int n, BigDecimal percent) {
		int pad = 4;
		int x = (n <= 1) ? TREND_W / 2 : pad + i * (TREND_W - 2 * pad) / (n - 1);
		BigDecimal p = (percent != null) ? percent.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100)) : BigDecimal.ZERO;
		int y = pad + BigDecimal.valueOf(TREND_H - 2 * pad)
			.multiply(BigDecimal.valueOf(100).subtract(p))
			.divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
			.intValue();
		return new int[] { x, y };
	}

	private static String points(List<int[]> points) {
		return points.stream().map((p) -> p[0] + "," + p[1]).collect(Collectors.joining(" "));
	}

}
