package cn.tangshan.minsheng.document;

import java.util.List;

/**
 * CSV as Excel opens it correctly: RFC 4180 quoting, CRLF between records, and texts
 * neutralised against formula injection (CSV injection): a text starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe,
 * so Excel shows it instead of evaluating it. Numbers are written as they are. Shared by
 * every CSV download (work ledger, audit trail).
 */
public final class Csv {

	/**
	 * UTF-8's byte order mark: without it Excel reads the file in the local code page.
	 */
	public static final String BOM = "\uFEFF";

	public static final String CRLF = "\r\n";

	private final StringBuilder out = new StringBuilder(BOM);

	/** A cell of a record: a text (neutralised) or a number (as is). */
	public sealed interface Field permits Text, Number {

	}

	public record Text(String value) implements Field {
	}

	public record Number(java.math.BigDecimal value) implements Field {
	}

	public static Field text(String value) {
		return new Text(value);
	}

	public static Field number(java.math.BigDecimal value) {
		return new Number(value);
	}

	public Csv record(List<Field> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				this.out.append(',');
			}
			Field field = fields.get(i);
			String value;
			if (field instanceof Number n) {
				value = (n.value() != null) ? n.value().stripTrailingZeros().toPlainString() : "";
			}
			else {
				value = neutralise(((Text) field).value());
			}
			this.out.append(quote(value));
		}
		this.out.append(CRLF);
		return this;
	}

	@Override
	public String toString() {
		return this.out.toString();
	}

	public static String neutralise(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		char first = text.charAt(0);
		return (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
				? "'" + text : text;
	}

	/** Every field quoted, quotes doubled (RFC 4180). */
	public static String quote(String value) {
		return '"' + value.replace("\"", "\"\"") + '"';
	}

}
