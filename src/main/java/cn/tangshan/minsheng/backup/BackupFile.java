package cn.tangshan.minsheng.backup;

import java.time.Instant;

/**
 * One backup in the backup directory.
 */
public record BackupFile(String name, long bytes, Instant takenAt) {
}
