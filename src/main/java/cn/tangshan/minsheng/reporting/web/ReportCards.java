package cn.tangshan.minsheng.reporting.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.account.Role;
import cn.tangshan.minsheng.document.FragmentRenderer;
import cn.tangshan.minsheng.document.RenderedFragments;
import cn.tangshan.minsheng.reporting.MonthForm;
import cn.tangshan.minsheng.reporting.ProjectForm;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Each project's card on a unit's monthly form, rendered once per form value and kept
 * (issue #14: rendering the cards was most of the page's time at 200 units). A
 * {@link ProjectForm} is a record of records: two equal ones show exactly the same card,
 * and any change (a figure, a text, the version, the state, whether it is editable, an
 * allocation, the month's last approved figure, an evidence file) makes a new key. The
 * only part of a card that belongs to the request is its forms' CSRF token: a card is
 * rendered with a placeholder token, kept so, and the request's own token is put in its
 * place each time it is shown. A project shown with the user's errors or a conflict is
 * rendered afresh, not kept.
 */
@Component
class ReportCards {

	/** Kept markups: about 16 projects for each of 200 units, a few KB each. */
	static final int MAX_CARDS = 4096;

	/** Stands for the token in kept markups; never a real token (those are Base64). */
	private static final String TOKEN_HOLE = "csrf-hole-" + UUID.randomUUID();

	private final RenderedFragments cards;

	ReportCards(FragmentRenderer renderer) {
		this.cards = renderer.cache(MAX_CARDS);
	}

	/**
	 * The rendered cards by project id, for every project of the form but {@code except}
	 * (the one shown with errors; {@code null} for none), with the request's token.
	 */
	Map<Long, String> of(MonthForm form, Long except, CurrentUser user, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		// The "raise a problem" link under the problems text is for counties and
		// departments.
		boolean raises = user.is(Role.COUNTY) || user.is(Role.DEPARTMENT);
		CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		if (token == null) {
			return Map.of();
		}
		HttpServletRequest holed = new TokenHole(request, token);
		String filled = HtmlUtils.htmlEscape(token.getToken());
		Map<Long, String> rendered = new HashMap<>();
		for (ProjectForm p : form.projects()) {
			if (p.project().id().equals(except)) {
				continue;
			}
			Map<String, Object> model = new HashMap<>();
			model.put("p", p);
			model.put("month", form.month());
			model.put("errors", Map.of());
			String card = this.cards.render("reporting/fragments", "card", model, List.of(),
					List.of(p, form.month(), raises, token.getParameterName()), locale, holed, response);
			rendered.put(p.project().id(), card.replace(TOKEN_HOLE, filled));
		}
		return rendered;
	}

	/** How many markups are kept (for tests). */
	int size() {
		return this.cards.size();
	}

	/** The request as a card is rendered in: its CSRF token is the placeholder. */
	private static final class TokenHole extends HttpServletRequestWrapper {

		private final CsrfToken hole;

		TokenHole(HttpServletRequest request, CsrfToken token) {
			super(request);
			this.hole = new DefaultCsrfToken(token.getHeaderName(), token.getParameterName(), TOKEN_HOLE);
		}

		@Override
		public Object getAttribute(String name) {
			if (CsrfToken.class.getName().equals(name) || this.hole.getParameterName().equals(name)) {
				return this.hole;
			}
			return super.getAttribute(name);
		}

	}

}
