package cn.tangshan.minsheng.bulletin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A bulletin as pages and files show it. For a draft the figures are today's; for an
 * issued bulletin, those stored when it was issued.
 *
 * @param number 第N期, {@code null} for a draft
 * @param date the date under the signature: the issue date, or today for a draft
 * @param planYear the plan's year, for the title of the attachments
 */
public record BulletinView(Long id, YearMonth month, int planYear, BulletinStatus status, Integer number,
		BulletinText text, BulletinFigures figures, LocalDate date, Instant issuedAt, Instant updatedAt, long version,
		boolean demo) {

	public boolean isIssued() {
		return this.status == BulletinStatus.ISSUED;
	}

	public boolean isDraft() {
		return this.status == BulletinStatus.DRAFT;
	}

	/**
	 * The sections in their order, as message keys after {@code bulletin.section.}: the
	 * five of every bulletin, and 四、典型经验 after the ranking when the bulletin carries
	 * typical experience (the two after it numbered on). A bulletin without any reads as
	 * it always did.
	 */
	public List<String> sectionKeys() {
		if (this.figures.experiences().isEmpty()) {
			return List.of("overall", "projects", "ranking", "problems", "requirements");
		}
		return List.of("overall", "projects", "ranking", "experience", "problemsAfterExperience",
				"requirementsAfterExperience");
	}

	/**
	 * The paragraphs of a text by its field name ({@code opening}, {@code overall} …);
	 * {@code experience} is the 典型经验 section, one article after another: “（一）unit：
	 * title。” in 楷体 and its text.
	 */
	public List<BulletinParagraph> paragraphs(String field) {
		if ("experience".equals(field)) {
			return experienceParagraphs();
		}
		String value = switch (field) {
			case "problemsAfterExperience" -> this.text.problems();
			case "requirementsAfterExperience" -> this.text.requirements();
			case "opening" -> this.text.opening();
			case "overall" -> this.text.overall();
			case "projects" -> this.text.projects();
			case "ranking" -> this.text.ranking();
			case "problems" -> this.text.problems();
			case "requirements" -> this.text.requirements();
			default -> throw new IllegalArgumentException("No section " + field);
		};
		return BulletinParagraph.of(value);
	}

	private List<BulletinParagraph> experienceParagraphs() {
		List<BulletinParagraph> paragraphs = new java.util.ArrayList<>();
		int n = 0;
		for (BulletinFigures.ExperienceRow row : this.figures.experiences()) {
			String title = row.title().strip().replaceAll("[。．.]+$", "");
			String lead = "（" + chinese(++n) + "）" + row.unit() + "：" + title + "。";
			List<BulletinParagraph> body = BulletinParagraph.of(row.body());
			if (body.isEmpty()) {
				paragraphs.add(new BulletinParagraph(lead, ""));
				continue;
			}
			paragraphs.add(new BulletinParagraph(lead, body.get(0).lead() + body.get(0).rest()));
			for (BulletinParagraph p : body.subList(1, body.size())) {
				paragraphs.add(new BulletinParagraph("", p.lead() + p.rest()));
			}
		}
		return paragraphs;
	}

	/** 一 … 九十九, as the section numbers its articles. */
	private static String chinese(int n) {
		String digits = "一二三四五六七八九";
		int tens = n / 10;
		int ones = n % 10;
		String tensPart = (tens == 0) ? "" : ((tens == 1) ? "" : String.valueOf(digits.charAt(tens - 1))) + "十";
		return tensPart + ((ones == 0) ? "" : String.valueOf(digits.charAt(ones - 1)));
	}

}
