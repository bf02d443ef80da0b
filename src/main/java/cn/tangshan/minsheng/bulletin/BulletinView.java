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
	 * The paragraphs of a text by its field name ({@code opening}, {@code overall} …).
	 */
	public List<BulletinParagraph> paragraphs(String field) {
		String value = switch (field) {
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

}
