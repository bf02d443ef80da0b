package cn.tangshan.minsheng.experience;

import java.time.Instant;
import java.util.List;

import cn.tangshan.minsheng.org.UnitView;
import cn.tangshan.minsheng.plan.ProjectView;

/**
 * An article as its pages show it to a signed-in user, with what the user may do next.
 *
 * @param bulletinId the issued bulletin that carried it, or null
 */
public record ExperienceView(Long id, int planYear, ProjectView project, UnitView unit, String title, String body,
		ExperienceStatus status, String returnReason, boolean forBulletin, Long bulletinId, Instant submittedAt,
		Instant publishedAt, Instant updatedAt, long version, boolean demo, List<Photo> photos, Permissions may) {

	public record Photo(Long id, String fileName, int sizeBytes) {
	}

	/**
	 * @param edit change and submit (the unit, while a draft or returned)
	 * @param review publish or return (the coordinator, while submitted)
	 * @param withdraw return a published article (the coordinator)
	 * @param mark mark for, or unmark from, the next bulletin (the coordinator)
	 */
	public record Permissions(boolean edit, boolean review, boolean withdraw, boolean mark) {
	}

}
