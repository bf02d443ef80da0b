package cn.tangshan.minsheng.experience;

/** A photo for tests in other packages (the browser tests upload it). */
public final class ExperienceTestPictures {

	private ExperienceTestPictures() {
	}

	public static byte[] png() {
		return ExperienceDemoData.picture("现场照片", 2);
	}

}
