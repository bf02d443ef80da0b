package cn.tangshan.minsheng.plan;

/**
 * A draft year was started and the year before it archived, published inside the
 * transaction that does it: a listener that fails (the allocation copy) undoes the start.
 *
 * @param planId the year now in force
 * @param year its year
 * @param previousPlanId the year just archived, if there was one
 * @param previousYear its year, if there was one
 * @param copyAllocations whether last year's allocations of matching indicators are
 * copied as a starting split
 * @param userId who started it
 * @param username who started it
 */
public record PlanYearStarted(Long planId, int year, Long previousPlanId, Integer previousYear, boolean copyAllocations,
		Long userId, String username) {
}
