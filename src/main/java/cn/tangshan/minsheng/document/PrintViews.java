package cn.tangshan.minsheng.document;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Renders a print view to HTML outside the view resolver, so the very page a browser
 * prints can also become a PDF.
 */
@Component
public class PrintViews {

	private final SpringTemplateEngine templates;

	private final ApplicationContext applicationContext;

	private final PdfRenderer pdf;

	PrintViews(SpringTemplateEngine templates, ApplicationContext applicationContext, PdfRenderer pdf) {
		this.templates = templates;
		this.applicationContext = applicationContext;
		this.pdf = pdf;
	}

	public String html(String template, Map<String, Object> model, HttpServletRequest request,
			HttpServletResponse response) {
		WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response), LocaleContextHolder.getLocale(), model);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.applicationContext, null));
		return this.templates.process(template, context);
	}

	/**
	 * @throws PdfUnavailableException when the fonts to embed are missing
	 */
	public byte[] pdf(String template, Map<String, Object> model, HttpServletRequest request,
			HttpServletResponse response) {
		return this.pdf.render(html(template, model, request, response));
	}

	public boolean pdfAvailable() {
		return this.pdf.available();
	}

}
