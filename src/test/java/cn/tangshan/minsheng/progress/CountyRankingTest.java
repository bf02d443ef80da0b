package cn.tangshan.minsheng.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.tangshan.minsheng.progress.CountyRanking.Entry;
import cn.tangshan.minsheng.progress.CountyRanking.Mark;
import cn.tangshan.minsheng.progress.CountyRanking.Row;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

class CountyRankingTest {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	@Test
	void scoreIsTheMeanOfRatesCappedAtOneHundred() {
		List<CompletionRate> rates = List.of(CompletionRate.of(new BigDecimal("19.5"), new BigDecimal("15")),
				CompletionRate.of(new BigDecimal("7796.5"), new BigDecimal("15593")),
				CompletionRate.of(new BigDecimal("400"), new BigDecimal("500")));

		// (100.0 + 50.0 + 80.0) / 3 = 76.66…
		assertThat(CountyRanking.score(rates)).contains(new BigDecimal("76.7"));
	}

	@Test
	void scoreSkipsIndicatorsNotAllocatedToTheCounty() {
		List<CompletionRate> rates = List.of(CompletionRate.notApplicable(), rate("40"), rate("61"));

		assertThat(CountyRanking.score(rates)).contains(new BigDecimal("50.5"));
	}

	@Test
	void noAllocatedIndicatorMeansNoScore() {
		assertThat(CountyRanking.score(List.of())).isEmpty();
		assertThat(CountyRanking.score(List.of(CompletionRate.notApplicable()))).isEmpty();
	}

