package cn.tangshan.minsheng.ledger.web;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.ledger.LedgerExports;
import cn.tangshan.minsheng.ledger.WorkLedger;
import cn.tangshan.minsheng.ledger.WorkLedgers;
import cn.tangshan.minsheng.problem.Problems;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import cn.tangshan.minsheng.plan.PlanCatalog;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 工作台账: the ledger of a month as a page, and its downloads (.xlsx, .csv) in the user's
 * scope. The administrator has no ledger (403), as it has no dashboard.
 */
@Controller
class LedgerController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final WorkLedgers ledgers;

	private final LedgerExports exports;

	private final PlanCatalog plans;

	private final Problems problems;

	LedgerController(WorkLedgers ledgers, LedgerExports exports, PlanCatalog plans, Problems problems) {
		this.plans = plans;
		this.ledgers = ledgers;
		this.exports = exports;
		this.problems = problems;
	}

	@GetMapping("/ledger")
	String ledger(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@RequestParam(required = false) Integer year, Model model) {
		model.addAttribute("ledger", this.ledgers.of(user, year, month));
		model.addAttribute("years", this.plans.shownYears());
		return "ledger/index";
	}

	@GetMapping("/ledger.xlsx")
	ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@RequestParam(required = false) Integer year) {
		WorkLedger ledger = this.ledgers.of(user, year, month);
		return download(this.exports.xlsx(ledger, this.problems.all(user)), XLSX, this.exports.fileName(ledger, "xlsx"),
				"ledger-" + ledger.month() + ".xlsx");
	}

	@GetMapping("/ledger.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@RequestParam(required = false) Integer year) {
		WorkLedger ledger = this.ledgers.of(user, year, month);
		return download(this.exports.csv(ledger), CSV, this.exports.fileName(ledger, "csv"),
				"ledger-" + ledger.month() + ".csv");
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name, String asciiName) {
		return ResponseEntity.ok()
			.contentType(type)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(name, asciiName))
			.body(body);
	}

	/**
	 * An ASCII fallback name for old clients and the real name as RFC 5987/6266
	 * {@code filename*}, which every current browser uses.
	 */
	static String contentDisposition(String name, String asciiName) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xFF;
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| "!#$&+-.^_`|~".indexOf(c) >= 0) {
				encoded.append((char) c);
			}
			else {
				encoded.append('%').append(String.format("%02X", c));
			}
		}
		return "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''" + encoded;
	}

}
