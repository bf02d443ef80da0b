package cn.tangshan.minsheng.importing.web;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.account.Role;
import cn.tangshan.minsheng.importing.AllocationWorkbooks;
import cn.tangshan.minsheng.importing.ImportProblem;
import cn.tangshan.minsheng.importing.ImportRejectedException;
import cn.tangshan.minsheng.importing.ImportResult;
import cn.tangshan.minsheng.importing.ReportWorkbooks;
import cn.tangshan.minsheng.reporting.ReportingCalendar;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Excel templates to download and filled-in files to upload, for the allocation grid and
 * the monthly values. A rejected file is answered with the list of its problems (row,
 * column, reason); an imported one with a flash message on the page it came from.
 */
@Controller
class ImportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final AllocationWorkbooks allocationWorkbooks;

	private final ReportWorkbooks reportWorkbooks;

	private final ReportingCalendar calendar;

	private final MessageSource messages;

	ImportController(AllocationWorkbooks allocationWorkbooks, ReportWorkbooks reportWorkbooks,
			ReportingCalendar calendar, MessageSource messages) {
		this.allocationWorkbooks = allocationWorkbooks;
		this.reportWorkbooks = reportWorkbooks;
		this.calendar = calendar;
		this.messages = messages;
	}

	@GetMapping("/allocations/template.xlsx")
	ResponseEntity<ByteArrayResource> allocationTemplate(@AuthenticationPrincipal CurrentUser user) {
		byte[] file = this.allocationWorkbooks.template(user);
		return download(file, text("import.allocation.fileName", user.unitName()));
	}

	@PostMapping("/allocations/import")
	String importAllocations(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) {
		try {
			ImportResult result = this.allocationWorkbooks.importFile(user, size(file), file);
			redirect.addFlashAttribute("imported", text("import.allocation.done", result.rows(), result.changed()));
			return "redirect:/allocations";
		}
		catch (ImportRejectedException ex) {
			return rejected(model, ex, file, "/allocations", "allocation.title");
		}
		catch (ConcurrencyFailureException ex) {
			// Found only on commit: nothing stored.
			return rejected(model, ImportRejectedException.allocationsChanged(), file, "/allocations",
					"allocation.title");
		}
	}

	/**
	 * Where the upload-limit filter ({@code system.web.UploadLimitFilter}) sends an
	 * upload the container refused as too large.
	 */
	@GetMapping({ "/allocations/import/too-large", "/reports/import/too-large" })
	String tooLarge(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model) {
		boolean allocations = request.getRequestURI().contains("/allocations/");
		ImportRejectedException tooLarge = ImportRejectedException.tooLarge();
		return rejected(model, tooLarge, null, allocations ? "/allocations" : "/reports",
				allocations ? "allocation.title" : "reports.title");
	}

	@GetMapping("/reports/template.xlsx")
	ResponseEntity<ByteArrayResource> reportTemplate(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@RequestParam(defaultValue = "false") boolean year) {
		YearMonth shown = checkedMonth(user, month);
		byte[] file = this.reportWorkbooks.template(user, shown, year);
		String name = year ? text("import.report.fileName.year", user.unitName(), String.valueOf(shown.getYear()))
				: text("import.report.fileName", user.unitName(), shown.toString());
		return download(file, name);
	}

	@PostMapping("/reports/import")
	String importReports(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) {
		YearMonth shown = checkedMonth(user, month);
		try {
			ImportResult result = this.reportWorkbooks.importFile(user, shown, size(file), file);
			redirect.addFlashAttribute("imported", (result.reports() == 0) ? text("import.report.unchanged")
					: text("import.report.done", result.reports(), result.months(), result.changed()));
			return "redirect:/reports?month=" + shown;
		}
		catch (ImportRejectedException ex) {
			return rejected(model, ex, file, "/reports?month=" + shown, "reports.title");
		}
		catch (ConcurrencyFailureException ex) {
			// Found only on commit: nothing stored.
			return rejected(model, ImportRejectedException.reportChanged(), file, "/reports?month=" + shown,
					"reports.title");
		}
	}

	private String rejected(Model model, ImportRejectedException ex, MultipartFile file, String back,
			String pageTitle) {
		List<ProblemLine> lines = ex.problems().stream().map(this::line).toList();
		model.addAttribute("problems", lines);
		model.addAttribute("fileName",
				(file != null && file.getOriginalFilename() != null) ? file.getOriginalFilename() : "");
		model.addAttribute("back", back);
		model.addAttribute("pageTitle", pageTitle);
		return "importing/result";
	}

	private ProblemLine line(ImportProblem problem) {
		String row = (problem.row() > 0) ? String.valueOf(problem.row()) : text("import.result.wholeFile");
		String column;
		if (problem.column() != null && problem.heading() != null) {
			column = text("import.result.column", problem.column(), problem.heading());
		}
		else if (problem.column() != null) {
			column = problem.column();
		}
		else {
			column = (problem.heading() != null) ? problem.heading() : "—";
		}
		return new ProblemLine(row, column, this.messages.getMessage(problem.reason().code(), problem.reason().args(),
				LocaleContextHolder.getLocale()));
	}

	private YearMonth checkedMonth(CurrentUser user, YearMonth month) {
		if (!(user.is(Role.COUNTY) || user.is(Role.DEPARTMENT) || user.is(Role.COORDINATOR))) {
			throw new AccessDeniedException("Only reporting units enter reports");
		}
		YearMonth shown = (month != null) ? month : this.calendar.currentMonth();
		if (!this.calendar.isInPlanYear(shown)) {
			throw new MonthNotFoundException();
		}
		return shown;
	}

	private static long size(MultipartFile file) {
		return (file != null) ? file.getSize() : 0;
	}

	private static ResponseEntity<ByteArrayResource> download(byte[] file, String name) {
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(new ByteArrayResource(file));
	}

	private String text(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

	/**
	 * One line of the problem table, in the reader's language.
	 */
	record ProblemLine(String row, String column, String reason) {
	}

	@ResponseStatus(HttpStatus.NOT_FOUND)
	static class MonthNotFoundException extends RuntimeException {

	}

}
