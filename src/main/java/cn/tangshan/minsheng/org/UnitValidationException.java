package cn.tangshan.minsheng.org;

import java.util.Map;

/**
 * A unit's field is not acceptable (blank, too long, a code or name already used):
 * nothing stored; the message keys go next to the fields.
 */
public class UnitValidationException extends RuntimeException {

	private final Map<String, String> problems;

	UnitValidationException(Map<String, String> problems) {
		super("Invalid unit: " + problems);
		this.problems = Map.copyOf(problems);
	}

	/**
	 * Message key per field ({@code code}, {@code name}, {@code shortName},
	 * {@code type}).
	 */
	public Map<String, String> problems() {
		return this.problems;
	}

}
