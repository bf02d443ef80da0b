package cn.tangshan.minsheng.bulletin;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph of a section as the print view, the Word file and the PDF set it: a line
 * starting with “（一）” is a second-level heading, its first sentence in 楷体 ({@code lead})
 * and the rest in the body face; any other line is a body paragraph.
 */
public record BulletinParagraph(String lead, String rest) {

	private static final Pattern SECOND_LEVEL = Pattern.compile("^（[一二三四五六七八九十]+）");

	/**
	 * The paragraphs of a section's text, one a non-blank line.
	 */
	public static List<BulletinParagraph> of(String text) {
		List<BulletinParagraph> paragraphs = new ArrayList<>();
		if (text == null) {
			return paragraphs;
		}
		for (String line : text.split("\n")) {
			String trimmed = line.strip();
			if (trimmed.isEmpty()) {
				continue;
			}
			Matcher heading = SECOND_LEVEL.matcher(trimmed);
			if (heading.find()) {
				int end = trimmed.indexOf('。');
				int split = (end < 0) ? trimmed.length() : end + 1;
				paragraphs.add(new BulletinParagraph(trimmed.substring(0, split), trimmed.substring(split)));
			}
			else {
				paragraphs.add(new BulletinParagraph("", trimmed));
			}
		}
		return paragraphs;
	}

	public boolean hasLead() {
		return !this.lead.isEmpty();
	}

}
