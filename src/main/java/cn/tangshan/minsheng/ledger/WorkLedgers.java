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
import cn.tangshan.minsheng.plan.ProjectView;
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

	/** More units' texts than this go to the sheet by unit only. */
	static final int MAX_CITED_UNITS = 3;

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
		return of(user, null, month);
	}

	/**
	 * The ledger of a plan year ({@code ?year=}; {@code null}: the month's year or the
	 * year in force).
	 */
	public WorkLedger of(CurrentUser user, Integer year, YearMonth month) {
		DashboardDetails details = this.dashboards.details(user, year, month);
		return this.built.get(details, java.util.Arrays.asList(user.role(), user.unitName()),
				() -> build(user, details));
	}

	/** Ledgers of the details last computed (#14: not rebuilt per request). */
	private final IdentityMemo<WorkLedger> built = new IdentityMemo<>(64);

	private WorkLedger build(CurrentUser user, DashboardDetails details) {
		Dashboard d = details.dashboard();
		boolean county = d.viewer().county();
		Map<Integer, List<WorkLedger.ProjectEntry>> byGroup = new LinkedHashMap<>();
		Map<Integer, String> groupNames = new LinkedHashMap<>();
		for (Dashboard.ProjectLine line : d.projects()) {
			List<DashboardDetails.Narrative> narratives = details.narratives(line.project().id());
			WorkLedger.ProjectEntry entry = new WorkLedger.ProjectEntry(line.project(), line.status(), line.leadNames(),
					text(line.project(), narratives, DashboardDetails.Narrative::progress, d.month()),
					text(line.project(), narratives, DashboardDetails.Narrative::problems, d.month()),
					line.indicators());
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
				List<WorkLedger.UnitEntry> lines = indicator.units()
					.stream()
					.filter((l) -> !county || l.own())
					.map((l) -> unitEntry(l, details.narratives(breakdown.project().id()), d.month()))
					.toList();
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
	 * One of the project's texts as the ledger cites it: the lead department's report
	 * speaks for the project where it has that text (all the counties' texts would fill
	 * pages); otherwise the units' in scope, each on its own line as "路南区：…", or where
	 * more than {@value #MAX_CITED_UNITS} units wrote, a pointer to the sheet by unit. A
	 * text from an earlier month says so; the lead's single text of the month stands as
	 * it was written.
	 */
	private String text(ProjectView project, List<DashboardDetails.Narrative> narratives,
			Function<DashboardDetails.Narrative, String> part, YearMonth month) {
		List<DashboardDetails.Narrative> written = narratives.stream()
			.filter((n) -> part.apply(n) != null && !part.apply(n).isBlank())
			.toList();
		List<DashboardDetails.Narrative> leads = written.stream().filter((n) -> isLead(project, n)).toList();
		List<DashboardDetails.Narrative> chosen = leads.isEmpty() ? written : leads;
		if (chosen.size() > MAX_CITED_UNITS) {
			return message("ledger.narrative.seeUnits", chosen.size());
		}
		if (chosen.size() == 1 && isLead(project, chosen.get(0)) && chosen.get(0).month().equals(month)) {
			return part.apply(chosen.get(0)).strip();
		}
		List<String> lines = new ArrayList<>();
		for (DashboardDetails.Narrative narrative : chosen) {
			String text = part.apply(narrative).strip();
			String unit = narrative.unit().shortName();
			lines.add(narrative.month().equals(month) ? message("ledger.narrative", unit, text)
					: message("ledger.narrative.earlier", unit, this.formats.month(narrative.month()), text));
		}
		return String.join("\n", lines);
	}

	/** A unit's line with the texts of its latest approved report on the project. */
	private WorkLedger.UnitEntry unitEntry(Breakdown.UnitLine line, List<DashboardDetails.Narrative> narratives,
			YearMonth month) {
		return narratives.stream()
			.filter((n) -> n.unit().id().equals(line.unit().id()))
			.findFirst()
			.map((n) -> new WorkLedger.UnitEntry(line, unitText(n.progress(), n.month(), month),
					unitText(n.problems(), n.month(), month)))
			.orElseGet(() -> new WorkLedger.UnitEntry(line, "", ""));
	}

	private String unitText(String text, YearMonth written, YearMonth month) {
		if (text == null || text.isBlank()) {
			return "";
		}
		return written.equals(month) ? text.strip()
				: message("ledger.narrative.asOf", this.formats.month(written), text.strip());
	}

	private static boolean isLead(ProjectView project, DashboardDetails.Narrative narrative) {
		return project.leads().stream().anyMatch((u) -> u.id().equals(narrative.unit().id()));
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
