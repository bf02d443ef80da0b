package cn.tangshan.minsheng.plan;

/**
 * Published in the transaction that changed a plan year: imported (a new draft or the
 * first plan), a draft replaced by a new import, or a draft edited in the browser.
 *
 * @param action {@code IMPORTED}, {@code REPLACED} or {@code EDITED}
 * @param planId the plan
 * @param year its year
 * @param username who did it (the signed-in user; {@code null} for the first start)
 * @param oldValue what was there before (the changed lines of the plan), or {@code null}
 * @param newValue what is there now (the changed lines), or {@code null}
 */
public record PlanChanged(String action, Long planId, int year, String username, String oldValue, String newValue) {
}
