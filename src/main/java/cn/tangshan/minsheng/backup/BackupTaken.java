package cn.tangshan.minsheng.backup;

/**
 * A backup was written (nightly or by an administrator's 立即备份).
 *
 * @param file the backup's file name in the backup directory
 * @param bytes its size
 * @param method {@code physical} (embedded PostgreSQL's own backup API) or
 * {@code pg_dump}
 * @param trigger {@code NIGHTLY} or {@code MANUAL}
 */
public record BackupTaken(String file, long bytes, String method, String trigger) {
}
