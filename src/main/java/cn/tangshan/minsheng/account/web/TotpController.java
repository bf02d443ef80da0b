package cn.tangshan.minsheng.account.web;

import java.util.List;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.account.Role;
import cn.tangshan.minsheng.account.TwoFactor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of the login (a TOTP or recovery code) and the enrolment of an
 * authenticator app. Five wrong codes in a session end it.
 */
@Controller
@RequestMapping("/account/totp")
class TotpController {

	static final String PENDING_SECRET = TotpController.class.getName() + ".secret";

	static final String FAILURES = TotpController.class.getName() + ".failures";

	static final int MAX_FAILURES = 5;

	private final TwoFactor twoFactor;

	TotpController(TwoFactor twoFactor) {
		this.twoFactor = twoFactor;
	}

	@GetMapping
	String codeForm(@AuthenticationPrincipal CurrentUser user) {
		return this.twoFactor.enrolled(user) ? "account/totp" : "redirect:/account/totp/setup";
	}

	@PostMapping
	String verify(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String code,
			HttpServletRequest request, Model model) {
		HttpSession session = request.getSession();
		if (this.twoFactor.verify(user, code, session)) {
			session.removeAttribute(FAILURES);
			// as after a password login: leaders and the coordinator land on the cockpit
			return (user.is(Role.LEADER) || user.is(Role.COORDINATOR)) ? "redirect:/cockpit" : "redirect:/";
		}
		int failures = ((session.getAttribute(FAILURES) instanceof Integer n) ? n : 0) + 1;
		if (failures >= MAX_FAILURES) {
			this.twoFactor.tooManyCodes(user);
			SecurityContextHolder.clearContext();
			session.invalidate();
			return "redirect:/login?totp";
		}
		session.setAttribute(FAILURES, failures);
		model.addAttribute("error", "totp.wrong");
		return "account/totp";
	}

	/**
	 * Enrolment: open to a user without an authenticator, or one who already gave a code
	 * in this session (replacing the app); never a way around the second step.
	 */
	@GetMapping("/setup")
	String setupForm(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model) {
		HttpSession session = request.getSession();
		if (this.twoFactor.enrolled(user) && !this.twoFactor.isVerified(session, user)) {
			return "redirect:/account/totp";
		}
		String secret = this.twoFactor.newSecret();
		session.setAttribute(PENDING_SECRET, secret);
		return setupPage(user, secret, model);
	}

	@PostMapping("/setup")
	String setup(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String code,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		HttpSession session = request.getSession();
		if (this.twoFactor.enrolled(user) && !this.twoFactor.isVerified(session, user)) {
			return "redirect:/account/totp";
		}
		if (!(session.getAttribute(PENDING_SECRET) instanceof String secret)) {
			return "redirect:/account/totp/setup";
		}
		List<String> recoveryCodes = this.twoFactor.confirmEnrolment(user, secret, code, session);
		if (recoveryCodes.isEmpty()) {
			model.addAttribute("error", "totp.wrong");
			return setupPage(user, secret, model);
		}
		session.removeAttribute(PENDING_SECRET);
		Principals.replace(user.withTotpEnrolled(true), request, response);
		model.addAttribute("recoveryCodes", recoveryCodes);
		return "account/totp-done";
	}

	private String setupPage(CurrentUser user, String secret, Model model) {
		model.addAttribute("secret", secret);
		model.addAttribute("qrCode", this.twoFactor.qrCode(secret, user.getUsername()));
		return "account/totp-setup";
	}

}
