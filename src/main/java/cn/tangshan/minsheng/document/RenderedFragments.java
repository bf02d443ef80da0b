package cn.tangshan.minsheng.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.context.webmvc.SpringWebMvcThymeleafRequestContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.naming.SpringContextVariableNames;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.context.ApplicationContext;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.web.servlet.support.RequestContext;
import org.springframework.web.util.HtmlUtils;

/**
 * Long sections of a page rendered once and kept as markup, because rendering them was
 * most of the page's time (issue #14). A markup is kept for a key that decides everything
 * it shows: the template, the fragment, the locale, the objects rendered (compared by
 * identity: a cache hands out the same instance for the same data) and any other values
 * (compared by value, for example a record holding the whole form). The fragments hold
 * nothing of the session; a session's own parts stay in the page around them. The one
 * exception is the CSRF token of a fragment's forms ({@link #renderForms}): such a
 * fragment is rendered with a placeholder token, kept so, and handed out with the
 * request's own token in its place. The least recently used markups are dropped beyond
 * the cache's size. Get one from {@link FragmentRenderer#cache(int)}.
 */
public final class RenderedFragments {

	/** Stands for the token in kept markups; never a real token (those are Base64). */
	private static final String TOKEN_HOLE = "csrf-hole-" + UUID.randomUUID();

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

	/**
	 * As {@link #render}, for a fragment with forms (their {@code th:action} adds the
	 * CSRF token): kept with a placeholder token, returned with this request's token.
	 * @return the markup, or {@code null} when the request has no token (the page then
	 * renders the fragment itself)
	 */
	public String renderForms(String template, String fragment, Map<String, Object> model, List<Object> sources,
			List<Object> parameters, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		if (token == null) {
			return null;
		}
		List<Object> keyed = new ArrayList<>(parameters);
		keyed.add(token.getParameterName());
		String html = render(template, fragment, model, sources, keyed, locale, new TokenHole(request, token),
				response);
		return html.replace(TOKEN_HOLE, HtmlUtils.htmlEscape(token.getToken()));
	}

	/** How many markups are kept now. */
	public int size() {
		synchronized (this.rendered) {
			return this.rendered.size();
		}
	}

	/**
	 * The request as a fragment with forms is rendered in: its CSRF token is the
	 * placeholder.
	 */
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
