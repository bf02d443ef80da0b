package cn.tangshan.minsheng.audit;

import java.util.List;

/**
 * One page of the security audit trail.
 *
 * @param rows the entries, newest first
 * @param number the page's number, from 1
 * @param size the page size
 * @param hasNext whether a later page exists
 */
public record SecurityEventPage(List<SecurityEventView> rows, int number, int size, boolean hasNext) {

	public boolean hasPrevious() {
		return this.number > 1;
	}

}
