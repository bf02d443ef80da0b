package cn.tangshan.minsheng.bulletin;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.tangshan.minsheng.dashboard.Dashboard;
import cn.tangshan.minsheng.org.UnitView;
import cn.tangshan.minsheng.plan.IndicatorView;
import cn.tangshan.minsheng.problem.Problems;
import cn.tangshan.minsheng.progress.CountyRanking;
import cn.tangshan.minsheng.progress.Status;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a bulletin's figures and its first draft from the dashboard of the month. Every
 * figure and every light is the dashboard's own; this class only puts them into tables
 * and sentences (the sentences come from the message bundle).
 */
@Component
class BulletinDrafter {

	/** Counties named as leading and lagging on each project, each way. */
	private static final int NAMED_PER_PROJECT = 2;

	private final MessageSource messages;

	BulletinDrafter(MessageSource messages) {
		this.messages = messages;
	}

	BulletinFigures figures(Dashboard d, Locale locale) {
		int ahead = 0;
		int onSchedule = 0;
		List<BulletinFigures.ProjectRow> projects = new ArrayList<>();
		for (Dashboard.ProjectLine line : d.projects()) {
			if (line.status() == Status.NORMAL) {
				if (lowestGap(line).map((gap) -> gap.signum() > 0).orElse(false)) {
					ahead++;
				}
				else {
					onSchedule++;
				}
			}
			List<BulletinFigures.IndicatorRow> indicators = new ArrayList<>();
			for (Dashboard.IndicatorLine il : line.indicators()) {
				IndicatorView indicator = il.indicator();
				indicators.add(new BulletinFigures.IndicatorRow(indicator.name(), indicator.isQuantitative(),
						target(indicator, locale), il.approved(), indicator.measureUnit(),
						il.assessment().rate().percent().orElse(null), il.assessment().gap().orElse(null),
						il.assessment().status().name()));
			}
			projects.add(new BulletinFigures.ProjectRow(line.project().code(), line.project().name(), line.leadNames(),
					line.status().name(), indicators));
		}
		List<BulletinFigures.RankRow> ranking = d.ranking()
			.ranked()
			.stream()
			.map((r) -> new BulletinFigures.RankRow(r.row().rank(), r.unit().name(), r.row().score(),
					r.row().onTimePercent(), r.row().mark().name(), r.row().rankChange().orElse(null)))
			.toList();
		return new BulletinFigures(d.month().toString(), d.expectedPercent(), d.overallPercent(),
				d.headline().count(Status.COMPLETED), ahead, onSchedule, d.headline().count(Status.LAGGING),
				d.headline().count(Status.SERIOUSLY_LAGGING), d.headline().count(Status.NOT_APPLICABLE), projects,
				ranking, d.ranking().unranked().stream().map(UnitView::name).toList(), List.of());
	}

	BulletinText draft(Dashboard d, BulletinFigures figures, Problems.Summary problemSummary, Locale locale) {
		YearMonth month = d.month();
		String monthText = month(month, locale);
		String span = span(month, locale);
		String title = msg(locale, "bulletin.draft.title", String.valueOf(month.getYear()), span);
		String opening = msg(locale, "bulletin.draft.opening", d.plan().title(), String.valueOf(month.getYear()), span);
		return new BulletinText(title, msg(locale, "bulletin.draft.addressees"), opening,
				overall(figures, monthText, locale), projects(d, locale), ranking(figures, locale),
				problems(d, monthText, problemSummary, locale), msg(locale, "bulletin.draft.requirements"),
				msg(locale, "bulletin.draft.signature"), msg(locale, "bulletin.draft.copyTo"),
				msg(locale, "bulletin.draft.printer"));
	}

	/** 1—5 for January to May, 1 for January alone. */
	String span(YearMonth month, Locale locale) {
		return (month.getMonthValue() == 1) ? msg(locale, "bulletin.draft.span.one")
				: msg(locale, "bulletin.draft.span", String.valueOf(month.getMonthValue()));
	}

	private String overall(BulletinFigures f, String month, Locale locale) {
		StringBuilder text = new StringBuilder(msg(locale, "bulletin.draft.overall.projects", month,
				String.valueOf(f.total()), String.valueOf(f.completed()), String.valueOf(f.ahead()),
				String.valueOf(f.onSchedule()), String.valueOf(f.lagging()), String.valueOf(f.seriouslyLagging())));
		if (f.notApplicable() > 0) {
			text.append(msg(locale, "bulletin.draft.overall.notApplicable", String.valueOf(f.notApplicable())));
		}
		text.append('\n');
		long quantitative = f.projects()
			.stream()
			.flatMap((p) -> p.indicators().stream())
			.filter((i) -> i.quantitative())
			.count();
		if (f.overallPercent() == null) {
			text.append(msg(locale, "bulletin.draft.overall.noRate"));
		}
		else {
			BigDecimal gap = f.overallPercent().subtract(f.expectedPercent());
			String compared = switch (gap.signum()) {
				case 1 -> msg(locale, "bulletin.draft.overall.ahead", percent(gap));
				case -1 -> msg(locale, "bulletin.draft.overall.behind", percent(gap.negate()));
				default -> msg(locale, "bulletin.draft.overall.even");
			};
			text.append(msg(locale, "bulletin.draft.overall.rate", String.valueOf(quantitative),
					percent(f.overallPercent()), percent(f.expectedPercent()), compared));
		}
		return text.toString();
	}

