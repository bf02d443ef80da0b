package cn.tangshan.minsheng.importing;

import cn.tangshan.minsheng.reporting.FieldProblem;

/**
 * One reason a file was rejected, located in the sheet as the user sees it.
 *
 * @param row the Excel row number (1-based); 0 for the file as a whole
 * @param column the column letter ({@code G}); null for a whole row or the file
 * @param heading what the column holds, in the reader's language; null when there is no
 * column
 * @param reason the message code and its arguments
 */
public record ImportProblem(int row, String column, String heading, FieldProblem reason) {

	static ImportProblem ofFile(String code, Object... args) {
		return new ImportProblem(0, null, null, new FieldProblem(code, args));
	}

}
