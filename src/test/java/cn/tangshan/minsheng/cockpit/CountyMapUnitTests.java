package cn.tangshan.minsheng.cockpit;

import java.util.Map;

import cn.tangshan.minsheng.PlanYearsPortalTest;
import cn.tangshan.minsheng.account.PortalUsers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Tile positions are data the administrator sets on {@code /admin/units}: a new county
 * with a position gets its tile there, one without goes to the spare row (never dropped),
 * bad positions are refused next to the field with the input kept, and a stale form is
 * refused. Adding units changes every page, so these run in the plan-year tests' own
 * context and remove their units afterwards.
 */
@PlanYearsPortalTest
class CountyMapUnitTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeTheUnits() {
		this.jdbc.update("delete from notification");
		this.jdbc.update("delete from allocation");
		this.jdbc.update("delete from unit where code in ('lyd', 'tilenone')");
		this.jdbc.update("update unit set tile_col = 1, tile_row = 0, version = version + 1 where code = 'zunhua'");
	}

	@Test
	void aNewCountyWithAPositionGetsItsTileAndOneWithoutGoesToTheSpareRow() throws Exception {
		add("lyd", "唐山国际旅游岛", "国际旅游岛", "6", "4").andExpect(redirectedUrl("/admin/units"));
		add("tilenone", "测试未定位区", "未定位区", "", "").andExpect(redirectedUrl("/admin/units"));
		Map<String, Object> lyd = this.jdbc.queryForMap("select tile_col, tile_row from unit where code = 'lyd'");
		assertThat(lyd).containsEntry("tile_col", 6).containsEntry("tile_row", 4);
		assertThat(this.jdbc.queryForObject("select tile_col from unit where code = 'tilenone'", Integer.class))
			.isNull();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'UNIT_TILE_PLACED' and field = 'lyd' and new_value = 'tile 6,4'",
				Integer.class))
			.isEqualTo(1);
		this.mvc.perform(get("/admin/units").with(PortalUsers.user("admin")))
			.andExpect(content().string(allOf(containsString("列6、行4"), containsString("未设置"))));

		Document cockpit = page("/cockpit");
		assertThat(cockpit.select("#cockpit-map svg a.tile")).hasSize(20);
		Element tile = cockpit.selectFirst("#cockpit-map-tile-lyd rect.tile-bg");
		assertThat(tile.attr("x")).isEqualTo(String.valueOf(TileMaps.GAP + 6 * (TileMaps.TILE_W + TileMaps.GAP)));
		assertThat(tile.attr("y")).isEqualTo(String.valueOf(TileMaps.GAP + 4 * (TileMaps.TILE_H + TileMaps.GAP)));
		assertThat(cockpit.selectFirst("#cockpit-map-tile-lyd").hasClass("tile-spare")).isFalse();
		Element spare = cockpit.selectFirst("#cockpit-map-tile-tilenone");
		assertThat(spare.hasClass("tile-spare")).isTrue();
		assertThat(Integer.parseInt(spare.selectFirst("rect.tile-bg").attr("y")))
			.isGreaterThan(TileMaps.GAP + 4 * (TileMaps.TILE_H + TileMaps.GAP));
		assertThat(cockpit.selectFirst("#cockpit-map line.tilemap-spare-line")).isNotNull();
		assertThat(cockpit.selectFirst("#cockpit-map .tilemap-spare-note").text()).isEqualTo("虚线下方：未设置地图位置的单位");

		// placed later on its edit page, version-checked like its names
		Long id = this.jdbc.queryForObject("select id from unit where code = 'tilenone'", Long.class);
		long version = this.jdbc.queryForObject("select version from unit where id = ?", Long.class, id);
		edit(id, version, "测试未定位区", "未定位区", "0", "4").andExpect(redirectedUrl("/admin/units"));
		assertThat(this.jdbc.queryForMap("select tile_col, tile_row from unit where id = ?", id))
			.containsEntry("tile_col", 0)
			.containsEntry("tile_row", 4);
		assertThat(page("/cockpit").selectFirst("#cockpit-map-tile-tilenone").hasClass("tile-spare")).isFalse();
		// the same stale form again is refused, nothing changed
		edit(id, version, "测试未定位区", "未定位区", "2", "4").andExpect(status().isOk())
			.andExpect(content().string(containsString("该单位已被他人修改")));
		assertThat(this.jdbc.queryForObject("select tile_col from unit where id = ?", Integer.class, id)).isZero();
	}

	@Test
	void badPositionsAreRefusedNextToTheFieldWithTheInputKept() throws Exception {
		int units = this.jdbc.queryForObject("select count(*) from unit", Integer.class);
		assertRefused(add("lyd", "唐山国际旅游岛", "国际旅游岛", "12", "1"), "tileCol", "列须为0到11之间的整数", "12");
		assertRefused(add("lyd", "唐山国际旅游岛", "国际旅游岛", "x", "1"), "tileCol", "列须为0到11之间的整数", "x");
		assertRefused(add("lyd", "唐山国际旅游岛", "国际旅游岛", "1", "-1"), "tileRow", "行须为0到9之间的整数", "-1");
		assertRefused(add("lyd", "唐山国际旅游岛", "国际旅游岛", "3", ""), "tileRow", "列和行须同时填写", "");
		assertRefused(add("lyd", "唐山国际旅游岛", "国际旅游岛", "１", "2"), "tileCol", "列须为0到11之间的整数", "１");
		// 路南区 is at column 2, row 3
		assertRefused(add("lyd", "唐山国际旅游岛", "国际旅游岛", "2", "3"), "tileCol", "该位置已有其他县（市、区）", "2");
		this.mvc
			.perform(post("/admin/units/new").param("code", "lyd")
				.param("name", "唐山国际旅游岛")
				.param("shortName", "国际旅游岛")
				.param("type", "DEPARTMENT")
				.param("tileCol", "7")
				.param("tileRow", "7")
				.with(PortalUsers.user("admin"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("只有县（市、区）有地图位置")));
		assertThat(this.jdbc.queryForObject("select count(*) from unit", Integer.class)).isEqualTo(units);
		// on the edit page too; the tile stays where it was
		Long zunhua = this.jdbc.queryForObject("select id from unit where code = 'zunhua'", Long.class);
		long version = this.jdbc.queryForObject("select version from unit where id = ?", Long.class, zunhua);
		assertRefused(edit(zunhua, version, "遵化市", "遵化市", "3", "0"), "tileCol", "该位置已有其他县（市、区）", "3");
		assertThat(this.jdbc.queryForMap("select tile_col, tile_row from unit where id = ?", zunhua))
			.containsEntry("tile_col", 1)
			.containsEntry("tile_row", 0);
		// a rename that does not send the tile keeps it
		this.mvc
			.perform(post("/admin/units/{id}", zunhua).param("version", String.valueOf(version))
				.param("name", "遵化市")
				.param("shortName", "遵化市")
				.with(PortalUsers.user("admin"))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/units"));
		assertThat(this.jdbc.queryForObject("select tile_col from unit where id = ?", Integer.class, zunhua))
			.isEqualTo(1);
	}

	private void assertRefused(ResultActions result, String field, String message, String kept) throws Exception {
		String html = result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Document page = Jsoup.parse(html);
		Element input = page.selectFirst("#" + field);
		assertThat(input.hasClass("is-invalid")).as(field).isTrue();
		assertThat(input.attr("value")).isEqualTo(kept);
		assertThat(page.selectFirst("#" + field + "-errors").text()).contains(message);
		assertThat(input.attr("aria-describedby")).isEqualTo(field + "-errors");
	}

	private ResultActions add(String code, String name, String shortName, String col, String row) throws Exception {
		return this.mvc.perform(post("/admin/units/new").param("code", code)
			.param("name", name)
			.param("shortName", shortName)
			.param("type", "COUNTY")
			.param("tileCol", col)
			.param("tileRow", row)
			.with(PortalUsers.user("admin"))
			.with(csrf()));
	}

	private ResultActions edit(Long id, long version, String name, String shortName, String col, String row)
			throws Exception {
		return this.mvc.perform(post("/admin/units/{id}", id).param("version", String.valueOf(version))
			.param("name", name)
			.param("shortName", shortName)
			.param("tileCol", col)
			.param("tileRow", row)
			.with(PortalUsers.user("admin"))
			.with(csrf()));
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(PortalUsers.user("leader")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
