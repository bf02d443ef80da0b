package cn.tangshan.minsheng.reporting;

import java.util.List;

import cn.tangshan.minsheng.org.UnitView;
import cn.tangshan.minsheng.plan.ProjectView;

/**
 * One page of the reviewer's queue.
 *
 * @param items the page's reports
 * @param waiting every report waiting for this reviewer, whatever the filter
 * @param matching those the filter lets through
 * @param page the page shown, 1-based
 * @param pages the number of pages (at least 1)
 * @param filter the filter applied (values outside the queue left out)
 * @param projects the projects the reviewer reviews, for the filter's choices
 * @param units the units with a report waiting, for the filter's choices
 * @param ignored the filter fields given with a value outside the queue ({@code project},
 * {@code unit})
 */
public record ReviewQueue(List<ReviewItem> items, long waiting, long matching, int page, int pages, ReviewFilter filter,
		List<ProjectView> projects, List<UnitView> units, List<String> ignored) {

	public static final int PAGE_SIZE = 20;

	public boolean paged() {
		return this.pages > 1;
	}

}
