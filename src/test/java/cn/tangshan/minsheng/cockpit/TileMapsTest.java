package cn.tangshan.minsheng.cockpit;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The tile map's renderer on its own: positions, bands, the spare row.
 */
class TileMapsTest {

	static final TileLegend LEGEND = new TileLegend("得分",
			List.of(new TileLegend.Band(new BigDecimal("100"), "已完成"), new TileLegend.Band(new BigDecimal("40"), "正常"),
					new TileLegend.Band(new BigDecimal("30"), "滞后"), new TileLegend.Band(null, "严重滞后")),
			"暂无数据", "未定位");

	@Test
	void placedTilesGoWhereTheyBelongWithTheBandOfTheirValue() {
		TileMap map = TileMaps.render("m", "地图", List.of(tile("a", 0, 0, "100"), tile("b", 1, 0, "40"),
				tile("c", 5, 2, "39.95"), tile("d", 2, 1, "29.9"), tile("e", 3, 1, null)), LEGEND);
		assertThat(map.cells()).extracting(TileMap.Cell::key).containsExactly("a", "b", "c", "d", "e");
		assertThat(map.cells()).extracting(TileMap.Cell::band).containsExactly(0, 1, 2, 3, -1);
		assertThat(map.cells()).extracting(TileMap.Cell::styleClass)
			.containsExactly("tile-s0", "tile-s1", "tile-s2", "tile-s3", "tile-none");
		assertThat(map.cells()).extracting(TileMap.Cell::valueText).containsExactly("100", "40", "40", "29.9", "—");
		TileMap.Cell c = map.cells().get(2);
		assertThat(c.x()).isEqualTo(TileMaps.GAP + 5 * (TileMaps.TILE_W + TileMaps.GAP));
		assertThat(c.y()).isEqualTo(TileMaps.GAP + 2 * (TileMaps.TILE_H + TileMaps.GAP));
		assertThat(map.width()).isEqualTo(TileMaps.GAP + 6 * (TileMaps.TILE_W + TileMaps.GAP));
		assertThat(map.height()).isEqualTo(TileMaps.GAP + 3 * (TileMaps.TILE_H + TileMaps.GAP));
		assertThat(map.hasSpareRow()).isFalse();
		assertThat(map.legend()).extracting(TileMap.Key::label).containsExactly("已完成", "正常", "滞后", "严重滞后", "暂无数据");
		assertThat(map.cells().get(4).label()).isEqualTo("e：暂无数据");
		assertThat(map.cells().get(0).patternId("m")).isNull();
		assertThat(map.cells().get(3).patternId("m")).isEqualTo("m-p3");
		assertThat(map.cells().get(4).patternId("m")).isEqualTo("m-pn");
	}

	@Test
	void tilesWithoutAPlaceOrOnATakenPlaceGoToTheSpareRowNeverDropped() {
		TileMap map = TileMaps.render("m", "地图", List.of(tile("a", 0, 0, "50"), tile("b", null, null, "20"),
				tile("c", 0, 0, "60"), tile("d", 1, 1, null)), LEGEND);
		assertThat(map.cells()).hasSize(4);
		assertThat(map.cells()).filteredOn(TileMap.Cell::spare).extracting(TileMap.Cell::key).containsExactly("b", "c");
		int gridBottom = TileMaps.GAP + 2 * (TileMaps.TILE_H + TileMaps.GAP);
		assertThat(map.spareY()).isGreaterThanOrEqualTo(gridBottom);
		TileMap.Cell b = map.cells().stream().filter((cell) -> cell.key().equals("b")).findFirst().orElseThrow();
		TileMap.Cell c = map.cells().stream().filter((cell) -> cell.key().equals("c")).findFirst().orElseThrow();
		assertThat(b.y()).isEqualTo(c.y()).isGreaterThan(map.spareY());
		assertThat(b.x()).isEqualTo(TileMaps.GAP);
		assertThat(c.x()).isEqualTo(TileMaps.GAP + TileMaps.TILE_W + TileMaps.GAP);
		assertThat(map.height()).isEqualTo(b.y() + TileMaps.TILE_H + TileMaps.GAP);
	}

	@Test
	void aMapWithNoPositionsAtAllIsOneSpareBlock() {
		TileMap map = TileMaps.render("m", "地图", List.of(tile("a", null, null, "1"), tile("b", null, null, "2"),
				tile("c", null, null, "3"), tile("d", null, null, "4"), tile("e", null, null, "5")), LEGEND);
		assertThat(map.cells()).allMatch(TileMap.Cell::spare);
		// wraps at the narrowest map's width
		assertThat(map.cells().get(4).x()).isEqualTo(TileMaps.GAP);
		assertThat(map.cells().get(4).y()).isGreaterThan(map.cells().get(0).y());
	}

	@Test
	void legendsGoFromTheBestDownAndIdsAreSafe() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TileLegend("x",
				List.of(new TileLegend.Band(BigDecimal.ONE, "a"), new TileLegend.Band(BigDecimal.TEN, "b")), "n", "s"));
		assertThatIllegalArgumentException().isThrownBy(() -> TileMaps.render("a b\"", "x", List.of(), LEGEND));
		TileMap map = TileMaps.render("m", "x", List.of(tile("a b", 0, 0, "1"), tile("a b", 1, 0, "1")), LEGEND);
		assertThat(map.cells()).extracting(TileMap.Cell::key).containsExactly("t", "t-2");
	}

	@Test
	void valuesAreWrittenWithOneDecimalAtMost() {
		assertThat(TileMaps.format(new BigDecimal("85.25"))).isEqualTo("85.3");
		assertThat(TileMaps.format(new BigDecimal("100.0"))).isEqualTo("100");
		assertThat(TileMaps.format(new BigDecimal("0.00"))).isEqualTo("0");
	}

	static Tile tile(String key, Integer col, Integer row, String value) {
		return new Tile(key, key, col, row, (value != null) ? new BigDecimal(value) : null, null, "/x/" + key);
	}

}
