package cn.tangshan.minsheng.cockpit;

import cn.tangshan.minsheng.PortalTest;
import cn.tangshan.minsheng.account.PortalUsers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who lands on the cockpit and who may open it: leaders and the coordinator land there
 * after login (unless they were on their way to another page); counties and departments
 * are refused (403), the administrators too.
 */
@PortalTest
class CockpitAccessTests {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = { "leader", "fgw" })
	void leadersAndTheCoordinatorLandOnTheCockpit(String username) throws Exception {
		this.mvc.perform(formLogin("/login").user(username).password("Demo#2024"))
			.andExpect(authenticated().withUsername(username))
			.andExpect(redirectedUrl("/cockpit"));
		this.mvc.perform(get("/cockpit").with(PortalUsers.user(username)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>驾驶舱 · 2024年"), containsString("id=\"nav-cockpit\""),
					containsString("id=\"cockpit-map\""))));
		// the home page is still there for them
		this.mvc.perform(get("/").with(PortalUsers.user(username))).andExpect(status().isOk());
	}

	@Test
	void aPageAskedForBeforeTheLoginWins() throws Exception {
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(get("/ledger").session(session)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(
				post("/login").param("username", "leader").param("password", "Demo#2024").session(session).with(csrf()))
			.andExpect(header().string("Location", containsString("/ledger")));
		// the home page asked for first still leads to the cockpit
		MockHttpSession home = new MockHttpSession();
		this.mvc.perform(get("/").session(home)).andExpect(redirectedUrl("/login"));
		this.mvc
			.perform(post("/login").param("username", "fgw").param("password", "Demo#2024").session(home).with(csrf()))
			.andExpect(redirectedUrl("/cockpit"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "lunan", "zjj" })
	void countiesAndDepartmentsLandOnTheirHomePageAndAreRefusedTheCockpit(String username) throws Exception {
		this.mvc.perform(formLogin("/login").user(username).password("Demo#2024")).andExpect(redirectedUrl("/"));
		for (String path : new String[] { "/cockpit", "/cockpit?screen=1", "/cockpit?month=2024-05&project=1" }) {
			this.mvc.perform(get(path).with(PortalUsers.user(username)))
				.andExpect(status().isForbidden())
				.andExpect(
						content().string(allOf(not(containsString("cockpit-board")), not(containsString("tilemap")))));
		}
		// and see no link to it
		this.mvc.perform(get("/").with(PortalUsers.user(username)))
			.andExpect(content().string(not(containsString("id=\"nav-cockpit\""))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "admin", "secadmin", "auditor" })
	void administratorsAreRefusedTheCockpit(String username) throws Exception {
		this.mvc.perform(get("/cockpit").with(PortalUsers.user(username)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString("cockpit-board"))));
	}

	@Test
	void aMonthOutsideThePlanIsNotFoundAndAGarbledOneRefused() throws Exception {
		this.mvc.perform(get("/cockpit?month=2024-12").with(PortalUsers.user("leader")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/cockpit?year=1999").with(PortalUsers.user("leader"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/cockpit?month=garbage").with(PortalUsers.user("leader")))
			.andExpect(status().is4xxClientError());
	}

}
