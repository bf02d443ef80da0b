package cn.tangshan.minsheng.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.tangshan.minsheng.PortalTest;
import cn.tangshan.minsheng.account.PortalUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /admin/backups}: the administrator backs up now, sees the backup with its size
 * and time, downloads it; retention removes old backups but never the newest; nobody else
 * gets in.
 */
@PortalTest
class BackupPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Backups backups;

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * Before and after each test: the test directory may hold backups that other suites
	 * took (the attack suites press 立即备份 too).
	 */
	@BeforeEach
	@AfterEach
	void removeBackups() throws Exception {
		for (BackupFile backup : this.backups.list()) {
			Files.deleteIfExists(this.backups.directory().resolve(backup.name()));
		}
	}

	@Test
	void theAdministratorBacksUpNowAndDownloadsTheBackup() throws Exception {
		String page = this.mvc.perform(get("/admin/backups").with(PortalUsers.user("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("数据备份").contains("立即备份").contains("在线物理备份");
		this.mvc.perform(post("/admin/backups").with(PortalUsers.user("admin")).with(csrf()))
			.andExpect(redirectedUrl("/admin/backups"))
			.andExpect(flash().attribute("message", "backups.taken"));
		List<BackupFile> list = this.backups.list();
		assertThat(list).hasSize(1);
		BackupFile backup = list.get(0);
		assertThat(this.jdbc.queryForObject(
				"select username from audit_entry where action = 'BACKUP_TAKEN' and new_value like ? and reason = 'MANUAL'",
				String.class, backup.name() + "%"))
			.isEqualTo("admin");
		page = this.mvc.perform(get("/admin/backups").with(PortalUsers.user("admin")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(backup.name()).contains(" MB").contains("/admin/backups/" + backup.name());
		MockHttpServletResponse download = this.mvc
			.perform(get("/admin/backups/" + backup.name()).with(PortalUsers.user("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		byte[] bytes = download.getContentAsByteArray();
		assertThat(bytes).hasSize((int) backup.bytes());
		assertThat(bytes[0]).isEqualTo((byte) 0x1f);
		assertThat(bytes[1]).isEqualTo((byte) 0x8b);
		assertThat(download.getHeader("Content-Disposition")).contains(backup.name());
		this.mvc.perform(get("/admin/backups/..%2Fpasswd").with(PortalUsers.user("admin")))
			.andExpect(status().is4xxClientError());
	}

	@Test
	void onlyTheAdministratorSeesBackups() throws Exception {
		this.mvc.perform(get("/admin/backups").with(PortalUsers.user("fgw"))).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/backups").with(PortalUsers.user("lunan")).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.backups.list()).isEmpty();
	}

	@Test
	void backupsPastTheRetentionAreRemovedButNeverTheNewest() throws Exception {
		Path dir = this.backups.directory();
		Files.createDirectories(dir);
		Path old = Files.write(dir.resolve("minsheng-20240101-020000000.tar.gz"), new byte[10]);
		Path older = Files.write(dir.resolve("minsheng-20231201-020000000.tar.gz"), new byte[10]);
		Path recent = Files.write(dir.resolve("minsheng-20991231-020000000.tar.gz"), new byte[10]);
		Files.setLastModifiedTime(old,
				java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofDays(31))));
		Files.setLastModifiedTime(older,
				java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofDays(60))));
		assertThat(this.backups.removeExpired()).isEqualTo(2);
		assertThat(this.backups.list()).extracting(BackupFile::name).containsExactly(recent.getFileName().toString());
		// The newest is kept even when it is old.
		Files.setLastModifiedTime(recent,
				java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofDays(90))));
		assertThat(this.backups.removeExpired()).isZero();
	}

}
