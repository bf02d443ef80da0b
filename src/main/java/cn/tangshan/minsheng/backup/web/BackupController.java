package cn.tangshan.minsheng.backup.web;

import java.nio.file.Path;

import cn.tangshan.minsheng.backup.BackupException;
import cn.tangshan.minsheng.backup.Backups;
import cn.tangshan.minsheng.backup.BackupFile;

import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/backups} (ADMIN only, as all of {@code /admin/**}): the list of backups
 * with size and time, 立即备份, and downloads.
 */
@Controller
@RequestMapping("/admin/backups")
class BackupController {

	private final Backups backups;

	BackupController(Backups backups) {
		this.backups = backups;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("backups", this.backups.list());
		model.addAttribute("directory", this.backups.directory().toString());
		model.addAttribute("method", this.backups.method());
		model.addAttribute("unavailable", this.backups.unavailable().orElse(null));
		return "admin/backups";
	}

	@PostMapping
	String backupNow(RedirectAttributes redirect) {
		try {
			BackupFile backup = this.backups.backupNow("MANUAL");
			redirect.addFlashAttribute("message", "backups.taken");
			redirect.addFlashAttribute("messageArg", backup.name());
		}
		catch (BackupException ex) {
			redirect.addFlashAttribute("error", "backups.failed");
			redirect.addFlashAttribute("messageArg", ex.getMessage());
		}
		return "redirect:/admin/backups";
	}

	@GetMapping("/{name}")
	ResponseEntity<FileSystemResource> download(@PathVariable String name) {
		Path file = this.backups.file(name).orElse(null);
		if (file == null) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(new FileSystemResource(file));
	}

}
