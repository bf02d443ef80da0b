package cn.tangshan.minsheng.experience.web;

import java.util.List;

import cn.tangshan.minsheng.experience.Experiences;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a unit fills in for an article; the photos come as the request's {@code photos}
 * files, those to remove as {@code removePhoto} ids. {@code version} is the one the user
 * saw (null for a new article).
 */
record ExperienceForm(@NotNull Long projectId, @NotBlank @Size(max = Experiences.MAX_TITLE) String title,
		@NotBlank @Size(max = Experiences.MAX_BODY) String body, Long version, List<Long> removePhoto) {

	static ExperienceForm empty() {
		return new ExperienceForm(null, null, null, null, List.of());
	}

	Experiences.Draft toDraft() {
		return new Experiences.Draft(this.projectId, this.title, this.body);
	}

	long versionSeen() {
		return (this.version != null) ? this.version : -1;
	}

}
