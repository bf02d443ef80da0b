package cn.tangshan.minsheng.account;

/**
 * A request refused with 403 (a URL rule, a CSRF failure or a module's own check),
 * published while the refused user is still the current one, for the security audit.
 *
 * @param method the HTTP method
 * @param path the request's path (no query: it may carry input)
 * @param reason why, as the check put it (e.g. {@code Report 12 is not visible to lunan})
 */
public record AccessDenied(String method, String path, String reason) {
}
