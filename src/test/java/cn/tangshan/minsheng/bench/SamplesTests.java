package cn.tangshan.minsheng.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The benchmark's percentiles (nearest rank) and throughput.
 */
class SamplesTests {

	@Test
	void nearestRankOfTheUsualPercentiles() {
		assertThat(Samples.rank(50, 4)).isEqualTo(2);
		assertThat(Samples.rank(50, 5)).isEqualTo(3);
		assertThat(Samples.rank(95, 20)).isEqualTo(19);
		assertThat(Samples.rank(95, 21)).isEqualTo(20);
		assertThat(Samples.rank(99, 50)).isEqualTo(50);
		assertThat(Samples.rank(99, 100)).isEqualTo(99);
		assertThat(Samples.rank(99, 1)).isEqualTo(1);
		assertThat(Samples.rank(0, 10)).isEqualTo(1);
		assertThat(Samples.rank(100, 10)).isEqualTo(10);
	}

	@Test
	void percentilesOfOneToAHundredMillisecondsInAnyOrder() {
		Samples s = new Samples();
		for (int i = 100; i >= 1; i--) {
			s.add(i * 1_000_000L);
		}
		assertThat(s.count()).isEqualTo(100);
		assertThat(s.percentileMillis(50)).isEqualTo(50.0);
		assertThat(s.percentileMillis(95)).isEqualTo(95.0);
		assertThat(s.percentileMillis(99)).isEqualTo(99.0);
		assertThat(s.percentileMillis(100)).isEqualTo(100.0);
	}

	@Test
	void manySamplesGrowTheBufferAndMergeWithErrors() {
		Samples a = new Samples();
		for (int i = 0; i < 5000; i++) {
			a.add(2_000_000L);
		}
		a.error();
		Samples all = new Samples();
		all.add(500_000_000L);
		all.addAll(a);
		assertThat(all.count()).isEqualTo(5001);
		assertThat(all.errors()).isEqualTo(1);
		assertThat(all.percentileMillis(99)).isEqualTo(2.0);
		assertThat(all.percentileMillis(100)).isEqualTo(500.0);
	}

	@Test
	void throughputOverTheMeasuredTimeAndNothingWithoutSamples() {
		Samples s = new Samples();
		assertThat(s.percentileMillis(50)).isNaN();
		for (int i = 0; i < 250; i++) {
			s.add(1_000_000L);
		}
		s.elapsed(5_000_000_000L);
		assertThat(s.throughput()).isCloseTo(50.0, within(1e-9));
	}

	@Test
	void theShareOfARequestInsideTheWindow() {
		long s = 1_000_000_000L;
		assertThat(Samples.share(2 * s, 3 * s, 1 * s, 5 * s)).isEqualTo(1.0);
		assertThat(Samples.share(0, s / 2, 1 * s, 5 * s)).isEqualTo(0.0);
		assertThat(Samples.share(6 * s, 7 * s, 1 * s, 5 * s)).isEqualTo(0.0);
		assertThat(Samples.share(0, 2 * s, 1 * s, 5 * s)).isCloseTo(0.5, within(1e-9));
		assertThat(Samples.share(4 * s, 8 * s, 1 * s, 5 * s)).isCloseTo(0.25, within(1e-9));
		// longer than the window on both sides: the window's length over its duration
		assertThat(Samples.share(0, 16 * s, 1 * s, 5 * s)).isCloseTo(0.25, within(1e-9));
	}

	@Test
	void requestsSlowerThanTheWindowStillGiveTheirThroughput() {
		// a closed loop of 32 users, a request of 14.5 s each, back to back (about 2.2
		// req/s), a 4 s window: hardly one ends in it, every user's requests cover it
		long s = 1_000_000_000L;
		long duration = 14_500_000_000L;
		Samples samples = new Samples();
		for (int user = 0; user < 32; user++) {
			for (int k = -1; k <= 1; k++) {
				long start = user * duration / 32 + k * duration;
				long end = start + duration;
				double share = Samples.share(start, end, 1 * s, 5 * s);
				if (share > 0) {
					samples.add(duration, share);
				}
			}
		}
		samples.elapsed(4 * s);
		assertThat(samples.throughput()).isCloseTo(32 / 14.5, within(1e-9));
		Samples all = new Samples();
		all.addAll(samples);
		all.elapsed(4 * s);
		assertThat(all.throughput()).isCloseTo(32 / 14.5, within(1e-9));
		assertThat(all.count()).isEqualTo(samples.count()).isGreaterThanOrEqualTo(32);
	}

}
