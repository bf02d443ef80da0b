package cn.tangshan.minsheng.bulletin;

/**
 * Every editable text of a bulletin. The five sections are plain text, one paragraph a
 * line; a line that starts with “（一）” is a second-level heading paragraph
 * ({@link BulletinParagraph}).
 *
 * @param overall 一、总体进展
 * @param projects 二、分项进展
 * @param ranking 三、各县（市、区）排名
 * @param problems 四、存在问题
 * @param requirements 五、下步要求
 * @param signature the issuing body under the text
 * @param copyTo 抄送 in the 版记
 * @param printer the office that prints it (印发) in the 版记
 */
public record BulletinText(String title, String addressees, String opening, String overall, String projects,
		String ranking, String problems, String requirements, String signature, String copyTo, String printer) {

	public BulletinText {
		title = clean(title);
		addressees = clean(addressees);
		opening = clean(opening);
		overall = clean(overall);
		projects = clean(projects);
		ranking = clean(ranking);
		problems = clean(problems);
		requirements = clean(requirements);
		signature = clean(signature);
		copyTo = clean(copyTo);
		printer = clean(printer);
	}

	private static String clean(String text) {
		return (text != null) ? text.replace("\r\n", "\n").replace('\r', '\n').strip() : "";
	}

}
