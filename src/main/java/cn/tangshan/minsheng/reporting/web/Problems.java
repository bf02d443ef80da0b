package cn.tangshan.minsheng.reporting.web;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.tangshan.minsheng.reporting.FieldProblem;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns field problems into the sentences shown next to the fields, in the reader's
 * language.
 */
@Component
class Problems {

	private final MessageSource messages;

	Problems(MessageSource messages) {
		this.messages = messages;
	}

	Map<String, String> texts(Map<String, FieldProblem> problems) {
		Map<String, String> texts = new LinkedHashMap<>();
		problems.forEach((field, problem) -> texts.put(field, text(problem)));
		return texts;
	}

	String text(FieldProblem problem) {
		return this.messages.getMessage(problem.code(), problem.args(), LocaleContextHolder.getLocale());
	}

	String text(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
