package cn.tangshan.minsheng.experience.web;

import jakarta.validation.constraints.Size;

import cn.tangshan.minsheng.experience.Experiences;

/** The coordinator's step on an article: the version seen and, to return it, a reason. */
record ReviewForm(Long version, @Size(max = Experiences.MAX_REASON) String reason) {

	static ReviewForm of(long version) {
		return new ReviewForm(version, null);
	}

	long versionSeen() {
		return (this.version != null) ? this.version : -1;
	}

}
