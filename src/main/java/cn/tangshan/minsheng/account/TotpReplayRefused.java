package cn.tangshan.minsheng.account;

/**
 * A TOTP code that had already logged in (or one of an earlier step) entered again and
 * refused: a security event, not a change to the account. Published so that the security
 * audit trail records it as a failure.
 *
 * @param username the account whose code it was
 * @param unitId the account's unit
 */
public record TotpReplayRefused(String username, Long unitId) {
}
