package cn.tangshan.minsheng.plan;

import cn.tangshan.minsheng.PortalTest;
import cn.tangshan.minsheng.account.PortalUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class PlanPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanCatalog catalog;

	@Test
	void projectsPageShowsThePlanAtAGlance() throws Exception {
		this.mvc.perform(get("/projects").with(PortalUsers.user("lunan")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("唐山市2024年民生工程实施方案"), containsString("共25项民生工程，31个量化指标，10个里程碑指标。"),
						containsString("（一）省达19项民生工程"), containsString("（二）市人民代表大会票决确定的6项民生工程"),
						containsString("15593套"), containsString("40699平方米"), containsString("230个左右"),
						containsString("约950000名"), containsString("450人以上"), containsString("22971人"),
						containsString("1677场"), containsString("市妇联、"), containsString("市发改委"))));
	}

	@Test
	void projectPageShowsTheFullDescription() throws Exception {
		Long id = this.catalog.currentOverview()
			.orElseThrow()
			.projects()
			.stream()
			.filter((p) -> p.code().equals("1-14"))
			.findFirst()
			.orElseThrow()
			.id();
		this.mvc.perform(get("/projects/{id}", id).with(PortalUsers.user("leader")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("1-14 精准助残服务工程"), containsString("为649户残疾人家庭进行无障碍改造服务"),
					containsString("市残疾人联合会"), containsString("9450名"), containsString("里程碑指标"))));
	}

	@Test
	void unitsPageListsDepartmentsWithTheirProjectsAndCounties() throws Exception {
		this.mvc.perform(get("/units").with(PortalUsers.user("zjj")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("市直责任单位（17个）"), containsString("县（市、区）填报单位（18个）"),
					containsString("1-1 棚户区改造工程"), containsString("唐山海港经济开发区"), containsString("牵头单位"))));
	}

	@Test
	void homePageSaysWhoIAmAndWhatToDoNext() throws Exception {
		this.mvc.perform(get("/").with(PortalUsers.user("wjw")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("市卫健委联络员"), containsString("市卫生健康委员会"),
					containsString("责任单位"), containsString("本单位牵头的项目（6项）"), containsString("演示数据"))));
	}

	@Test
	void pagesCanBeReadInEnglish() throws Exception {
		this.mvc.perform(get("/projects").param("lang", "en").with(PortalUsers.user("leader")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("25 livelihood projects"), containsString("around 230"))));
	}

}
