package cn.tangshan.minsheng.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which quantitative indicators of two plan years are the same task: the same first lead
 * department and the same indicator name. A name met twice under one department in a year
 * is ambiguous and matches nothing. Used to copy last year's split and to show last
 * year's completion beside this year's.
 */
public final class IndicatorMatches {

	private IndicatorMatches() {
	}

	/**
	 * @return per indicator id of {@code next}, the matching indicator of
	 * {@code previous}
	 */
	public static Map<Long, IndicatorView> of(PlanOverview previous, List<ProjectView> next) {
		Map<String, IndicatorView> old = keys(previous.projects());
		Map<String, IndicatorView> now = keys(next);
		Map<Long, IndicatorView> matches = new HashMap<>();
		now.forEach((key, indicator) -> {
			IndicatorView match = old.get(key);
			if (indicator != null && match != null) {
				matches.put(indicator.id(), match);
			}
		});
		return matches;
	}

	/**
	 * Quantitative indicators by "lead unit id/name"; null for a key met twice.
	 */
	private static Map<String, IndicatorView> keys(List<ProjectView> projects) {
		Map<String, IndicatorView> keys = new HashMap<>();
		for (ProjectView project : projects) {
			if (project.leads().isEmpty()) {
				continue;
			}
			for (IndicatorView indicator : project.indicators()) {
				if (indicator.isQuantitative()) {
					String key = project.leads().get(0).id() + "/" + indicator.name().strip();
					keys.put(key, keys.containsKey(key) ? null : indicator);
				}
			}
		}
		return keys;
	}

}
