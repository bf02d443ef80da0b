package cn.tangshan.minsheng.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

/**
 * Computed figures (a dashboard, a breakdown, a ledger's details) kept per data version.
 *
 * <p>
 * The version is a row of PostgreSQL ({@code figures_version}, V21_1) that triggers bump
 * in the same transaction as every change that can move a figure: a report submitted,
 * approved, returned or reopened, its values while it is not a draft, an allocation, a
 * unit, a plan year with its projects and indicators, the progress settings. Each lookup
 * reads the version first (one statement), then, on a miss, the data: a result is only
 * ever kept under a version at most as new as the data it was computed from, so a lookup
 * under the version now committed never returns figures older than it. Versions come from
 * a sequence and are never reused, not even after a rollback. Every node reads the same
 * row, so two nodes on one database agree.
 *
 * <p>
 * Time moves figures too (a report not in by its deadline becomes 未报送): each result
 * carries the interval between the deadlines around the instant it was computed at, and
 * is used only while the clock is inside it.
 */
@Component
class FiguresCache {

	/** Results kept for one version; more and the version's results start over. */
	static final int MAX_ENTRIES = 512;

	/**
	 * The estimated size of the results kept for one version (a dashboard of 200 counties
	 * is about 0.5 MB, a ledger's details about 3 MB): the heap stays within 512 MB.
	 */
	static final long MAX_BYTES = 96L * 1024 * 1024;

	private final EntityManager entityManager;

	private volatile Generation generation = new Generation(Long.MIN_VALUE);

	FiguresCache(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * The version of the figures as this transaction sees it.
	 */
	long version() {
		return ((Number) this.entityManager.createNativeQuery("select version from figures_version where id = 1")
			.getSingleResult()).longValue();
	}

	/**
	 * The result under {@code key} for the current version, computed (and kept) when
	 * there is none valid at {@code now}.
	 * @param key what the result depends on besides the data and the time: the kind of
	 * result, the request's parameters, the viewer's role and unit, the current month
	 */
	@SuppressWarnings("unchecked")
	<T> T get(List<?> key, Instant now, Supplier<Cached<T>> compute) {
		long version = version();
		Generation current = this.generation;
		if (current.version != version) {
			current = new Generation(version);
			this.generation = current;
		}
		Cached<?> hit = current.entries.get(key);
		if (hit != null && hit.validAt(now)) {
			return (T) hit.value();
		}
		Cached<T> computed = compute.get();
		if (current.entries.size() >= MAX_ENTRIES || current.bytes.addAndGet(computed.bytes()) > MAX_BYTES) {
			current.entries.clear();
			current.bytes.set(computed.bytes());
		}
		current.entries.put(key, computed);
		return computed.value();
	}

	/** The number of results kept for the version last seen (for tests). */
	int size() {
		return this.generation.entries.size();
	}

	/**
	 * A computed result and the instants between which the time-dependent part of it
	 * holds.
	 *
	 * @param after the last deadline passed when it was computed ({@code null}: none);
	 * valid only after it
	 * @param until the next deadline ({@code null}: none); valid up to it
	 * @param bytes its estimated size on the heap
	 */
	record Cached<T>(T value, Instant after, Instant until, long bytes) {

		boolean validAt(Instant now) {
			return (this.after == null || now.isAfter(this.after)) && (this.until == null || !now.isAfter(this.until));
		}

	}

	private static final class Generation {

		final long version;

		final Map<List<?>, Cached<?>> entries = new ConcurrentHashMap<>();

		final AtomicLong bytes = new AtomicLong();

		Generation(long version) {
			this.version = version;
		}

	}

}
