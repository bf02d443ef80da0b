package cn.tangshan.minsheng.account;

import cn.tangshan.minsheng.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A form sent after the session ran out has no CSRF token the server knows: the browser
 * is sent back to the page the form was on (which leads through the login and back), not
 * to the 403 page. The browser journey is in {@code e2e.ReportFormBrowserTest}.
 */
@PortalTest
class SessionExpiryTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aFormSentWithoutASessionLeadsBackToItsPage() throws Exception {
		this.mvc
			.perform(post("/reports/1").header("Referer", "http://localhost/reports?month=2024-06")
				.param("month", "2024-06")
				.param("_csrf", "token-of-a-session-that-is-gone"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/reports?month=2024-06"));
	}

	@Test
	void theWayBackNeverLeadsToAnotherHost() throws Exception {
		this.mvc.perform(post("/reports/1").header("Referer", "https://elsewhere.example/steal?x=1"))
			.andExpect(redirectedUrl("/steal?x=1"));
		this.mvc.perform(post("/reports/1").header("Referer", "https://elsewhere.example//evil.example/"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/reports/1").header("Referer", "not a uri")).andExpect(status().isForbidden());
	}

	@Test
	void withoutAPageToGoBackToOrWithAWrongTokenItIsStillForbidden() throws Exception {
		this.mvc.perform(post("/reports/1")).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/reports/1").with(PortalUsers.user("lunan"))
				.with(csrf().useInvalidToken())
				.header("Referer", "http://localhost/reports"))
			.andExpect(status().isForbidden());
	}

}
