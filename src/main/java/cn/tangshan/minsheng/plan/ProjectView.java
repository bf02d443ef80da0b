package cn.tangshan.minsheng.plan;

import java.util.List;
import java.util.Objects;

import cn.tangshan.minsheng.org.UnitView;

/**
 * A project with its indicators and lead departments.
 */
public record ProjectView(Long id, int groupNumber, String groupName, int number, String name, String description,
		List<IndicatorView> indicators, List<UnitView> leads) {

	/**
	 * The project's number as the portal cites it: group and number, e.g. {@code 1-19}.
	 */
	public String code() {
		return this.groupNumber + "-" + this.number;
	}

	public long quantitativeCount() {
		return this.indicators.stream().filter(IndicatorView::isQuantitative).count();
	}

	/**
	 * By id alone (issue #14): a project view is a key of many maps (a unit's tasks, the
	 * kept cards of a form or a review queue), and the record's own hash walks every
	 * indicator and lead each time. Equal views have equal ids, so this agrees with
	 * {@link #equals}.
	 */
	@Override
	public int hashCode() {
		return Objects.hashCode(this.id);
	}

}
