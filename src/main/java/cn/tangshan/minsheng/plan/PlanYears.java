package cn.tangshan.minsheng.plan;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan year's lifecycle: the coordinator starts a draft (启动), which archives the year
 * in force, all in one transaction.
 */
@Service
public class PlanYears {

	private final PlanRepository plans;

	private final ApplicationEventPublisher events;

	PlanYears(PlanRepository plans, ApplicationEventPublisher events) {
		this.plans = plans;
		this.events = events;
	}

	/**
	 * Starts a draft year: it becomes the year in force, the previous one is archived and
	 * {@link PlanYearStarted} is published in the same transaction (its listeners copy
	 * the allocations and audit). Any failure leaves both years as they were.
	 * @throws PlanYearNotFoundException no such plan
	 * @throws PlanStartConflictException the plan is no longer a draft (another
	 * coordinator started it meanwhile)
	 */
	@Transactional
	public PlanSummary start(Long planId, boolean copyAllocations, Long userId, String username) {
		// Lock the draft and the year in force, in id order: a second start of the same
		// draft waits here and then finds it is no longer a draft.
		List<Plan> locked = this.plans.lockByStatusIn(List.of(PlanStatus.DRAFT, PlanStatus.ACTIVE));
		Plan draft = locked.stream().filter((p) -> p.getId().equals(planId)).findFirst().orElse(null);
		if (draft == null) {
			PlanStatus status = this.plans.findById(planId)
				.map(Plan::getStatus)
				.orElseThrow(() -> new PlanYearNotFoundException(null));
			throw new PlanStartConflictException(status);
		}
		if (draft.getStatus() != PlanStatus.DRAFT) {
			throw new PlanStartConflictException(draft.getStatus());
		}
		Plan previous = locked.stream().filter((p) -> p.getStatus() == PlanStatus.ACTIVE).findFirst().orElse(null);
		try {
			if (previous != null) {
				previous.setStatus(PlanStatus.ARCHIVED);
				// Archive first: at most one year is in force (plan_one_active).
				this.plans.flush();
			}
			draft.setStatus(PlanStatus.ACTIVE);
			this.plans.flush();
		}
		catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException ex) {
			throw new PlanStartConflictException(PlanStatus.ACTIVE);
		}
		this.events.publishEvent(
				new PlanYearStarted(draft.getId(), draft.getYear(), (previous != null) ? previous.getId() : null,
						(previous != null) ? previous.getYear() : null, copyAllocations, userId, username));
		return draft.toSummary();
	}

}
