package cn.tangshan.minsheng.reporting;

/**
 * A workflow step that the report's current state does not allow (e.g. approving a
 * draft); the page shows it as a conflict, never as a server error.
 */
public class IllegalTransitionException extends RuntimeException {

	private final ReportStatus from;

	private final ReportStatus to;

	IllegalTransitionException(ReportStatus from, ReportStatus to) {
		super("A report cannot go from " + from + " to " + to);
		this.from = from;
		this.to = to;
	}

	public ReportStatus from() {
		return this.from;
	}

	public ReportStatus to() {
		return this.to;
	}

}
