package cn.tangshan.minsheng.problem;

/**
 * What happened to a problem, as its history lists it.
 */
public enum ProblemAction {

	RAISED, ASSIGNED, ANSWERED, CONFIRMED, NOT_SOLVED, CLOSED, REOPENED, REMINDED;

	public String messageKey() {
		return "problem.action." + name();
	}

}
