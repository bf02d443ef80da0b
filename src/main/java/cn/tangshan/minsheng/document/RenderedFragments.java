package cn.tangshan.minsheng.document;

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
import org.thymeleaf.spring6.context.webmvc.SpringWebMvcThymeleafRequestContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.naming.SpringContextVariableNames;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.support.RequestContext;

/**
 * Long sections of a page rendered once and kept as markup, because rendering them was
 * most of the page's time (issue #14). A markup is kept for a key that decides everything
 * it shows: the template, the fragment, the locale, the objects rendered (compared by
 * identity: a cache hands out the same instance for the same data) and any other values
 * (compared by value, for example a record holding the whole form). The fragments must
 * hold no form token and nothing of the session; a session's own parts stay in the page
 * around them. The least recently used markups are dropped beyond the cache's size. Get
 * one from {@link FragmentRenderer#cache(int)}.
 */
public final class RenderedFragments {

	private final SpringTemplateEngine templates;

	private final ApplicationContext applicationContext;

	private final Map<List<Object>, String> rendered;

	RenderedFragments(SpringTemplateEngine templates, ApplicationContext applicationContext, int maxEntries) {
		this.templates = templates;
		this.applicationContext = applicationContext;
		this.rendered = new LinkedHashMap<>(64, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<List<Object>, String> eldest) {
				return size() > maxEntries;
			}

		};
	}

	/**
	 * @param sources the objects the fragment shows (compared by identity)
	 * @param parameters anything else the fragment depends on (compared by value)
	 */
	public String render(String template, String fragment, Map<String, Object> model, List<Object> sources,
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
		// As a view renders: th:action then asks the request data value processor for its
		// hidden fields (the CSRF token).
		RequestContext requestContext = new RequestContext(request, response, request.getServletContext(), model);
		context.setVariable(SpringContextVariableNames.SPRING_REQUEST_CONTEXT, requestContext);
		context.setVariable(SpringContextVariableNames.THYMELEAF_REQUEST_CONTEXT,
				new SpringWebMvcThymeleafRequestContext(requestContext, request));
		String html = this.templates.process(template, Set.of(fragment), context);
		synchronized (this.rendered) {
			this.rendered.put(key, html);
		}
		return html;
	}

	/** How many markups are kept now. */
	public int size() {
		synchronized (this.rendered) {
			return this.rendered.size();
		}
	}

}
