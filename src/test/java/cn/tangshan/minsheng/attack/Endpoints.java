package cn.tangshan.minsheng.attack;

import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.BeanUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the portal as the controllers declare it, collected from Spring MVC's
 * own mappings: a new endpoint is attacked without editing the suites.
 */
final class Endpoints {

	/** One method and path pattern, with the request parameters its handler reads. */
	record Endpoint(String method, String pattern, List<String> variables, Set<String> parameters, boolean multipart,
			HandlerMethod handler) {

		boolean isGet() {
			return "GET".equals(this.method);
		}

		String expand(Map<String, String> values) {
			Matcher m = VARIABLE.matcher(this.pattern);
			StringBuilder path = new StringBuilder();
			while (m.find()) {
				m.appendReplacement(path, Matcher.quoteReplacement(values.get(m.group(1))));
			}
			m.appendTail(path);
			return path.toString();
		}

		@Override
		public String toString() {
			return this.method + " " + this.pattern;
		}

	}

	/**
	 * A path variable, with or without a pattern: {@code {id}},
	 * {@code {decision:approve|reject}}.
	 */
	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::[^}]*)?}");

	private Endpoints() {
	}

	static List<Endpoint> all(ApplicationContext context) {
		RequestMappingHandlerMapping mapping = context.getBean("requestMappingHandlerMapping",
				RequestMappingHandlerMapping.class);
		List<Endpoint> endpoints = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			HandlerMethod handler = entry.getValue();
			if (!handler.getBeanType().getPackageName().startsWith("cn.tangshan.minsheng")) {
				continue; // Boot's error controller
			}
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			Collection<RequestMethod> each = methods.isEmpty() ? List.of(RequestMethod.GET, RequestMethod.POST)
					: methods;
			for (String pattern : info.getPatternValues()) {
				List<String> variables = new ArrayList<>();
				Matcher m = VARIABLE.matcher(pattern);
				while (m.find()) {
					variables.add(m.group(1));
				}
				for (RequestMethod method : each) {
					endpoints.add(new Endpoint(method.name(), pattern, variables, parameters(handler),
							multipart(handler), handler));
				}
			}
		}
		endpoints.sort(Comparator.comparing(Endpoint::pattern).thenComparing(Endpoint::method));
		return endpoints;
	}

	/**
	 * The names the handler binds: {@code @RequestParam}s and the components of its form
	 * records (one level deep).
	 */
	static Set<String> parameters(HandlerMethod handler) {
		Set<String> names = new LinkedHashSet<>();
		for (Parameter parameter : handler.getMethod().getParameters()) {
			RequestParam param = parameter.getAnnotation(RequestParam.class);
			if (param != null) {
				String name = !param.name().isEmpty() ? param.name() : param.value();
				names.add(!name.isEmpty() ? name : parameter.getName());
				continue;
			}
			if (parameter.isAnnotationPresent(PathVariable.class)) {
				continue;
			}
			Class<?> type = parameter.getType();
			boolean form = parameter.isAnnotationPresent(ModelAttribute.class)
					|| (type.isRecord() && type.getPackageName().startsWith("cn.tangshan.minsheng"));
			if (form && type.isRecord()) {
				for (RecordComponent component : type.getRecordComponents()) {
					if (BeanUtils.isSimpleProperty(component.getType())) {
						names.add(component.getName());
					}
					else if (component.getType().isRecord()) {
						for (RecordComponent inner : component.getType().getRecordComponents()) {
							names.add(component.getName() + "." + inner.getName());
						}
					}
					else {
						names.add(component.getName());
					}
				}
			}
		}
		return names;
	}

	private static boolean multipart(HandlerMethod handler) {
		for (Parameter parameter : handler.getMethod().getParameters()) {
			if (MultipartFile.class.isAssignableFrom(parameter.getType())) {
				return true;
			}
		}
		return false;
	}

}
