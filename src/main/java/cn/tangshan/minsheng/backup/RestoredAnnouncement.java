package cn.tangshan.minsheng.backup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * After a start with {@code --restore=FILE}: the restore is published as
 * {@link BackupRestored} (so it is in the restored database's audit trail) and logged.
 */
@Component
class RestoredAnnouncement implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(RestoredAnnouncement.class);

	private final Environment environment;

	private final ApplicationEventPublisher events;

	RestoredAnnouncement(Environment environment, ApplicationEventPublisher events) {
		this.environment = environment;
		this.events = events;
	}

	@Override
	public void run(ApplicationArguments args) {
		String file = this.environment.getProperty(RestoreOnStart.RESTORED_FROM);
		if (!StringUtils.hasText(file)) {
			return;
		}
		String previous = this.environment.getProperty(RestoreOnStart.PREVIOUS);
		this.events.publishEvent(new BackupRestored(file, StringUtils.hasText(previous) ? previous : null));
		log.info("已从备份 {} 恢复{}。 / Restored from {}{}.", file,
				StringUtils.hasText(previous) ? "，原数据目录保留在 " + previous : "", file,
				StringUtils.hasText(previous) ? "; the previous data directory is kept in " + previous : "");
	}

}
