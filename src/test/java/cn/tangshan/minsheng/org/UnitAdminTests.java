package cn.tangshan.minsheng.org;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import cn.tangshan.minsheng.PlanYearsPortalTest;
import cn.tangshan.minsheng.TestData;
import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.account.PortalUsers;
import cn.tangshan.minsheng.bulletin.BulletinView;
import cn.tangshan.minsheng.bulletin.Bulletins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Units administration. Adding and renaming units changes every list of units, so these
 * tests share the plan-year tests' own context (own embedded PostgreSQL) and put every
 * unit back as it was afterwards.
 */
@PlanYearsPortalTest
class UnitAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestData data;

	@Autowired
	Bulletins bulletins;

	List<Map<String, Object>> before;

	@BeforeEach
	void remember() {
		this.before = this.jdbc.queryForList("select id, name, short_name, sort_order, active from unit");
	}

	@AfterEach
	void restore() {
		this.jdbc.update("delete from bulletin");
		this.jdbc.update("delete from bulletin_counter");
		this.jdbc.update("delete from notification");
		this.jdbc.update("delete from allocation");
		this.jdbc.update("delete from unit where code = 'lyd'");
		for (Map<String, Object> row : this.before) {
			this.jdbc.update("update unit set name = ?, short_name = ?, sort_order = ?, active = ? where id = ?",
					row.get("name"), row.get("short_name"), row.get("sort_order"), row.get("active"), row.get("id"));
		}
	}

	@Test
	void addAUnitThenDeactivateIt() throws Exception {
		this.mvc
			.perform(post("/admin/units/new").param("code", "lyd")
				.param("name", "唐山国际旅游岛")
				.param("shortName", "国际旅游岛")
				.param("type", "COUNTY")
				.with(PortalUsers.user("admin"))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/units"));
		Map<String, Object> lyd = this.jdbc.queryForMap("select * from unit where code = 'lyd'");
		assertThat(lyd).containsEntry("name", "唐山国际旅游岛").containsEntry("type", "COUNTY").containsEntry("active", true);
		assertThat(lyd.get("sort_order")).isEqualTo(this.jdbc.queryForObject(
				"select max(sort_order) from unit where type = 'COUNTY' and code <> 'lyd'", Integer.class) + 1);
		assertThat(audit("UNIT_CREATED", "lyd")).containsEntry("new_value", "唐山国际旅游岛 / 国际旅游岛 / COUNTY / 19");
		Long id = (Long) lyd.get("id");
		this.mvc.perform(get("/admin/units").with(PortalUsers.user("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("唐山国际旅游岛"), containsString("id=\"unit-" + id + "\""))));
		// A new county is offered in the lead department's split…
		this.mvc.perform(get("/allocations").with(PortalUsers.user("zjj")))
			.andExpect(content().string(containsString("国际旅游岛")));
		this.mvc
			.perform(post("/admin/units/{id}/active", id).param("version", "0")
				.param("active", "false")
				.with(PortalUsers.user("admin"))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/units"));
		assertThat(this.jdbc.queryForObject("select active from unit where id = ?", Boolean.class, id)).isFalse();
		assertThat(audit("UNIT_DEACTIVATED", "lyd")).containsEntry("new_value",
				"唐山国际旅游岛 / 国际旅游岛 / COUNTY / 19 / inactive");
		// …and once deactivated, it leaves the split and takes no new share.
		this.mvc.perform(get("/allocations").with(PortalUsers.user("zjj")))
			.andExpect(content().string(not(containsString("国际旅游岛"))));
		Long indicator = this.data.project("1-1").indicators().get(0).id();
		this.mvc
			.perform(post("/allocations").param("a[" + indicator + "_" + id + "]", "10")
				.param("v[" + indicator + "]", "x")
				.with(PortalUsers.user("zjj"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select count(*) from allocation where unit_id = ?", Integer.class, id))
			.isZero();
		// A stale form is refused.
		this.mvc
			.perform(post("/admin/units/{id}/active", id).param("version", "0")
				.param("active", "true")
				.with(PortalUsers.user("admin"))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/units"));
		assertThat(this.jdbc.queryForObject("select active from unit where id = ?", Boolean.class, id)).isFalse();
	}

	@Test
	void duplicateCodesAndNamesAreRefusedNextToTheFieldWithTheInputKept() throws Exception {
		int units = count();
		this.mvc
			.perform(post("/admin/units/new").param("code", "lunan")
				.param("name", "唐山国际旅游岛")
				.param("shortName", "路北区")
				.param("type", "COUNTY")
				.with(PortalUsers.user("admin"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("该单位代码已被使用"), containsString("已有单位使用该简称"), containsString("value=\"唐山国际旅游岛\""),
							containsString("value=\"lunan\""), containsString("is-invalid"))));
		this.mvc
			.perform(post("/admin/units/new").param("code", "Bad Code")
				.param("name", "市住房和城乡建设局")
				.param("shortName", "")
				.param("type", "DEPARTMENT")
				.with(PortalUsers.user("admin"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("单位代码须以小写字母开头"), containsString("已有同名单位"), containsString("请填写简称"))));
		Long lunan = this.data.unitId("lunan");
		this.mvc
			.perform(post("/admin/units/{id}", lunan).param("version", version(lunan))
				.param("name", "路北区")
				.param("shortName", "路南")
				.with(PortalUsers.user("admin"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("已有同名单位"), containsString("value=\"路北区\""))));
		assertThat(count()).isEqualTo(units);
		assertThat(this.jdbc.queryForObject("select name from unit where id = ?", String.class, lunan))
			.isEqualTo("路南区");
	}

	@Test
	void aRenameLeavesIssuedBulletinsWithTheNameTheyHad() throws Exception {
		CurrentUser fgw = this.data.user("fgw");
		this.data.allocate(this.data.project("1-1").indicators().get(0).id(), "lunan", 100);
		Long bulletin = this.bulletins.draft(fgw, YearMonth.of(2024, 6));
		BulletinView draft = this.bulletins.view(fgw, bulletin);
		this.bulletins.issue(fgw, bulletin, draft.version(), draft.text());
		this.mvc.perform(get("/bulletins/{id}/print", bulletin).with(PortalUsers.user("lunan")))
			.andExpect(content().string(containsString("<td>路南区</td>")));
		Long lunan = this.data.unitId("lunan");
		this.mvc.perform(get("/admin/units/{id}", lunan).with(PortalUsers.user("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"路南区\""), containsString("<code>lunan</code>"),
					not(containsString("name=\"code\"")))));
		this.mvc
			.perform(post("/admin/units/{id}", lunan).param("version", version(lunan))
				.param("name", "路南新区")
				.param("shortName", "路南新区")
				.with(PortalUsers.user("admin"))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/units"));
		assertThat(audit("UNIT_RENAMED", "lunan")).containsEntry("old_value", "路南区 / 路南区 / COUNTY / 1")
			.containsEntry("new_value", "路南新区 / 路南新区 / COUNTY / 1");
		this.mvc.perform(get("/units").with(PortalUsers.user("zjj")))
			.andExpect(content().string(containsString("路南新区")));
		this.mvc.perform(get("/bulletins/{id}/print", bulletin).with(PortalUsers.user("lunan")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<td>路南区</td>"), not(containsString("路南新区")))));
		// The form of a stale version is refused with the current values shown.
		this.mvc
			.perform(post("/admin/units/{id}", lunan).param("version", "0")
				.param("name", "路南老区")
				.param("shortName", "路南老区")
				.with(PortalUsers.user("admin"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("该单位已被他人修改，未保存"), containsString("当前内容：路南新区"),
					containsString("value=\"路南老区\""))));
		assertThat(this.jdbc.queryForObject("select name from unit where id = ?", String.class, lunan))
			.isEqualTo("路南新区");
	}

	@Test
	void theOrderChangesOnePlaceAtATime() throws Exception {
		Long lubei = this.data.unitId("lubei");
		this.mvc
			.perform(post("/admin/units/{id}/move", lubei).param("version", version(lubei))
				.param("up", "true")
				.with(PortalUsers.user("admin"))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/units#unit-" + lubei));
		assertThat(this.jdbc.queryForList("select code from unit where type = 'COUNTY' order by sort_order, id limit 3",
				String.class))
			.containsExactly("lubei", "lunan", "guye");
		assertThat(audit("UNIT_MOVED", "lubei")).containsEntry("new_value", "路北区 / 路北区 / COUNTY / 1");
	}

	@Test
	void onlyTheAdministratorAdministersUnits() throws Exception {
		for (String user : List.of("lunan", "zjj", "fgw", "leader")) {
			this.mvc.perform(get("/admin/units").with(PortalUsers.user(user))).andExpect(status().isForbidden());
			this.mvc
				.perform(post("/admin/units/new").param("code", "lyd")
					.param("name", "唐山国际旅游岛")
					.param("shortName", "国际旅游岛")
					.param("type", "COUNTY")
					.with(PortalUsers.user(user))
					.with(csrf()))
				.andExpect(status().isForbidden());
		}
		assertThat(this.jdbc.queryForObject("select count(*) from unit where code = 'lyd'", Integer.class)).isZero();
	}

	private String version(Long id) {
		return String.valueOf(this.jdbc.queryForObject("select version from unit where id = ?", Long.class, id));
	}

	private int count() {
		return this.jdbc.queryForObject("select count(*) from unit", Integer.class);
	}

	private Map<String, Object> audit(String action, String code) {
		return this.jdbc.queryForMap(
				"select * from audit_entry where action = ? and field = ? order by id desc limit 1", action, code);
	}

}
