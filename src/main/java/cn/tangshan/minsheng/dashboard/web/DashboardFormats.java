package cn.tangshan.minsheng.dashboard.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.tangshan.minsheng.dashboard.Breakdown;
import cn.tangshan.minsheng.progress.Completeness;
import cn.tangshan.minsheng.progress.Status;
import cn.tangshan.minsheng.system.Formats;

import org.springframework.stereotype.Component;

/**
 * Figures as the dashboard prints them: values as the plan writes them (12.5, not 12.50),
 * percents with one decimal, gaps with their sign, and the chart's data as {@code data-*}
 * attribute values. Templates call it as {@code ${@dashFmt.percent(...)}}.
 */
@Component("dashFmt")
public class DashboardFormats {

	private static final String MINUS = "−";

	private final Formats formats;

	DashboardFormats(Formats formats) {
		this.formats = formats;
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

	public record ProjectChart(String labels, String expected, List<Line> series) {

		public record Line(String label, String values) {
		}

	}

}
