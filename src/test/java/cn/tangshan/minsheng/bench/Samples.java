package cn.tangshan.minsheng.bench;

import java.util.Arrays;

/**
 * Response times of one measurement (nanoseconds), with errors and the time it took, and
 * their percentiles by the nearest-rank method: the p-th percentile of n sorted values is
 * the value at rank ⌈p/100 · n⌉ (so p99 of 50 samples is the 50th, the largest; p50 of 4
 * is the 2nd).
 */
final class Samples {

	private long[] values = new long[1024];

	private int count;

	private int errors;

	private long bytes;

	private long elapsedNanos;

	synchronized void add(long nanos) {
		if (this.count == this.values.length) {
			this.values = Arrays.copyOf(this.values, this.count * 2);
		}
		this.values[this.count++] = nanos;
	}

	synchronized void error() {
		this.errors++;
	}

	synchronized void bytes(long bytes) {
		this.bytes = bytes;
	}

	synchronized void elapsed(long nanos) {
		this.elapsedNanos = nanos;
	}

	synchronized void addAll(Samples other) {
		for (int i = 0; i < other.count; i++) {
			add(other.values[i]);
		}
		this.errors += other.errors;
		this.bytes = Math.max(this.bytes, other.bytes);
	}

	synchronized int count() {
		return this.count;
	}

	synchronized int errors() {
		return this.errors;
	}

	/** Size of the last response body in bytes. */
	synchronized long lastBytes() {
		return this.bytes;
	}

	/** Completed requests per second over the measured time (0 when not timed). */
	synchronized double throughput() {
		return (this.elapsedNanos > 0) ? this.count / (this.elapsedNanos / 1e9) : 0;
	}

	/** The p-th percentile in milliseconds, NaN without samples. */
	synchronized double percentileMillis(double p) {
		if (this.count == 0) {
			return Double.NaN;
		}
		long[] sorted = Arrays.copyOf(this.values, this.count);
		Arrays.sort(sorted);
		return sorted[rank(p, this.count) - 1] / 1e6;
	}

	/** Nearest rank (1-based) of the p-th percentile among n values. */
	static int rank(double p, int n) {
		if (p <= 0) {
			return 1;
		}
		int rank = (int) Math.ceil(p / 100.0 * n - 1e-9);
		return Math.max(1, Math.min(n, rank));
	}

}
