package cn.tangshan.minsheng.plan;

/**
 * The plan is no longer a draft: someone else started it (or it was never one).
 */
public class PlanStartConflictException extends RuntimeException {

	private final PlanStatus status;

	PlanStartConflictException(PlanStatus status) {
		super("Plan is " + status + ", not a draft");
		this.status = status;
	}

	public PlanStatus getStatus() {
		return this.status;
	}

}
