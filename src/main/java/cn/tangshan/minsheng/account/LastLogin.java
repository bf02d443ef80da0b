package cn.tangshan.minsheng.account;

import java.time.Instant;

/**
 * The login before the current one, as the home page shows it.
 *
 * @param at when (null on the first login)
 * @param ip from which address
 * @param failedSince failed password attempts between that login and this one
 */
public record LastLogin(Instant at, String ip, int failedSince) {
}
