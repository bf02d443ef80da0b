package cn.tangshan.minsheng.ledger;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.account.Role;
import cn.tangshan.minsheng.dashboard.Breakdown;
import cn.tangshan.minsheng.dashboard.Dashboard;
import cn.tangshan.minsheng.dashboard.DashboardDetails;
import cn.tangshan.minsheng.dashboard.Dashboards;
import cn.tangshan.minsheng.system.Formats;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * The module's API: the work ledger of a month for a user. The figures and the scope are
 * the dashboard's ({@link Dashboards#details}); nothing is computed twice.
 */
@Service
public class WorkLedgers {

	private final Dashboards dashboards;

	private final MessageSource messages;

	private final Formats formats;

	WorkLedgers(Dashboards dashboards, MessageSource messages, Formats formats) {
		this.dashboards = dashboards;
		this.messages = messages;
		this.formats = formats;
	}

	/**
	 * @param month the month, {@code null} for the dashboard's default (the latest closed
	 * month)
	 * @throws org.springframework.security.access.AccessDeniedException for roles without
	 * a dashboard (the administrator)
	 * @throws cn.tangshan.minsheng.dashboard.DashboardNotFoundException for a month
	 * outside the plan year up to the current month
	 */
	public WorkLedger of(CurrentUser user, YearMonth month) {
		DashboardDetails details = this.dashboards.details(user, month);
		Dashboard d = details.dashboard();
		boolean county = d.viewer().county();
		Map<Integer, List<WorkLedger.ProjectEntry>> byGroup = new LinkedHashMap<>();
		Map<Integer, String> groupNames = new LinkedHashMap<>();
		for (Dashboard.ProjectLine line : d.projects()) {
			List<DashboardDetails.Narrative> narratives = details.narratives(line.project().id());
			WorkLedger.ProjectEntry entry = new WorkLedger.ProjectEntry(line.project(), line.status(), line.leadNames(),
					text(narratives, DashboardDetails.Narrative::progress, d.month()),
					text(narratives, DashboardDetails.Narrative::problems, d.month()), line.indicators());
			byGroup.computeIfAbsent(line.project().groupNumber(), (k) -> new ArrayList<>()).add(entry);
			groupNames.putIfAbsent(line.project().groupNumber(), line.project().groupName());
		}
		List<WorkLedger.Group> groups = new ArrayList<>();
		byGroup
			.forEach((number, projects) -> groups.add(new WorkLedger.Group(number, groupNames.get(number), projects)));
		List<WorkLedger.CountyRow> counties = new ArrayList<>();
		for (Breakdown breakdown : details.breakdowns()) {
			for (Breakdown.IndicatorBreakdown indicator : breakdown.indicators()) {
				if (!indicator.indicator().isQuantitative()) {
					continue;
				}
				List<Breakdown.UnitLine> lines = indicator.units().stream().filter((l) -> !county || l.own()).toList();
				if (!lines.isEmpty()) {
					counties.add(new WorkLedger.CountyRow(breakdown.project(), indicator.indicator(), lines));
				}
			}
		}
		List<YearMonth> months = d.matrix().months().stream().filter((m) -> !m.isAfter(d.month())).toList();
		List<Dashboard.MatrixRow> rows = d.matrix()
			.rows()
			.stream()
			.map((r) -> new Dashboard.MatrixRow(r.unit(),
					r.cells().stream().filter((c) -> !c.month().isAfter(d.month())).toList()))
			.toList();
		return new WorkLedger(d.plan(), d.month(), d.months(), d.settings(), d.expectedPercent(), county,
				(user.is(Role.COORDINATOR) || user.is(Role.LEADER)) ? null : user.unitName(), groups, counties,
				new Dashboard.Matrix(months, rows));
	}

	/**
	 * Each unit's text on its own line, "路南区：…"; a text from an earlier month says so. A
	 * single text of the month stands as it was written.
	 */
	private String text(List<DashboardDetails.Narrative> narratives, Function<DashboardDetails.Narrative, String> part,
			YearMonth month) {
		if (narratives.size() == 1 && narratives.get(0).month().equals(month)) {
			String text = part.apply(narratives.get(0));
			return (text != null) ? text.strip() : "";
		}
		List<String> lines = new ArrayList<>();
		for (DashboardDetails.Narrative narrative : narratives) {
			String text = part.apply(narrative);
			if (text == null || text.isBlank()) {
				continue;
			}
			String unit = narrative.unit().shortName();
			lines.add(narrative.month().equals(month) ? message("ledger.narrative", unit, text.strip())
					: message("ledger.narrative.earlier", unit, this.formats.month(narrative.month()), text.strip()));
		}
		return String.join("\n", lines);
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
