package cn.tangshan.minsheng.disclosure.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The public pages' own style sheet under {@code /public/assets/}, so that it comes
 * through the same stateless filter chain as the pages.
 */
@Configuration(proxyBeanMethods = false)
class PublicResources implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/public/assets/**")
			.addResourceLocations("classpath:/static/public/")
			.setCacheControl(org.springframework.http.CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic());
	}

}
