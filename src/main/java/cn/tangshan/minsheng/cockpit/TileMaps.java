package cn.tangshan.minsheng.cockpit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The tile map's renderer: pure, no Spring, no database. Tiles with a position go where
 * they belong; tiles without one, or whose place another tile already took, go to a spare
 * row below the map, in the order given: no tile is ever dropped.
 *
 * <pre>
 * TileMap map = TileMaps.render("public-map", "各县（市、区）综合得分", tiles, legend);
 * // in a template: &lt;div th:replace="~{fragments/tilemap :: map(${map})}"&gt;&lt;/div&gt;
 * </pre>
 */
public final class TileMaps {

	/** A tile's size and the gap between tiles, in the SVG's units. */
	static final int TILE_W = 112;

	static final int TILE_H = 66;

	static final int GAP = 6;

	/** Room above the spare row for its caption. */
	static final int SPARE_CAPTION = 26;

	/** The narrowest map, in columns (the spare row wraps at the map's width). */
	static final int MIN_COLS = 4;

	private static final int NAME_SIZE = 16;

	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]+");

	private TileMaps() {
	}

	/**
	 * @param id the map's element id, unique on the page (letters, digits, - and _)
	 * @param title the map's name (the SVG's accessible name)
	 * @param tiles the units, in the order the spare row and the list alternative take
	 * @param legend the bands
	 */
	public static TileMap render(String id, String title, List<Tile> tiles, TileLegend legend) {
		if (!KEY.matcher(id).matches()) {
			throw new IllegalArgumentException("Map id " + id);
		}
		int cols = MIN_COLS;
		int rows = 0;
		for (Tile tile : tiles) {
			if (tile.placed()) {
				cols = Math.max(cols, tile.col() + 1);
				rows = Math.max(rows, tile.row() + 1);
			}
		}
		Set<List<Integer>> taken = new HashSet<>();
		Set<String> keys = new HashSet<>();
		List<TileMap.Cell> cells = new ArrayList<>();
		List<Tile> spare = new ArrayList<>();
		for (Tile tile : tiles) {
			if (tile.placed() && taken.add(List.of(tile.col(), tile.row()))) {
				cells.add(cell(tile, uniqueKey(tile, keys), x(tile.col()), y(tile.row()), legend, false));
			}
			else {
				spare.add(tile);
			}
		}
		int spareY = -1;
		int height = GAP + rows * (TILE_H + GAP);
		if (!spare.isEmpty()) {
			spareY = height + SPARE_CAPTION / 2 - GAP / 2;
			int top = height + SPARE_CAPTION;
			for (int i = 0; i < spare.size(); i++) {
				Tile tile = spare.get(i);
				cells.add(cell(tile, uniqueKey(tile, keys), x(i % cols), top + (i / cols) * (TILE_H + GAP), legend,
						true));
			}
			height = top + ((spare.size() + cols - 1) / cols) * (TILE_H + GAP);
		}
		List<TileMap.Key> keysOfLegend = new ArrayList<>();
		for (int i = 0; i < legend.bands().size(); i++) {
			keysOfLegend.add(new TileMap.Key(i, legend.bands().get(i).label()));
		}
		keysOfLegend.add(new TileMap.Key(-1, legend.noData()));
		return new TileMap(id, title, legend.title(), GAP + cols * (TILE_W + GAP), Math.max(height, TILE_H + 2 * GAP),
				List.copyOf(cells), List.copyOf(keysOfLegend), legend.spare(), spareY);
	}

	/** A value as the tile writes it: one decimal at most, no trailing zeros. */
	public static String format(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal rounded = value.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
		return (rounded.scale() < 0) ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
	}

	private static TileMap.Cell cell(Tile tile, String key, int x, int y, TileLegend legend, boolean spare) {
		String name = (tile.name() != null) ? tile.name() : "";
		int band = legend.bandOf(tile.value());
		String value = (tile.value() != null) ? format(tile.value()) : "—";
		String label = (tile.label() != null && !tile.label().isBlank()) ? tile.label()
				: name + "：" + ((tile.value() != null) ? value : legend.noData());
		// Long names shrink to fit the tile.
		int size = (name.length() <= 6) ? NAME_SIZE : Math.max(10, (TILE_W - 10) / name.length());
		return new TileMap.Cell(key, name, value, label, tile.href(), x, y, TILE_W, TILE_H, band, spare, size);
	}

	private static String uniqueKey(Tile tile, Set<String> used) {
		String base = (tile.key() != null && KEY.matcher(tile.key()).matches()) ? tile.key() : "t";
		String key = base;
		for (int i = 2; !used.add(key); i++) {
			key = base + "-" + i;
		}
		return key;
	}

	private static int x(int col) {
		return GAP + col * (TILE_W + GAP);
	}

	private static int y(int row) {
		return GAP + row * (TILE_H + GAP);
	}

}
