package cn.tangshan.minsheng.ledger;

import java.util.List;

/**
 * CSV as Excel opens it correctly: RFC 4180 quoting, CRLF between records, and texts
 * neutralised against formula injection (CSV injection): a text starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe,
 * so Excel shows it instead of evaluating it. Numbers are written as they are.
 */
final class Csv {

	/**
	 * UTF-8's byte order mark: without it Excel reads the file in the local code page.
	 */
	static final String BOM = "\uFEFF";

	static final String CRLF = "\r\n";

	private final StringBuilder out = new StringBuilder(BOM);

	/** A cell of a record: a text (neutralised) or a number (as is). */
	sealed interface Field permits Text, Number {

	}

	record Text(String value) implements Field {
	}

	record Number(java.math.BigDecimal value) implements Field {
	}

	static Field text(String value) {
		return new Text(value);
	}

	static Field number(java.math.BigDecimal value) {
		return new Number(value);
	}

	Csv record(List<Field> fields) {
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

	static String neutralise(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		char first = text.charAt(0);
		return (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
				? "'" + text : text;
	}

	/** Every field quoted, quotes doubled (RFC 4180). */
	static String quote(String value) {
		return '"' + value.replace("\"", "\"\"") + '"';
	}

}
