package cn.tangshan.minsheng.disclosure.web;

import cn.tangshan.minsheng.disclosure.PublicPages;
import cn.tangshan.minsheng.disclosure.PublicSnapshot;
import cn.tangshan.minsheng.experience.PublicArticle;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 政务公开, for anyone without login: the plan's progress as of the latest issued bulletin, a
 * project's page with the plan's description, a published article with its photos, and
 * {@code /robots.txt}. A year that is not switched on answers 404 with a plain page.
 * Nothing here reads a session or writes anything; {@link PublicPageFilter} serves the
 * rendered pages from memory.
 */
@Controller
class PublicController {

	static final String NOT_FOUND = "public/not-found";

	private final PublicPages pages;

	PublicController(PublicPages pages) {
		this.pages = pages;
	}

	@GetMapping({ "/public", "/public/" })
	String index(Model model, HttpServletResponse response) {
		PublicSnapshot snapshot = this.pages.snapshot().orElse(null);
		if (snapshot == null) {
			return notFound(response);
		}
		model.addAttribute("s", snapshot);
		model.addAttribute("map", this.pages.map().orElse(null));
		return "public/index";
	}

	@GetMapping("/public/projects/{id}")
	String project(@PathVariable String id, Model model, HttpServletResponse response) {
		PublicSnapshot snapshot = this.pages.snapshot().orElse(null);
		Long projectId = number(id);
		PublicSnapshot.Project project = (snapshot == null || projectId == null) ? null
				: snapshot.projects().stream().filter((p) -> p.id().equals(projectId)).findFirst().orElse(null);
		if (project == null) {
			return notFound(response);
		}
		model.addAttribute("s", snapshot);
		model.addAttribute("project", project);
		model.addAttribute("articles",
				snapshot.experiences().stream().filter((e) -> e.projectId().equals(projectId)).toList());
		return "public/project";
	}

	@GetMapping("/public/experience/{id}")
	String article(@PathVariable String id, Model model, HttpServletResponse response) {
		Long articleId = number(id);
		PublicSnapshot snapshot = this.pages.snapshot().orElse(null);
		PublicArticle article = (snapshot == null || articleId == null) ? null
				: this.pages.article(articleId).orElse(null);
		if (article == null) {
			return notFound(response);
		}
		model.addAttribute("s", snapshot);
		model.addAttribute("article", article);
		return "public/experience";
	}

	@GetMapping("/public/photos/{id}")
	ResponseEntity<Resource> photo(@PathVariable String id) {
		return photo(id, false);
	}

	@GetMapping("/public/photos/{id}/thumbnail")
	ResponseEntity<Resource> thumbnail(@PathVariable String id) {
		return photo(id, true);
	}

	@GetMapping(value = "/robots.txt", produces = "text/plain;charset=UTF-8")
	@ResponseBody
	String robots() {
		return """
				User-agent: *
				Allow: /public
				Disallow: /
				""";
	}

	private ResponseEntity<Resource> photo(String id, boolean thumbnail) {
		Long photoId = number(id);
		return ((photoId != null) ? this.pages.photo(photoId, thumbnail)
				: java.util.Optional.<cn.tangshan.minsheng.reporting.StoredFile>empty())
			.map((file) -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(file.contentType()))
				.cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
				.header("X-Content-Type-Options", "nosniff")
				.<Resource>body(new ByteArrayResource(file.content())))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
	}

	private static String notFound(HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		return NOT_FOUND;
	}

	/** A path id as typed; anything but a plain number is simply not found. */
	private static Long number(String id) {
		if (id == null || id.isEmpty() || id.length() > 18 || !id.chars().allMatch((c) -> c >= '0' && c <= '9')
				|| (id.length() > 1 && id.charAt(0) == '0')) {
			return null;
		}
		return Long.valueOf(id);
	}

}
