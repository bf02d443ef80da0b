package cn.tangshan.minsheng.dashboard.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The figures' long sections (the project table, the ranking, a breakdown) rendered once
 * per computed result and kept as markup: rendering them was most of a cached page's
 * time. Keyed by the very objects rendered ({@code Dashboards} returns the same instance
 * for the same data version, viewer and month, a new one when anything moved), the locale
 * and the fragment, so the markup is exactly what rendering them now would give. The
 * fragments hold no form, no CSRF token and nothing of the session.
 */
@Component
class RenderedFragments {

	/** Markups kept (least recently used dropped). */
	static final int MAX_ENTRIES = 256;

	private final SpringTemplateEngine templates;

	private final ApplicationContext applicationContext;

	private final Map<List<Object>, String> rendered = new LinkedHashMap<>(64, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<List<Object>, String> eldest) {
			return size() > MAX_ENTRIES;
		}

	};

	RenderedFragments(SpringTemplateEngine templates, ApplicationContext applicationContext) {
		this.templates = templates;
		this.applicationContext = applicationContext;
	}

	/**
	 * @param sources the objects the fragment shows (compared by identity)
	 * @param parameters anything else the fragment depends on (compared by value)
	 */
	String render(String template, String fragment, Map<String, Object> model, List<Object> sources,
			List<Object> parameters, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		List<Object> key = new ArrayList<>();
		key.add(template);
		key.add(fragment);
		key.add(locale);
		sources.forEach((s) -> key.add(new Identity(s)));
		key.addAll(parameters);
		synchronized (this.rendered) {
			String html = this.rendered.get(key);
			if (html != null) {
				return html;
			}
		}
		WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response), locale, model);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.applicationContext, null));
		String html = this.templates.process(template, Set.of(fragment), context);
		synchronized (this.rendered) {
			this.rendered.put(key, html);
		}
		return html;
	}

	/** An object compared by identity. */
	private record Identity(Object object) {

		@Override
		public boolean equals(Object other) {
			return (other instanceof Identity that) && this.object == that.object;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(this.object);
		}

	}

}
