package cn.tangshan.minsheng.ledger;

import java.math.BigDecimal;
import java.util.Locale;

import cn.tangshan.minsheng.plan.IndicatorView;
import cn.tangshan.minsheng.system.Formats;

import org.springframework.context.MessageSource;

/**
 * Message lookups of one export in the request's locale.
 */
final class Texts {

	private final MessageSource messages;

	private final Locale locale;

	private final Formats formats;

	Texts(MessageSource messages, Locale locale, Formats formats) {
		this.messages = messages;
		this.locale = locale;
		this.formats = formats;
	}

	String get(String key, Object... args) {
		return this.messages.getMessage(key, args, this.locale);
	}

	String dateTime(java.time.Instant instant) {
		return this.formats.dateTime(instant);
	}

	String date(java.time.LocalDate date) {
		return (date != null) ? this.formats.date(date) : "";
	}

	String month(java.time.YearMonth month) {
		return this.formats.month(month);
	}

	/** 一, 二 … for numbering sections in Chinese. */
	String chinese(int number) {
		return this.formats.chineseNumber(number);
	}

	/** The title, also the download's file name without extension. */
	String title(WorkLedger ledger) {
		return get("ledger.file", String.valueOf(ledger.plan().year()), month(ledger.month()));
	}

	/** The target as the plan writes it, with its qualifier and unit. */
	String target(IndicatorView indicator) {
		return indicator.isQuantitative()
				? get(indicator.targetMessageKey(), indicator.targetText(), indicator.measureUnit())
				: get("indicator.milestone");
	}

	static String plain(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : "";
	}

}