	@Test
	void onTimePercentIsOnTimeOverDue() {
		assertThat(CountyRanking.onTimePercent(5, 6)).contains(new BigDecimal("83.3"));
		assertThat(CountyRanking.onTimePercent(6, 6)).contains(new BigDecimal("100.0"));
		assertThat(CountyRanking.onTimePercent(0, 6)).contains(new BigDecimal("0.0"));
		assertThat(CountyRanking.onTimePercent(0, 0)).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> CountyRanking.onTimePercent(7, 6));
		assertThatIllegalArgumentException().isThrownBy(() -> CountyRanking.onTimePercent(-1, 6));
	}

	@Test
	void eighteenCountiesRankedWithTopAndBottomThreeMarked() {
		String[] scores = { "71.0", "95.5", "40.2", "88.8", "63.0", "99.1", "12.5", "77.7", "81.3", "54.6", "66.6",
				"90.0", "35.0", "58.8", "73.3", "20.0", "84.4", "49.9" };
		List<Entry> counties = new ArrayList<>();
		for (int i = 0; i < scores.length; i++) {
			counties.add(entry(i + 1, "100.0", scores[i]));
		}

		CountyRanking ranking = CountyRanking.of(counties, Map.of());

		assertThat(ranking.ranked()).extracting(Row::unitId)
			.containsExactly(6L, 2L, 12L, 4L, 17L, 9L, 8L, 15L, 1L, 11L, 5L, 14L, 10L, 18L, 3L, 13L, 16L, 7L);
		assertThat(ranking.ranked()).extracting(Row::rank)
			.containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18);
		assertThat(ranking.ranked()).filteredOn((row) -> row.mark() == Mark.TOP)
			.extracting(Row::unitId, Row::score)
			.containsExactly(tuple(6L, new BigDecimal("99.1")), tuple(2L, new BigDecimal("95.5")),
					tuple(12L, new BigDecimal("90.0")));
		assertThat(ranking.ranked()).filteredOn((row) -> row.mark() == Mark.BOTTOM)
			.extracting(Row::unitId, Row::score)
			.containsExactly(tuple(13L, new BigDecimal("35.0")), tuple(16L, new BigDecimal("20.0")),
					tuple(7L, new BigDecimal("12.5")));
		assertThat(ranking.ranked()).filteredOn((row) -> row.mark() == Mark.NONE).hasSize(12);
		assertThat(ranking.unranked()).isEmpty();
	}

	@Test
	void equalScoresAreBrokenByOnTimeReportingRate() {
		CountyRanking ranking = CountyRanking.of(List.of(entry(1, "83.3", "80", "80"), entry(2, "100.0", "70", "90"),
				entry(3, "66.7", "95", "95"), entry(4, "50.0", "10")), Map.of());

		assertThat(ranking.ranked()).extracting(Row::unitId, Row::rank, Row::score, Row::onTimePercent)
			.containsExactly(tuple(3L, 1, new BigDecimal("95.0"), new BigDecimal("66.7")),
					tuple(2L, 2, new BigDecimal("80.0"), new BigDecimal("100.0")),
					tuple(1L, 3, new BigDecimal("80.0"), new BigDecimal("83.3")),
					tuple(4L, 4, new BigDecimal("10.0"), new BigDecimal("50.0")));
	}

	@Test
	void noOnTimeRateYetLosesATie() {
		CountyRanking ranking = CountyRanking.of(List.of(entry(1, null, "60"), entry(2, "0.0", "60")), Map.of());

		assertThat(ranking.ranked()).extracting(Row::unitId, Row::rank).containsExactly(tuple(2L, 1), tuple(1L, 2));
	}

	@Test
	void exactTiesShareARankAndKeepTheSortOrder() {
		CountyRanking ranking = CountyRanking.of(List.of(entry(1, "90.0", "50"), entry(2, "100.0", "70"),
				entry(3, "90.0", "70"), entry(4, "90.0", "70"), entry(5, "90.0", "20")), Map.of());

		assertThat(ranking.ranked()).extracting(Row::unitId, Row::rank)
			.containsExactly(tuple(2L, 1), tuple(3L, 2), tuple(4L, 2), tuple(1L, 4), tuple(5L, 5));
	}

	@Test
	void fourCountiesMarkTwoAtEachEnd() {
		CountyRanking ranking = CountyRanking.of(List.of(entry(1, "100.0", "40"), entry(2, "100.0", "90"),
				entry(3, "100.0", "60"), entry(4, "100.0", "75")), Map.of());

		assertThat(ranking.ranked()).extracting(Row::unitId, Row::rank, Row::mark)
			.containsExactly(tuple(2L, 1, Mark.TOP), tuple(4L, 2, Mark.TOP), tuple(3L, 3, Mark.BOTTOM),
					tuple(1L, 4, Mark.BOTTOM));
	}

	@Test
	void fiveCountiesLeaveTheMiddleOneUnmarked() {
		CountyRanking ranking = CountyRanking.of(List.of(entry(1, "100.0", "10"), entry(2, "100.0", "20"),
				entry(3, "100.0", "30"), entry(4, "100.0", "40"), entry(5, "100.0", "50")), Map.of());

		assertThat(ranking.ranked()).extracting(Row::unitId, Row::mark)
			.containsExactly(tuple(5L, Mark.TOP), tuple(4L, Mark.TOP), tuple(3L, Mark.NONE), tuple(2L, Mark.BOTTOM),
					tuple(1L, Mark.BOTTOM));
	}

	@Test
	void fewCountiesAreNeverBothTopAndBottom() {
		assertThat(marks(entry(1, "100.0", "50"))).containsExactly(Mark.NONE);
		assertThat(marks(entry(1, "100.0", "50"), entry(2, "100.0", "60"))).containsExactly(Mark.TOP, Mark.BOTTOM);
		assertThat(marks(entry(1, "100.0", "50"), entry(2, "100.0", "60"), entry(3, "100.0", "70")))
			.containsExactly(Mark.TOP, Mark.NONE, Mark.BOTTOM);
	}

	@Test
	void countiesTiedIntoBothEndsAreMarkedNeither() {
		assertThat(marks(entry(1, "100.0", "50"), entry(2, "100.0", "50"), entry(3, "100.0", "50"),
				entry(4, "100.0", "50")))
			.containsExactly(Mark.NONE, Mark.NONE, Mark.NONE, Mark.NONE);
		// ranks 1, 2, 2, 4: the tied pair reaches into both ends
		assertThat(marks(entry(1, "100.0", "90"), entry(2, "100.0", "60"), entry(3, "100.0", "60"),
				entry(4, "100.0", "30")))
			.containsExactly(Mark.TOP, Mark.NONE, Mark.NONE, Mark.BOTTOM);
	}

	@Test
	void aTieAtTheEdgeOfTheTopThreeMarksBoth() {
		List<Entry> counties = new ArrayList<>();
		String[] scores = { "99", "98", "97", "97", "60", "50", "40", "30" };
		for (int i = 0; i < scores.length; i++) {
			counties.add(entry(i + 1, "100.0", scores[i]));
		}

		CountyRanking ranking = CountyRanking.of(counties, Map.of());

		assertThat(ranking.ranked()).extracting(Row::unitId, Row::rank, Row::mark)
			.containsExactly(tuple(1L, 1, Mark.TOP), tuple(2L, 2, Mark.TOP), tuple(3L, 3, Mark.TOP),
					tuple(4L, 3, Mark.TOP), tuple(5L, 5, Mark.NONE), tuple(6L, 6, Mark.BOTTOM),
					tuple(7L, 7, Mark.BOTTOM), tuple(8L, 8, Mark.BOTTOM));
	}

	@Test
	void countiesWithoutAllocatedIndicatorsAreUnrankedAndUnmarked() {
		Entry nothingAllocated = new Entry(2L, List.of(), new BigDecimal("100.0"));
		Entry allZeroAllocations = new Entry(4L, List.of(CompletionRate.notApplicable()), new BigDecimal("100.0"));

		CountyRanking ranking = CountyRanking.of(List.of(entry(1, "100.0", "30"), nothingAllocated,
				entry(3, "100.0", "70"), allZeroAllocations, entry(5, "100.0", "50")), Map.of());

		assertThat(ranking.ranked()).extracting(Row::unitId, Row::rank, Row::mark)
			.containsExactly(tuple(3L, 1, Mark.TOP), tuple(5L, 2, Mark.NONE), tuple(1L, 3, Mark.BOTTOM));
		assertThat(ranking.unranked()).containsExactly(nothingAllocated, allZeroAllocations);
	}

	@Test
	void rankChangeComparesWithLastMonth() {
		CountyRanking june = CountyRanking
			.of(List.of(entry(1, "100.0", "90"), entry(2, "100.0", "80"), entry(3, "100.0", "70")), Map.of());
		CountyRanking july = CountyRanking.of(List.of(entry(1, "100.0", "75"), entry(2, "100.0", "95"),
				entry(3, "100.0", "70"), entry(4, "100.0", "85")), june.ranksByUnit());

		assertThat(june.ranksByUnit()).containsExactly(Map.entry(1L, 1), Map.entry(2L, 2), Map.entry(3L, 3));
		assertThat(june.ranked()).allSatisfy((row) -> assertThat(row.rankChange()).isEmpty());
		assertThat(july.ranked()).extracting(Row::unitId, Row::rank, Row::lastMonthRank, (row) -> row.rankChange())
			.containsExactly(tuple(2L, 1, 2, Optional.of(1)), tuple(4L, 2, null, Optional.empty()),
					tuple(1L, 3, 1, Optional.of(-2)), tuple(3L, 4, 3, Optional.of(-1)));
	}

	@Test
	void aCountyListedTwiceIsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CountyRanking.of(List.of(entry(1, "100.0", "50"), entry(1, "90.0", "60")), Map.of()));
	}

	private static List<Mark> marks(Entry... countiesInSortOrder) {
		return CountyRanking.of(List.of(countiesInSortOrder), Map.of()).ranked().stream().map(Row::mark).toList();
	}

	private static Entry entry(long unitId, String onTimePercent, String... ratePercents) {
		return new Entry(unitId, Arrays.stream(ratePercents).map(CountyRankingTest::rate).toList(),
				(onTimePercent != null) ? new BigDecimal(onTimePercent) : null);
	}

	private static CompletionRate rate(String percent) {
		return CompletionRate.of(new BigDecimal(percent), HUNDRED);
	}

}
