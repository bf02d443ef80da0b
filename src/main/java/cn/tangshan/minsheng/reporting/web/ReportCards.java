package cn.tangshan.minsheng.reporting.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.account.Role;
import cn.tangshan.minsheng.document.FragmentRenderer;
import cn.tangshan.minsheng.document.RenderedFragments;
import cn.tangshan.minsheng.reporting.MonthForm;
import cn.tangshan.minsheng.reporting.ProjectForm;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

/**
 * Each project's card on a unit's monthly form, rendered once per form value and kept
 * (issue #14: rendering the cards was most of the page's time at 200 units). A
 * {@link ProjectForm} is a record of records: two equal ones show exactly the same card,
 * and any change (a figure, a text, the version, the state, whether it is editable, an
 * allocation, the month's last approved figure, an evidence file) makes a new key. The
 * only part of a card that belongs to the request is its forms' CSRF token, put in each
 * time it is shown ({@link RenderedFragments#renderForms}). A project shown with the
 * user's errors or a conflict is rendered afresh, not kept.
 */
@Component
class ReportCards {

	/** Kept markups: about 16 projects for each of 200 units, a few KB each. */
	static final int MAX_CARDS = 4096;

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
		Map<Long, String> rendered = new HashMap<>();
		for (ProjectForm p : form.projects()) {
			if (p.project().id().equals(except)) {
				continue;
			}
			Map<String, Object> model = new HashMap<>();
			model.put("p", p);
			model.put("month", form.month());
			model.put("errors", Map.of());
			String card = this.cards.renderForms("reporting/fragments", "card", model, List.of(),
					List.of(p, form.month(), raises), locale, request, response);
			if (card == null) {
				return Map.of();
			}
			rendered.put(p.project().id(), card);
		}
		return rendered;
	}

	/** How many markups are kept (for tests). */
	int size() {
		return this.cards.size();
	}

}
