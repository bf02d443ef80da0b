package cn.tangshan.minsheng.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's result: one row per measurement, with the target next to the
 * figure and whether it is met, as Markdown (printed and written to
 * {@code target/benchmark/results.md}) and CSV ({@code results.csv}).
 */
final class ResultTable {

	private static final String[] HEADER = { "measurement", "n", "p50 ms", "p95 ms", "p99 ms", "req/s", "× static",
			"KB", "errors", "target", "met" };

	private final List<Row> rows = new ArrayList<>();

	private final List<Figure> figures = new ArrayList<>();

	/** A figure of the process (start-up, heap, sizes) with its target. */
	record Figure(String measurement, String value, String target, Boolean met) {
	}

	void figure(String measurement, String value, String target, Boolean met) {
		this.figures.add(new Figure(measurement, value, target, met));
	}

	List<Figure> figures() {
		return this.figures;
	}

	/**
	 * One line of the table. Numbers that do not apply are NaN (shown as "—"); met is
	 * null when the line has no target.
	 *
	 * @param ratio the figure relative to the static file in the same run (p95 for one
	 * user, req/s under load), NaN when not compared
	 * @param note what the target line says when the figure has no numbers (e.g. not
	 * present)
	 */
	record Row(String measurement, int n, double p50, double p95, double p99, double rps, double ratio, double kb,
			int errors, String target, Boolean met, String note) {

		static Row of(String measurement, Samples s, double ratio, boolean timed, String target, Boolean met) {
			return new Row(measurement, s.count(), s.percentileMillis(50), s.percentileMillis(95),
					s.percentileMillis(99), timed ? s.throughput() : Double.NaN, ratio,
					(s.lastBytes() > 0) ? s.lastBytes() / 1024.0 : Double.NaN, s.errors(), target, met, null);
		}

	}

	void add(Row row) {
		this.rows.add(row);
	}

	List<Row> rows() {
		return this.rows;
	}

	String markdown() {
		StringBuilder out = new StringBuilder();
		if (!this.figures.isEmpty()) {
			out.append("| measurement | value | target | met |\n|---|---:|---|---|\n");
			for (Figure f : this.figures) {
				out.append("| ")
					.append(f.measurement())
					.append(" | ")
					.append(f.value())
					.append(" | ")
					.append((f.target() != null) ? f.target() : "")
					.append(" | ")
					.append(met(f.met()))
					.append(" |\n");
			}
			out.append('\n');
		}
		out.append('|');
		for (String h : HEADER) {
			out.append(' ').append(h).append(" |");
		}
		out.append("\n|");
		for (int i = 0; i < HEADER.length; i++) {
			out.append((i == 0 || i >= HEADER.length - 2) ? "---|" : "---:|");
		}
		out.append('\n');
		for (Row r : this.rows) {
			String[] cells = cells(r);
			out.append('|');
			for (String cell : cells) {
				out.append(' ').append(cell.replace("|", "\\|")).append(" |");
			}
			out.append('\n');
		}
		return out.toString();
	}

	String csv() {
		StringBuilder out = new StringBuilder(String.join(",", HEADER)).append('\n');
		for (Figure f : this.figures) {
			out.append(quoted(f.measurement()))
				.append(",,,,,,,,,")
				.append(quoted(f.target() + " (value " + f.value() + ")"))
				.append(',')
				.append(met(f.met()).replace("**", ""))
				.append('\n');
		}
		for (Row r : this.rows) {
			String[] cells = cells(r);
			for (int i = 0; i < cells.length; i++) {
				if (i > 0) {
					out.append(',');
				}
				String cell = cells[i].equals("—") ? "" : cells[i].replace("**", "");
				out.append(quoted(cell));
			}
			out.append('\n');
		}
		return out.toString();
	}

	private static String[] cells(Row r) {
		String ratio = Double.isNaN(r.ratio()) ? "—"
				: Double.isNaN(r.rps()) ? number(r.ratio(), 1) + "×" : percent(r.ratio());
		return new String[] { r.measurement(), (r.n() > 0) ? String.valueOf(r.n()) : "—", number(r.p50(), 1),
				number(r.p95(), 1), number(r.p99(), 1), number(r.rps(), 1), ratio, number(r.kb(), 1),
				(r.n() > 0) ? String.valueOf(r.errors()) : "—",
				(r.note() != null) ? r.note() : (r.target() != null) ? r.target() : "", met(r.met()) };
	}

	private static String met(Boolean met) {
		return (met == null) ? "" : met ? "met" : "**not met**";
	}

	private static String quoted(String cell) {
		return (cell.contains(",") || cell.contains("\"")) ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
	}

	static String number(double value, int decimals) {
		if (Double.isNaN(value) || value == 0 && decimals < 0) {
			return "—";
		}
		return String.format(Locale.ROOT, "%." + decimals + "f", value);
	}

	static String percent(double ratio) {
		return String.format(Locale.ROOT, "%.1f%%", ratio * 100);
	}

}
