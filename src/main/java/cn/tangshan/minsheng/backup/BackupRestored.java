package cn.tangshan.minsheng.backup;

/**
 * The portal was started with {@code --restore=FILE}: the database now holds that
 * backup's data. Published once the restored portal is up, so it is recorded in the
 * restored database's own audit trail.
 *
 * @param file the backup restored
 * @param previous where the data that was replaced was kept (embedded: the old data
 * directory moved aside), or {@code null}
 */
public record BackupRestored(String file, String previous) {
}
