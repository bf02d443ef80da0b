package cn.tangshan.minsheng.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times as the reader's language writes them (2024年2月2日), always in the
 * portal's time zone. Templates call it as {@code ${@fmt.date(...)}}.
 */
@Component("fmt")
public class Formats {

	private final MessageSource messages;

	private final ZoneId zone;

	Formats(MessageSource messages, @Value("${portal.time-zone}") ZoneId zone) {
		this.messages = messages;
		this.zone = zone;
	}

	public String date(LocalDate date) {
		return (date != null) ? date.format(pattern("format.date")) : "";
	}

	public String dateTime(Instant instant) {
		return (instant != null) ? instant.atZone(this.zone).format(pattern("format.dateTime")) : "";
	}

	private DateTimeFormatter pattern(String key) {
		return DateTimeFormatter.ofPattern(this.messages.getMessage(key, null, LocaleContextHolder.getLocale()),
				LocaleContextHolder.getLocale());
	}

}
