package cn.tangshan.minsheng.plan;

import java.util.List;

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

}
