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

	/** Requests counted for the throughput: whole ones, or their shares of a window. */
	private double requests;

	synchronized void add(long nanos) {
		add(nanos, 1);
	}

	/**
	 * A response time, counting as share (0 to 1) of a request for the throughput: the
	 * part of the request's time that fell into the measured window ({@link #share}).
	 */
	synchronized void add(long nanos, double share) {
		if (this.count == this.values.length) {
			this.values = Arrays.copyOf(this.values, this.count * 2);
		}
		this.values[this.count++] = nanos;
		this.requests += share;
	}

	/**
	 * The share of a request from start to end (nanoTime) that lies inside the window: 1
	 * for one wholly inside, 0 for one wholly outside, the overlap over its duration
	 * otherwise. Summed over the requests of a closed loop and divided by the window, it
	 * is the throughput also when the requests take longer than the window (a bulletin's
	 * PDF with 32 users: a request takes longer than the window, so counting only those
	 * that end in it would say 0 or 32 by chance).
	 */
	static double share(long start, long end, long windowStart, long windowEnd) {
		long overlap = Math.min(end, windowEnd) - Math.max(start, windowStart);
		if (overlap <= 0) {
			return 0;
		}
		return (end > start) ? (double) overlap / (end - start) : 1;
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
			add(other.values[i], 0);
		}
		this.requests += other.requests;
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

	/**
	 * Requests per second over the measured time (0 when not timed): completed ones, or
	 * the sum of their shares of the window when added with one.
	 */
	synchronized double throughput() {
		return (this.elapsedNanos > 0) ? this.requests / (this.elapsedNanos / 1e9) : 0;
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
