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

	/**
	 * The answer to a report import that found a report changed by someone else only when
	 * its transaction ended.
	 */
	public static ImportRejectedException reportChanged() {
		return ExcelFiles.reject("import.report.changed");
	}

	/**
	 * The answer to an allocation import that found the shares changed by someone else
	 * only when its transaction ended.
	 */
	public static ImportRejectedException allocationsChanged() {
		return ExcelFiles.reject("import.allocation.changedMeanwhile");
	}

	public List<ImportProblem> problems() {
		return this.problems;
	}

}
