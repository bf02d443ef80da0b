package cn.tangshan.minsheng.experience;

import java.time.Instant;
import java.util.List;

/**
 * A published article as the public reads it: no people's names, no internal texts.
 */
public record PublicArticle(Long id, int planYear, String title, String body, String unitName, Long projectId,
		String projectName, Instant publishedAt, List<Long> photoIds) {
}
