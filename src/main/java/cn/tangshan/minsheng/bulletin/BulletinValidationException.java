package cn.tangshan.minsheng.bulletin;

import java.util.Map;

/**
 * Text that cannot be saved: field name → message key, shown next to the fields.
 */
public class BulletinValidationException extends RuntimeException {

	private final Map<String, String> problems;

	BulletinValidationException(Map<String, String> problems) {
		super("Invalid bulletin: " + problems, null, false, false);
		this.problems = Map.copyOf(problems);
	}

	public Map<String, String> problems() {
		return this.problems;
	}

}
