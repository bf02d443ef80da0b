package cn.tangshan.minsheng.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * 各县（市、区）排名 (鼓励先进、鞭策落后).
 *
 * <p>
 * Score = mean over the county's applicable quantitative indicators of min(rate, 100%),
 * one decimal. Higher score ranks first; equal scores are broken by the on-time reporting
 * rate (higher first; none yet ranks after any rate). Counties equal on both share a rank
 * and the next rank is skipped (1, 2, 2, 4); they are listed in the order given, which
 * should be the units' sort order. Counties without an applicable indicator have no
 * score: they are {@link #unranked()}, shown after the ranked ones.
 *
 * <p>
 * Top and bottom marks go to {@code min(3, n / 2)} counties each way among the n ranked,
 * so with fewer than six counties the two groups never meet (4 counties: 2 and 2; 5: 2
 * and 2, the middle one unmarked; 1: none). Counties tied at a mark's edge are all
 * marked; a county that ties its way into both groups is marked neither, since it is no
 * better or worse than the others.
 *
 * @param ranked the ranked counties, best first
 * @param unranked the counties without a score, in the order given
 */
public record CountyRanking(List<Row> ranked, List<Entry> unranked) {

	private static final int MARKED_EACH_WAY = 3;

	private static final Comparator<BigDecimal> HIGHER_FIRST_NONE_LAST = Comparator
		.nullsLast(Comparator.<BigDecimal>reverseOrder());

	public CountyRanking {
		ranked = List.copyOf(ranked);
		unranked = List.copyOf(unranked);
	}

	/**
	 * One county's figures for the month.
	 *
	 * @param unitId the county
	 * @param quantitativeRates rates of the quantitative indicators allocated to it;
	 * milestones are not ranked
	 * @param onTimePercent its on-time reporting rate ({@link #onTimePercent}), or
	 * {@code null} when nothing has been due yet
	 */
	public record Entry(Long unitId, List<CompletionRate> quantitativeRates, BigDecimal onTimePercent) {

		public Entry {
			Objects.requireNonNull(unitId, "unitId");
			quantitativeRates = List.copyOf(quantitativeRates);
		}

	}

	/**
	 * A ranked county.
	 *
	 * @param lastMonthRank its rank a month before, {@code null} if it was not ranked
	 */
	public record Row(Long unitId, int rank, BigDecimal score, BigDecimal onTimePercent, Mark mark,
			Integer lastMonthRank) {

		/**
		 * Places gained since last month (negative when it fell); empty when it was not
		 * ranked then.
		 */
		public Optional<Integer> rankChange() {
			return Optional.ofNullable(this.lastMonthRank).map((last) -> last - this.rank);
		}

	}

	public enum Mark {

		/** Among the best: praised. */
		TOP,

		/** Among the worst: named. */
		BOTTOM,

		NONE

	}

	/**
	 * @param countiesInSortOrder every county, in the units' sort order
	 * @param lastMonthRanks last month's ranks by unit id ({@link #ranksByUnit()} of last
	 * month's ranking); empty for the first month
	 */
	public static CountyRanking of(List<Entry> countiesInSortOrder, Map<Long, Integer> lastMonthRanks) {
		requireDistinctUnits(countiesInSortOrder);
		List<Scored> scored = new ArrayList<>();
		List<Entry> unranked = new ArrayList<>();
		for (Entry entry : countiesInSortOrder) {
			score(entry.quantitativeRates()).ifPresentOrElse((score) -> scored.add(new Scored(entry, score)),
					() -> unranked.add(entry));
		}
		scored.sort(Comparator.comparing(Scored::score, Comparator.reverseOrder())
			.thenComparing(Scored::onTimePercent, HIGHER_FIRST_NONE_LAST));
		int[] ranks = competitionRanks(scored);
		int marked = Math.min(MARKED_EACH_WAY, scored.size() / 2);
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < scored.size(); i++) {
			Scored county = scored.get(i);
			Mark mark = mark(ranks, i, marked);
			rows.add(new Row(county.entry().unitId(), ranks[i], county.score(), county.onTimePercent(), mark,
					lastMonthRanks.get(county.entry().unitId())));
		}
		return new CountyRanking(rows, unranked);
	}

	/**
	 * Mean of min(rate, 100%) over the applicable rates, one decimal; empty when none
	 * applies.
	 */
	public static Optional<BigDecimal> score(Collection<CompletionRate> quantitativeRates) {
		List<BigDecimal> capped = quantitativeRates.stream()
			.map(CompletionRate::cappedPercent)
			.flatMap(Optional::stream)
			.toList();
		if (capped.isEmpty()) {
			return Optional.empty();
		}
		BigDecimal sum = capped.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return Optional.of(sum.divide(BigDecimal.valueOf(capped.size()), Percent.SCALE, RoundingMode.HALF_UP));
	}

	/**
	 * On-time reporting rate, one decimal: reports first submitted by their deadline ÷
	 * reports whose deadline has passed. Empty when nothing has been due yet.
	 */
	public static Optional<BigDecimal> onTimePercent(long submittedOnTime, long due) {
		if (submittedOnTime < 0 || submittedOnTime > due) {
			throw new IllegalArgumentException("On-time count must be 0 to " + due + ", was " + submittedOnTime);
		}
		if (due == 0) {
			return Optional.empty();
		}
		return Optional.of(Percent.of(BigDecimal.valueOf(submittedOnTime), BigDecimal.valueOf(due)));
	}

	/**
	 * This ranking's ranks by unit id, to compare next month with.
	 */
	public Map<Long, Integer> ranksByUnit() {
		Map<Long, Integer> ranks = new LinkedHashMap<>();
		this.ranked.forEach((row) -> ranks.put(row.unitId(), row.rank()));
		return ranks;
	}

	private static int[] competitionRanks(List<Scored> sorted) {
		int[] ranks = new int[sorted.size()];
		for (int i = 0; i < sorted.size(); i++) {
			boolean tiesPrevious = i > 0 && sorted.get(i).ties(sorted.get(i - 1));
			ranks[i] = tiesPrevious ? ranks[i - 1] : i + 1;
		}
		return ranks;
	}

	private static Mark mark(int[] ranks, int position, int marked) {
		if (marked == 0) {
			return Mark.NONE;
		}
		boolean top = ranks[position] <= ranks[marked - 1];
		boolean bottom = ranks[position] >= ranks[ranks.length - marked];
		if (top == bottom) { // neither, or tied into both
			return Mark.NONE;
		}
		return top ? Mark.TOP : Mark.BOTTOM;
	}

	private static void requireDistinctUnits(List<Entry> entries) {
		Set<Long> seen = new HashSet<>();
		for (Entry entry : entries) {
			if (!seen.add(entry.unitId())) {
				throw new IllegalArgumentException("County " + entry.unitId() + " is listed twice");
			}
		}
	}

	private record Scored(Entry entry, BigDecimal score) {

		BigDecimal onTimePercent() {
			return this.entry.onTimePercent();
		}

		boolean ties(Scored other) {
			return this.score.compareTo(other.score) == 0
					&& Objects.compare(onTimePercent(), other.onTimePercent(), HIGHER_FIRST_NONE_LAST) == 0;
		}

	}

}
