package cn.tangshan.minsheng.dashboard.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.tangshan.minsheng.dashboard.Breakdown;
import cn.tangshan.minsheng.dashboard.Dashboard;
import cn.tangshan.minsheng.progress.Completeness;
import cn.tangshan.minsheng.progress.Status;
import cn.tangshan.minsheng.system.Formats;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Figures as the dashboard prints them: values as the plan writes them (12.5, not 12.50),
 * percents with one decimal, gaps with their sign, and the chart's data as {@code data-*}
 * attribute values. Templates call it as {@code ${@dashFmt.percent(...)}}.
 */
@Component("dashFmt")
public class DashboardFormats {

	private static final String MINUS = "−";

	private final Formats formats;

	private final MessageSource messages;

	DashboardFormats(Formats formats, MessageSource messages) {
		this.formats = formats;
		this.messages = messages;
	}

	public String plain(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : "";
	}

	public String percent(BigDecimal percent) {
		return (percent != null) ? percent.toPlainString() + "%" : "";
	}

	public String percent(Optional<BigDecimal> percent) {
		return percent.map(this::percent).orElse("");
	}

	public String gap(Optional<BigDecimal> gap) {
		return gap.map((g) -> (g.signum() > 0) ? "+" + g.toPlainString()
				: (g.signum() < 0) ? MINUS + g.negate().toPlainString() : g.toPlainString())
			.orElse("");
	}

	/** The statuses in the legend's order. */
	public List<Status> statuses() {
		return List.of(Status.values());
	}

	/** The statuses the headline counts projects by. */
	public List<Status> headlineStatuses() {
		return List.of(Status.COMPLETED, Status.NORMAL, Status.LAGGING, Status.SERIOUSLY_LAGGING);
	}

	public List<Completeness> completenessStates() {
		return List.of(Completeness.values());
	}

	public String months(List<YearMonth> months) {
		return months.stream().map(this.formats::month).collect(Collectors.joining("|"));
	}

	public String numbers(List<BigDecimal> numbers) {
		return numbers.stream().map(BigDecimal::toPlainString).collect(Collectors.joining(","));
	}

	/**
	 * A project chart's data as {@code data-*} attribute values: Thymeleaf's restricted
	 * mode keeps bean calls out of those attributes, so the controller prepares them.
	 */
	public ProjectChart projectChart(Breakdown.Chart chart) {
		return new ProjectChart(months(chart.months()), numbers(chart.expected()),
				chart.series()
					.stream()
					.map((s) -> new ProjectChart.Line(s.indicator().name(), numbers(s.rates())))
					.toList());
	}

	/**
	 * The matrix's cells of each unit as markup. The heat map and the matrix are most of
	 * the page's cells; rendered cell by cell they were most of its rendering time, so
	 * their cells are built here, once per request with a message per distinct cell,
	 * every text HTML-escaped.
	 */
	public List<GridRow> matrix(Dashboard.Matrix matrix, Locale locale) {
		Map<Completeness, String> states = new EnumMap<>(Completeness.class);
		Map<List<Object>, String> texts = new HashMap<>();
		List<GridRow> rows = new ArrayList<>();
		for (Dashboard.MatrixRow row : matrix.rows()) {
			StringBuilder html = new StringBuilder();
			for (Dashboard.MatrixCell cell : row.cells()) {
				String text = texts
					.computeIfAbsent(List.of(cell.state(), cell.submitted(), cell.due()),
							(k) -> this.messages.getMessage("dashboard.matrix.cell",
									new Object[] { states.computeIfAbsent(cell.state(),
											(state) -> this.messages.getMessage(state.messageKey(), null, locale)),
											cell.submitted(), cell.due() },
									locale));
				if (!html.isEmpty()) {
					html.append("\n\t\t\t\t\t\t\t");
				}
				html.append("<td class=\"text-nowrap state-cell-")
					.append(cell.state())
					.append("\">")
					.append(escape(text))
					.append("</td>");
			}
			rows.add(new GridRow(row.unit().code(), row.unit().name(), html.toString()));
		}
		return rows;
	}

	/** The heat map's cells of each county as markup (see {@link #matrix}). */
	public List<GridRow> heatMap(Dashboard.HeatMap heatMap, Locale locale) {
		String none = escape(this.messages.getMessage("dashboard.heat.none", null, locale));
		Map<Status, String> labels = new EnumMap<>(Status.class);
		List<GridRow> rows = new ArrayList<>();
		for (Dashboard.HeatRow row : heatMap.rows()) {
			StringBuilder html = new StringBuilder();
			for (Dashboard.HeatCell cell : row.cells()) {
				if (cell.score() == null) {
					html.append("<td class=\"text-end\">").append(none).append("</td>");
				}
				else {
					String label = labels.computeIfAbsent(cell.status(),
							(s) -> escape(this.messages.getMessage(s.messageKey(), null, locale)));
					html.append("<td class=\"text-end heat-")
						.append(cell.status())
						.append("\" title=\"")
						.append(label)
						.append("\">")
						.append(escape(cell.score().toString()))
						.append("<span class=\"visually-hidden\">")
						.append(label)
						.append("</span></td>");
				}
			}
			String name = row.unit().shortName();
			rows.add(new GridRow(row.unit().code(), (name != null && !name.isEmpty()) ? name : row.unit().name(),
					html.toString()));
		}
		return rows;
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	/**
	 * A row of a grid: the unit's code, the name shown and the cells' markup (escaped).
	 */
	public record GridRow(String code, String name, String cellsHtml) {
	}

	public record ProjectChart(String labels, String expected, List<Line> series) {

		public record Line(String label, String values) {
		}

	}

}