	private String projects(Dashboard d, Locale locale) {
		List<String> lines = new ArrayList<>();
		lines.add(msg(locale, "bulletin.draft.projects.intro", month(d.month(), locale), percent(d.expectedPercent())));
		int group = 0;
		int n = 0;
		for (Dashboard.ProjectLine line : d.projects()) {
			if (line.project().groupNumber() != group) {
				group = line.project().groupNumber();
				n = 0;
				lines
					.add(msg(locale, "bulletin.draft.group", chineseNumber(group, locale), line.project().groupName()));
			}
			n++;
			List<String> parts = new ArrayList<>();
			for (Dashboard.IndicatorLine il : line.indicators()) {
				parts.add(indicatorSentence(il, locale));
			}
			String indicators = String.join(msg(locale, "bulletin.draft.join"), parts)
					+ msg(locale, "bulletin.draft.end");
			lines.add(msg(locale, "bulletin.draft.project", String.valueOf(n), line.project().name(), line.leadNames(),
					indicators, counties(d, line, locale)));
		}
		return String.join("\n", lines);
	}

	private String indicatorSentence(Dashboard.IndicatorLine il, Locale locale) {
		IndicatorView indicator = il.indicator();
		String status = msg(locale, il.assessment().status().messageKey());
		String rate = il.assessment().rate().percent().map(BulletinDrafter::percent).orElse(null);
		if (!indicator.isQuantitative()) {
			return msg(locale, "bulletin.draft.milestone", indicator.name(), (rate != null) ? rate : "0", status);
		}
		String approved = plain((il.approved() != null) ? il.approved() : BigDecimal.ZERO);
		if (rate == null) {
			return msg(locale, "bulletin.draft.indicator.na", indicator.name(), target(indicator, locale), approved,
					indicator.measureUnit());
		}
		return msg(locale, "bulletin.draft.indicator", indicator.name(), target(indicator, locale), approved,
				indicator.measureUnit(), rate, status);
	}

	/**
	 * The counties ahead and behind on a project, by their score in the dashboard's heat
	 * map; none when fewer than two counties share it.
	 */
	private String counties(Dashboard d, Dashboard.ProjectLine line, Locale locale) {
		int column = d.heatMap().projects().indexOf(line.project());
		if (column < 0) {
			return msg(locale, "bulletin.draft.counties.lead");
		}
		record Scored(String name, BigDecimal score) {
		}
		List<Scored> scored = new ArrayList<>();
		for (Dashboard.HeatRow row : d.heatMap().rows()) {
			BigDecimal score = row.cells().get(column).score();
			if (score != null) {
				scored.add(new Scored(row.unit().name(), score));
			}
		}
		scored.sort(Comparator.comparing(Scored::score).reversed());
		int named = Math.min(NAMED_PER_PROJECT, scored.size() / 2);
		if (named == 0 || scored.get(0).score().compareTo(scored.get(scored.size() - 1).score()) == 0) {
			return "";
		}
		String separator = msg(locale, "bulletin.draft.list.separator");
		List<String> leading = scored.subList(0, named).stream().map(Scored::name).toList();
		List<String> lagging = new ArrayList<>();
		for (int i = scored.size() - 1; i >= scored.size() - named; i--) {
			lagging.add(scored.get(i).name());
		}
		return msg(locale, "bulletin.draft.counties", String.join(separator, leading), String.join(separator, lagging));
	}

	private String ranking(BulletinFigures f, Locale locale) {
		if (f.ranking().isEmpty()) {
			return msg(locale, "bulletin.draft.ranking.none");
		}
		String separator = msg(locale, "bulletin.draft.list.separator");
		List<String> lines = new ArrayList<>();
		StringBuilder intro = new StringBuilder(
				msg(locale, "bulletin.draft.ranking.intro", String.valueOf(f.ranking().size())));
		if (!f.unranked().isEmpty()) {
			intro.append(msg(locale, "bulletin.draft.ranking.unranked", String.join(separator, f.unranked())));
		}
		lines.add(intro.toString());
		List<BulletinFigures.RankRow> top = marked(f, CountyRanking.Mark.TOP);
		List<BulletinFigures.RankRow> bottom = marked(f, CountyRanking.Mark.BOTTOM);
		if (!top.isEmpty()) {
			lines.add(msg(locale, "bulletin.draft.ranking.top", entries(top, separator, locale),
					String.valueOf(top.size())));
		}
		if (!bottom.isEmpty()) {
			lines.add(msg(locale, "bulletin.draft.ranking.bottom", entries(bottom, separator, locale),
					String.valueOf(bottom.size())));
		}
		return String.join("\n", lines);
	}

