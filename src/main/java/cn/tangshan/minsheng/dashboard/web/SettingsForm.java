package cn.tangshan.minsheng.dashboard.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import cn.tangshan.minsheng.progress.InvalidProgressSettingsException;
import cn.tangshan.minsheng.progress.ProgressSettings;

/**
 * The settings form as typed: twelve expected percents and two thresholds, kept as text
 * so that a wrong entry comes back as the user typed it.
 */
record SettingsForm(List<String> expected, String green, String red) {

	SettingsForm {
		List<String> twelve = new ArrayList<>((expected != null) ? expected : List.of());
		while (twelve.size() < 12) {
			twelve.add("");
		}
		expected = List.copyOf(twelve.subList(0, 12));
	}

	private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(\\.\\d)?");

	static SettingsForm of(ProgressSettings settings) {
		List<String> expected = new ArrayList<>();
		for (int month = 1; month <= 12; month++) {
			expected.add(settings.expectedPercent(month).stripTrailingZeros().toPlainString());
		}
		return new SettingsForm(expected, settings.greenGapPoints().stripTrailingZeros().toPlainString(),
				settings.redGapPoints().stripTrailingZeros().toPlainString());
	}

	String expected(int index) {
		return this.expected.get(index);
	}

	/**
	 * The settings, or the message keys of the problems by field ({@code expected0} …
	 * {@code expected11}, {@code green}, {@code red}).
	 */
	Result parse() {
		Map<String, String> problems = new LinkedHashMap<>();
		List<BigDecimal> schedule = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			BigDecimal value = number(expected(i));
			if (value == null) {
				problems.put("expected" + i, "dashboard.settings.number");
			}
			schedule.add(value);
		}
		BigDecimal greenGap = number(this.green);
		BigDecimal redGap = number(this.red);
		if (greenGap == null) {
			problems.put("green", "dashboard.settings.number");
		}
		if (redGap == null) {
			problems.put("red", "dashboard.settings.number");
		}
		if (!problems.isEmpty()) {
			return new Result(null, problems);
		}
		try {
			return new Result(new ProgressSettings(schedule, greenGap, redGap), Map.of());
		}
		catch (InvalidProgressSettingsException ex) {
			String field = (ex.month() > 0) ? "expected" + (ex.month() - 1)
					: ex.reason().name().startsWith("GREEN") ? "green" : "expected0";
			return new Result(null, Map.of(field, ex.messageKey()));
		}
	}

	private static BigDecimal number(String text) {
		if (text == null || !NUMBER.matcher(text.strip()).matches()) {
			return null;
		}
		BigDecimal value = new BigDecimal(text.strip());
		return (value.compareTo(BigDecimal.valueOf(100)) <= 0) ? value : null;
	}

	record Result(ProgressSettings settings, Map<String, String> problems) {
	}

}
