package cn.tangshan.minsheng.cockpit;

import java.util.List;

/**
 * A tile map ready to draw: every tile with its box in the SVG's coordinates, its band
 * and texts, and the legend. Built by {@link TileMaps#render}; drawn by
 * {@code templates/fragments/tilemap.html :: map(${map})}.
 *
 * @param id the map's element id (prefix of its patterns' ids), unique on the page
 * @param title the map's name, e.g. "各县（市、区）综合得分"
 * @param width the SVG's width in its own units
 * @param height the SVG's height
 * @param cells every tile given, none dropped: placed ones where they belong, the others
 * in the spare row(s)
 * @param legend the bands in order, then the no-data key
 * @param spareY the y of the line above the spare row, -1 when there is none
 */
public record TileMap(String id, String title, String legendTitle, int width, int height, List<Cell> cells,
		List<Key> legend, String spareLabel, int spareY) {

	public boolean hasSpareRow() {
		return this.spareY >= 0;
	}

	/** The view box as the {@code viewBox} attribute writes it. */
	public String viewBox() {
		return "0 0 " + this.width + " " + this.height;
	}

	/**
	 * A drawn tile.
	 *
	 * @param band 0 the best band, -1 no data
	 * @param valueText the value as written on the tile, or the legend's no-data mark
	 * @param spare the unit had no position (or one already taken) and sits in the spare
	 * row
	 */
	public record Cell(String key, String name, String valueText, String label, String href, int x, int y, int w, int h,
			int band, boolean spare, int nameSize) {

		/**
		 * CSS class of the tile's colour: {@code tile-s0} … {@code tile-s4},
		 * {@code tile-none}.
		 */
		public String styleClass() {
			return styleOf(this.band);
		}

		/** The id of the tile's hatching pattern (within the map), or null for none. */
		public String patternId(String mapId) {
			return patternOf(mapId, this.band);
		}

		public int centerX() {
			return this.x + this.w / 2;
		}

		public int nameY() {
			return this.y + this.h / 2 - 4;
		}

		public int valueY() {
			return this.y + this.h / 2 + 18;
		}

		public String elementId(String mapId) {
			return mapId + "-tile-" + this.key;
		}

	}

	/** A key of the legend: a band's swatch and words (band -1: no data). */
	public record Key(int band, String label) {

		public String styleClass() {
			return styleOf(this.band);
		}

		public String patternId(String mapId) {
			return patternOf(mapId, this.band);
		}

	}

	static String styleOf(int band) {
		return (band < 0) ? "tile-none" : "tile-s" + band;
	}

	/** Band 0 is plain; every other band and no-data has its own hatching. */
	static String patternOf(String mapId, int band) {
		return (band == 0) ? null : mapId + "-p" + ((band < 0) ? "n" : String.valueOf(band));
	}

}
