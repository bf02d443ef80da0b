package cn.tangshan.minsheng.system;

import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * Simplified Chinese by default; {@code ?lang=en} or {@code ?lang=zh_TW} switches for the
 * session.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	WebConfiguration() {
		// Work done outside a web request (start-up imports, scheduled jobs) speaks the
		// portal's default language too.
		LocaleContextHolder.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
	}

	@Bean
	LocaleResolver localeResolver() {
		SessionLocaleResolver resolver = new SessionLocaleResolver();
		resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
		return resolver;
	}

	/**
	 * Static files under their own paths only ({@code spring.web.resources.add-mappings}
	 * is off). Boot's catch-all {@code /**} handler made the resource chain look every
	 * link of a page up on the class path while rendering (a miss is not cached): on the
	 * dashboard, with a hundred links, that was a tenth of the request's time.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : List.of("css", "js", "images")) {
			registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/");
		}
		// Version-less WebJar paths (/webjars/bootstrap/dist/…), resolved and cached.
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		// The public pages (issue #15) speak Chinese and keep no session to switch in.
		registry.addInterceptor(interceptor).excludePathPatterns("/public", "/public/**", "/robots.txt");
	}

}
