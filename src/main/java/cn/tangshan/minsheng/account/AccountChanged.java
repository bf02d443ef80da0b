package cn.tangshan.minsheng.account;

/**
 * An administrator's (or the user's own) change to an account, published in the
 * transaction that makes it so that the audit trail records it alongside.
 *
 * @param action {@code CREATED}, {@code ASSIGNED}, {@code ENABLED}, {@code DISABLED},
 * {@code PASSWORD_RESET}, {@code PASSWORD_CHANGED} or {@code LOCKED} (too many failed
 * logins; published with the user's name, the actor is anonymous)
 * @param username the account changed
 * @param unitId the account's unit after the change
 * @param oldValue what it was (name, role and unit), if anything changed
 * @param newValue what it is now; never a password
 */
public record AccountChanged(String action, String username, Long unitId, String oldValue, String newValue) {
}
