package cn.tangshan.minsheng.reporting;

import java.util.Set;

/**
 * Someone else changed these indicator columns since the user opened the grid; nothing
 * was stored. The page shows the current values and keeps the user's input.
 */
public class AllocationConflictException extends RuntimeException {

	private final Set<Long> indicatorIds;

	AllocationConflictException(Set<Long> indicatorIds) {
		super("Allocations changed meanwhile: " + indicatorIds, null, false, false);
		this.indicatorIds = Set.copyOf(indicatorIds);
	}

	/**
	 * The columns that changed.
	 */
	public Set<Long> indicatorIds() {
		return this.indicatorIds;
	}

}
