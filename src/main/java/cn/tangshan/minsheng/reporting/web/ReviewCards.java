package cn.tangshan.minsheng.reporting.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.tangshan.minsheng.document.FragmentRenderer;
import cn.tangshan.minsheng.document.RenderedFragments;
import cn.tangshan.minsheng.reporting.ReviewItem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

/**
 * Each report in the reviewer's queue, rendered once per item value and kept (issue #14:
 * rendering a page of 20 reports was most of the queue's time at 200 units). A
 * {@link ReviewItem} is a record of records: any change to what a reviewer sees (the
 * version, a figure, the change since the last approved one, a text, an evidence file,
 * the time it was submitted) makes a new key. The forms' CSRF token is put in for each
 * request ({@link RenderedFragments#renderForms}); the report shown with the reviewer's
 * error (a return without a reason) is rendered afresh, with what was typed.
 */
@Component
class ReviewCards {

	/** Kept markups: a few pages of every reviewer's queue, a few KB each. */
	static final int MAX_ITEMS = 2048;

	private final RenderedFragments items;

	ReviewCards(FragmentRenderer renderer) {
		this.items = renderer.cache(MAX_ITEMS);
	}

	/**
	 * The rendered reports by report id, for every item but {@code except} ({@code null}
	 * for none), with the request's token; empty when the request has none.
	 */
	Map<Long, String> of(List<ReviewItem> shown, Long except, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		Map<Long, String> rendered = new HashMap<>();
		for (ReviewItem item : shown) {
			if (item.reportId().equals(except)) {
				continue;
			}
			Map<String, Object> model = new HashMap<>();
			model.put("item", item);
			model.put("errors", Map.of());
			String html = this.items.renderForms("reporting/fragments", "reviewItem", model, List.of(), List.of(item),
					locale, request, response);
			if (html == null) {
				return Map.of();
			}
			rendered.put(item.reportId(), html);
		}
		return rendered;
	}

	/** How many markups are kept (for tests). */
	int size() {
		return this.items.size();
	}

}
