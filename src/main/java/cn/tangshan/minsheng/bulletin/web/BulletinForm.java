package cn.tangshan.minsheng.bulletin.web;

import cn.tangshan.minsheng.bulletin.BulletinText;

/**
 * The draft's editable text as the form posts it, with the version it was opened at.
 */
record BulletinForm(Long version, String title, String addressees, String opening, String overall, String projects,
		String ranking, String problems, String requirements, String signature, String copyTo, String printer) {

	static BulletinForm of(BulletinText t, long version) {
		return new BulletinForm(version, t.title(), t.addressees(), t.opening(), t.overall(), t.projects(), t.ranking(),
				t.problems(), t.requirements(), t.signature(), t.copyTo(), t.printer());
	}

	BulletinText text() {
		return new BulletinText(this.title, this.addressees, this.opening, this.overall, this.projects, this.ranking,
				this.problems, this.requirements, this.signature, this.copyTo, this.printer);
	}

	BulletinForm withVersion(long version) {
		return new BulletinForm(version, this.title, this.addressees, this.opening, this.overall, this.projects,
				this.ranking, this.problems, this.requirements, this.signature, this.copyTo, this.printer);
	}

	long versionOrZero() {
		return (this.version != null) ? this.version : -1;
	}

}
