package cn.tangshan.minsheng.document;

import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Hands out {@link RenderedFragments} caches, one for each page that keeps rendered
 * sections, each with its own size, so that one page's many entries never push out
 * another's.
 */
@Component
public class FragmentRenderer {

	private final SpringTemplateEngine templates;

	private final ApplicationContext applicationContext;

	FragmentRenderer(SpringTemplateEngine templates, ApplicationContext applicationContext) {
		this.templates = templates;
		this.applicationContext = applicationContext;
	}

	/** A new cache keeping at most {@code maxEntries} markups. */
	public RenderedFragments cache(int maxEntries) {
		return new RenderedFragments(this.templates, this.applicationContext, maxEntries);
	}

}
