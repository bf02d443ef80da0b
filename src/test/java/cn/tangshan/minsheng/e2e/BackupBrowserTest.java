package cn.tangshan.minsheng.e2e;

import java.nio.file.Files;

import cn.tangshan.minsheng.backup.BackupFile;
import cn.tangshan.minsheng.backup.Backups;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator opens 备份 from the navigation, clicks 立即备份 and finds the backup in the
 * list with its time, size and download link.
 */
@BrowserPortalTest
class BackupBrowserTest {

	@Autowired
	Backups backups;

	@Test
	void adminBacksUpNow(Browser browser) throws Exception {
		try {
			browser.logIn("admin").clickAndWait("nav a[href='/admin/backups']");
			assertThat(browser.text("h1")).isEqualTo("数据备份");
			browser.assertAccessible("backups");
			browser.clickAndWait("#backup-now");
			assertThat(browser.path()).isEqualTo("/admin/backups");
			BackupFile backup = this.backups.list().get(0);
			assertThat(browser.text(".alert-success")).isEqualTo("已完成备份 " + backup.name() + "。");
			assertThat(browser.text("#backups tbody")).contains(backup.name(), " MB", "下载");
			browser.screenshot("backups-1-after-backup-now");
		}
		finally {
			for (BackupFile backup : this.backups.list()) {
				Files.deleteIfExists(this.backups.directory().resolve(backup.name()));
			}
		}
	}

}
