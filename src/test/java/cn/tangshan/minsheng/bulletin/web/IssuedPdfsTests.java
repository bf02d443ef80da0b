package cn.tangshan.minsheng.bulletin.web;

import java.time.YearMonth;
import java.util.concurrent.Semaphore;

import cn.tangshan.minsheng.PortalTest;
import cn.tangshan.minsheng.TestData;
import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.account.PortalUsers;
import cn.tangshan.minsheng.bulletin.BulletinView;
import cn.tangshan.minsheng.bulletin.Bulletins;
import cn.tangshan.minsheng.document.PdfRenderer;
import cn.tangshan.minsheng.document.PrintViews;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue #14: an issued bulletin's PDF is made once and kept ({@link IssuedPdfs}); while
 * every PDF render is taken, a draft's PDF waits and then gets the 503 page, and a kept
 * one is still served.
 */
@PortalTest
class IssuedPdfsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Bulletins bulletins;

	@Autowired
	TestData data;

	@Autowired
	PrintViews printViews;

	@Autowired
	IssuedPdfs issuedPdfs;

	@Autowired
	PdfRenderer renderer;

	@BeforeEach
	@AfterEach
	void clean() {
		this.jdbc.update("delete from bulletin");
		this.jdbc.update("delete from bulletin_visit");
		this.jdbc.update("delete from notification where kind = 'BULLETIN_ISSUED'");
	}

	@Test
	void anIssuedBulletinsPdfIsMadeOnceAndABusyServerSaysSo() throws Exception {
		assumeTrue(this.printViews.pdfAvailable(),
				"PDF fonts missing: apt-get install fonts-arphic-uming fonts-arphic-ukai");
		CurrentUser fgw = this.data.user("fgw");
		Long issuedId = this.bulletins.draft(fgw, YearMonth.of(2024, 4));
		BulletinView draft = this.bulletins.view(fgw, issuedId);
		this.bulletins.issue(fgw, issuedId, draft.version(), draft.text());
		Long draftId = this.bulletins.draft(fgw, YearMonth.of(2024, 5));

		int kept = this.issuedPdfs.size();
		byte[] first = pdf(issuedId);
		assertThat(this.issuedPdfs.size()).isEqualTo(kept + 1);
		assertThat(first).startsWith("%PDF".getBytes());

		Semaphore permits = this.renderer.permits();
		int all = permits.availablePermits();
		permits.acquire(all);
		try {
			// Every render taken: the kept PDF is served all the same, the very bytes.
			assertThat(pdf(issuedId)).isEqualTo(first);
			assertThat(this.issuedPdfs.size()).isEqualTo(kept + 1);
			// A draft's PDF is made afresh: it waits (portal.pdf.max-wait in the tests)
			// and
			// then the user is told the server is busy.
			this.mvc.perform(get("/bulletins/{id}.pdf", draftId).with(PortalUsers.user("fgw")))
				.andExpect(status().isServiceUnavailable())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
					.string("Retry-After", "10"))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("系统繁忙")));
		}
		finally {
			permits.release(all);
		}
		this.mvc.perform(get("/bulletins/{id}.pdf", draftId).with(PortalUsers.user("fgw"))).andExpect(status().isOk());
	}

	private byte[] pdf(Long id) throws Exception {
		return this.mvc.perform(get("/bulletins/{id}.pdf", id).with(PortalUsers.user("lunan")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

}
