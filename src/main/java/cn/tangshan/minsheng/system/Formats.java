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

	public String month(java.time.YearMonth month) {
		return (month != null) ? month.format(pattern("format.month")) : "";
	}

	/**
	 * 一, 二, … 十九 for numbering as official documents do ((一)省达19项民生工程); other languages
	 * keep Arabic numerals.
	 */
	public String chineseNumber(int n) {
		if (!LocaleContextHolder.getLocale().getLanguage().equals("zh") || n < 1 || n > 99) {
			return String.valueOf(n);
		}
		String digits = "一二三四五六七八九";
		int tens = n / 10;
		int ones = n % 10;
		String tensPart = (tens == 0) ? "" : ((tens == 1) ? "" : String.valueOf(digits.charAt(tens - 1))) + "十";
		return tensPart + ((ones == 0) ? "" : String.valueOf(digits.charAt(ones - 1)));
	}

	private DateTimeFormatter pattern(String key) {
		return DateTimeFormatter.ofPattern(this.messages.getMessage(key, null, LocaleContextHolder.getLocale()),
				LocaleContextHolder.getLocale());
	}

}
