package cn.tangshan.minsheng.plan;

/**
 * A plan file that cannot be imported. The message names the place in the file (line,
 * column and path) and what is wrong there, in the portal's language.
 */
public class PlanFileException extends RuntimeException {

	private final int line;

	private final String path;

	PlanFileException(String message, int line, String path) {
		super(message);
		this.line = line;
		this.path = path;
	}

	/**
	 * The 1-based line of the file where the problem is, or 0 when it concerns the whole
	 * file.
	 */
	public int getLine() {
		return this.line;
	}

	/**
	 * The place in the file's structure, e.g.
	 * {@code groups[1].projects[5].indicators[2].target} (1-based).
	 */
	public String getPath() {
		return this.path;
	}

}
