package cn.tangshan.minsheng.cockpit;

import java.math.BigDecimal;
import java.util.List;

/**
 * How values become colours: bands from the best down, each from a lower bound
 * (inclusive); a value below every bound takes the last band. At most five bands; each
 * has a colour and a hatching pattern, so the map reads in black and white too.
 *
 * @param title the legend's heading, e.g. "综合得分"
 * @param bands best first, each {@code from} lower than the one before
 * @param noData the words for a tile without a value, e.g. "暂无数据"
 * @param spare the words over the spare row of units without a position, e.g. "未设置地图位置"
 */
public record TileLegend(String title, List<Band> bands, String noData, String spare) {

	public static final int MAX_BANDS = 5;

	public TileLegend {
		if (bands.isEmpty() || bands.size() > MAX_BANDS) {
			throw new IllegalArgumentException("1 to " + MAX_BANDS + " bands, not " + bands.size());
		}
		for (int i = 1; i < bands.size(); i++) {
			if (bands.get(i).from() != null && bands.get(i - 1).from() != null
					&& bands.get(i).from().compareTo(bands.get(i - 1).from()) >= 0) {
				throw new IllegalArgumentException("Bands must go from the best down: " + bands);
			}
		}
		bands = List.copyOf(bands);
	}

	/**
	 * A band: values from {@code from} (inclusive) up to the band before; {@code from}
	 * null only for the last band (everything below).
	 */
	public record Band(BigDecimal from, String label) {
	}

	/** The band index of a value: 0 the best; -1 for no value. */
	public int bandOf(BigDecimal value) {
		if (value == null) {
			return -1;
		}
		for (int i = 0; i < this.bands.size(); i++) {
			BigDecimal from = this.bands.get(i).from();
			if (from == null || value.compareTo(from) >= 0) {
				return i;
			}
		}
		return this.bands.size() - 1;
	}

}
