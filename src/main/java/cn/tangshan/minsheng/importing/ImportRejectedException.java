package cn.tangshan.minsheng.importing;

import java.util.List;

/**
 * A file that was not imported, with every reason found; nothing was stored.
 */
public class ImportRejectedException extends RuntimeException {

	private final List<ImportProblem> problems;

	ImportRejectedException(List<ImportProblem> problems) {
		super("Import rejected: " + problems.size() + " problem(s)", null, false, false);
		this.problems = List.copyOf(problems);
	}

	ImportRejectedException(ImportProblem problem) {
		this(List.of(problem));
	}

	/**
	 * The answer to a file over the size limit that never reached an import.
	 */
	public static ImportRejectedException tooLarge() {
		return ExcelFiles.reject("import.file.tooLarge", ExcelFiles.MAX_MEGABYTES);
	}

	public List<ImportProblem> problems() {
		return this.problems;
	}

}
