package cn.tangshan.minsheng.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.tangshan.minsheng.reporting.FieldProblem;

/**
 * The problems found while reading a file, collected so that the user sees all of them at
 * once, in sheet order.
 */
final class ImportProblems {

	static final Comparator<ImportProblem> ORDER = Comparator.comparingInt(ImportProblem::row)
		.thenComparing((p) -> (p.column() != null) ? p.column().length() : 0)
		.thenComparing((p) -> (p.column() != null) ? p.column() : "");

	/** Enough to fix a file by; more would only hide the pattern. */
	static final int MAX_LISTED = 500;

	private final List<ImportProblem> problems = new ArrayList<>();

	void add(int row, int column, String heading, String code, Object... args) {
		this.problems.add(new ImportProblem(row, ExcelFiles.letter(column), blankToNull(heading),
				new FieldProblem(code, plain(args))));
	}

	void addRow(int row, String code, Object... args) {
		this.problems.add(new ImportProblem(row, null, null, new FieldProblem(code, plain(args))));
	}

	/**
	 * Row numbers and counts as plain digits: a message would group them (1,234).
	 */
	static Object[] plain(Object... args) {
		Object[] plain = args.clone();
		for (int i = 0; i < plain.length; i++) {
			if (plain[i] instanceof Integer number) {
				plain[i] = number.toString();
			}
		}
		return plain;
	}

	void add(ImportProblem problem) {
		this.problems.add(problem);
	}

	boolean isEmpty() {
		return this.problems.isEmpty();
	}

	void throwIfAny() {
		if (!this.problems.isEmpty()) {
			List<ImportProblem> sorted = new ArrayList<>(this.problems);
			sorted.sort(ORDER);
			throw new ImportRejectedException((sorted.size() > MAX_LISTED) ? sorted.subList(0, MAX_LISTED) : sorted);
		}
	}

	/**
	 * A positive id from a key cell; null when it is not one.
	 */
	static Long id(String text) {
		try {
			long id = Long.parseLong(text);
			return (id > 0) ? id : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

}
