package cn.tangshan.minsheng.cockpit;

import java.math.BigDecimal;

/**
 * One unit's tile as a caller hands it to {@link TileMaps#render}.
 *
 * @param key a stable identifier for the tile's element id (e.g. the unit's code;
 * letters, digits, {@code -} and {@code _})
 * @param name the name written on the tile (a short name reads best)
 * @param col the column, west to east from 0; null when the unit has no position
 * @param row the row, north to south from 0; null when the unit has no position
 * @param value the figure that colours the tile (a percent or score), null for no data
 * @param label what the tile says in words: the hover title and the accessible name, e.g.
 * "路南区：综合得分 85.2，第3名"
 * @param href where the tile leads (the unit's detail), null for none
 */
public record Tile(String key, String name, Integer col, Integer row, BigDecimal value, String label, String href) {

	public boolean placed() {
		return this.col != null && this.row != null && this.col >= 0 && this.row >= 0;
	}

}