	private static List<BulletinFigures.RankRow> marked(BulletinFigures f, CountyRanking.Mark mark) {
		return f.ranking().stream().filter((r) -> r.mark().equals(mark.name())).toList();
	}

	private String entries(List<BulletinFigures.RankRow> rows, String separator, Locale locale) {
		return String.join(separator,
				rows.stream()
					.map((r) -> msg(locale, "bulletin.draft.ranking.entry", r.county(), percent(r.score())))
					.toList());
	}

	private String problems(Dashboard d, String month, Problems.Summary problemSummary, Locale locale) {
		List<String> lines = new ArrayList<>();
		List<Dashboard.ProjectLine> red = d.projects()
			.stream()
			.filter((p) -> p.status() == Status.SERIOUSLY_LAGGING)
			.toList();
		int heading = 0;
		if (red.isEmpty()) {
			lines.add(msg(locale, "bulletin.draft.problems.noRed", chineseNumber(++heading, locale)));
		}
		else {
			lines.add(msg(locale, "bulletin.draft.problems.red", chineseNumber(++heading, locale), month,
					String.valueOf(red.size())));
			int n = 0;
			for (Dashboard.ProjectLine line : red) {
				Dashboard.IndicatorLine worst = line.indicators()
					.stream()
					.filter((il) -> il.assessment().status() == Status.SERIOUSLY_LAGGING)
					.min(Comparator
						.comparing((Dashboard.IndicatorLine il) -> il.assessment().gap().orElse(BigDecimal.ZERO)))
					.orElse(line.indicators().get(0));
				lines.add(msg(locale, "bulletin.draft.problems.item", String.valueOf(++n), line.project().name(),
						line.leadNames(), worst.indicator().name(),
						worst.assessment().rate().percent().map(BulletinDrafter::percent).orElse("0"),
						worst.assessment().gap().map((g) -> percent(g.negate())).orElse("0")));
			}
		}
		int missing = d.reportCount(cn.tangshan.minsheng.progress.Completeness.MISSING);
		if (missing > 0) {
			lines.add(msg(locale, "bulletin.draft.problems.missing", chineseNumber(++heading, locale), month,
					String.valueOf(missing)));
		}
		lines.add(problemList(problemSummary, chineseNumber(++heading, locale), locale));
		return String.join("\n", lines);
	}

	/**
	 * 问题办理: the problems raised for the city's help, solved, under way and overdue, and
	 * by responsible department.
	 */
	private String problemList(Problems.Summary s, String heading, Locale locale) {
		if (s.raised() == 0) {
			return msg(locale, "bulletin.draft.problemList.none", heading);
		}
		String text = msg(locale, "bulletin.draft.problemList", heading, String.valueOf(s.raised()),
				String.valueOf(s.solved()), String.valueOf(s.underWay()), String.valueOf(s.overdue()),
				String.valueOf(s.pending()));
		if (s.units().isEmpty()) {
			return text;
		}
		List<String> entries = s.units()
			.stream()
			.map((u) -> msg(locale, "bulletin.draft.problemList.unit", u.unit().shortName(), String.valueOf(u.open()),
					String.valueOf(u.overdue()), String.valueOf(u.solved())))
			.toList();
		return text + msg(locale, "bulletin.draft.problemList.units",
				String.join(msg(locale, "bulletin.draft.list.separator"), entries));
	}

	private static Optional<BigDecimal> lowestGap(Dashboard.ProjectLine line) {
		return line.indicators()
			.stream()
			.filter((il) -> il.indicator().isQuantitative() || line.project().quantitativeCount() == 0)
			.map((il) -> il.assessment().gap())
			.flatMap(Optional::stream)
			.min(Comparator.naturalOrder());
	}

	private String target(IndicatorView indicator, Locale locale) {
		return indicator.isQuantitative()
				? msg(locale, indicator.targetMessageKey(), indicator.targetText(), indicator.measureUnit())
				: msg(locale, "indicator.milestone");
	}

	private String month(YearMonth month, Locale locale) {
		return month.format(DateTimeFormatter.ofPattern(msg(locale, "format.month"), locale));
	}

	/** 一 … 九十九 in Chinese, Arabic numerals elsewhere, as official documents number. */
	static String chineseNumber(int n, Locale locale) {
		if (!"zh".equals(locale.getLanguage()) || n < 1 || n > 99) {
			return String.valueOf(n);
		}
		String digits = "一二三四五六七八九";
		int tens = n / 10;
		int ones = n % 10;
		String tensPart = (tens == 0) ? "" : ((tens == 1) ? "" : String.valueOf(digits.charAt(tens - 1))) + "十";
		return tensPart + ((ones == 0) ? "" : String.valueOf(digits.charAt(ones - 1)));
	}

	static String plain(BigDecimal value) {
		if (value == null) {
			return "";
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
	}

	/** A percent as the dashboard shows it, one decimal: 62.3, 50.0. */
	static String percent(BigDecimal value) {
		return (value != null) ? value.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() : "";
	}

	private String msg(Locale locale, String key, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
