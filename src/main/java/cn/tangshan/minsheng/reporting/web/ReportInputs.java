package cn.tangshan.minsheng.reporting.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import cn.tangshan.minsheng.reporting.ReportInput;

import org.springframework.util.MultiValueMap;

/**
 * Reads one project's report form: {@code v<id>} figures, {@code r<id>} correction
 * reasons and {@code c<id>} confirmations per indicator, plus texts and the version. The
 * form's fields depend on the indicators, so they are read by name rather than bound to a
 * fixed record.
 */
final class ReportInputs {

	private ReportInputs() {
	}

	static ReportInput from(MultiValueMap<String, String> params) {
		Map<Long, String> values = new HashMap<>();
		Map<Long, String> reasons = new HashMap<>();
		Set<Long> confirmed = new HashSet<>();
		params.forEach((name, list) -> {
			String value = list.isEmpty() ? "" : list.get(0);
			Long id = indicatorId(name);
			if (id == null) {
				return;
			}
			switch (name.charAt(0)) {
				case 'v' -> values.put(id, value);
				case 'r' -> reasons.put(id, value);
				case 'c' -> {
					if ("true".equals(value) || "on".equals(value)) {
						confirmed.add(id);
					}
				}
				default -> {
				}
			}
		});
		return new ReportInput(values, reasons, confirmed, text(params, "progress"), text(params, "problems"),
				text(params, "nextSteps"), text(params, "investmentPlanned"), text(params, "investmentCompleted"),
				version(params.getFirst("version")));
	}

	private static Long indicatorId(String name) {
		if (name.length() < 2 || "vrc".indexOf(name.charAt(0)) < 0) {
			return null;
		}
		try {
			return Long.valueOf(name.substring(1));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String text(MultiValueMap<String, String> params, String name) {
		String value = params.getFirst(name);
		return (value != null) ? value : "";
	}

	private static long version(String text) {
		try {
			return (text != null) ? Long.parseLong(text) : -1;
		}
		catch (NumberFormatException ex) {
			return Long.MIN_VALUE;
		}
	}

}
