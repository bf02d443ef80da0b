package cn.tangshan.minsheng.experience;

import java.time.Instant;

/**
 * A published article as a list shows it (the cockpit, the public page).
 *
 * @param firstPhotoId the first photo's id, null without photos
 */
public record PublishedExperience(Long id, String title, String unitName, Long projectId, String projectName,
		Instant publishedAt, Long firstPhotoId) {
}
