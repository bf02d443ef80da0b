package cn.tangshan.minsheng.bulletin.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import cn.tangshan.minsheng.bulletin.BulletinFigures;
import cn.tangshan.minsheng.bulletin.BulletinParagraph;
import cn.tangshan.minsheng.bulletin.BulletinView;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STSectionMark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A bulletin as a Word file after GB/T 9704 (PRINT.md), built with Apache POI: A4 with
 * margins 37/28/26/35 mm, the official faces named for Latin and East Asian text alike,
 * lines exactly 29 pt apart, attachment tables in a landscape section, the 版记 at the foot
 * of its own last page, and {@code — 1 —} page numbers in the footer (odd pages right,
 * even pages left). Word and WPS substitute a face a machine lacks.
 */
@Component
class BulletinDocx {

	static final String FANGSONG = "仿宋_GB2312";

	static final String XIAOBIAOSONG = "方正小标宋简体";

	static final String HEITI = "黑体";

	static final String KAITI = "楷体_GB2312";

	static final String SONGTI = "宋体";

	/** 1 mm in twentieths of a point. */
	static final double TWIPS_PER_MM = 56.7;

	static final int A4_SHORT = 11906;

	static final int A4_LONG = 16838;

	/** 29 pt, the 22-line grid's pitch. */
	static final int LINE = 580;

	/** Two characters of 三号 (16 pt). */
	static final int TWO_CHARS = 640;

	/** One character of 四号 (14 pt). */
	static final int ONE_SMALL_CHAR = 280;

	private static final String RED = "FF0000";

	private final MessageSource messages;

	BulletinDocx(MessageSource messages) {
		this.messages = messages;
	}

	byte[] write(BulletinView b) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Locale locale = LocaleContextHolder.getLocale();
			doc.getProperties().getCoreProperties().setTitle(b.text().title());
			defaults(doc);
			body(doc, b, locale);
			CTSectPr body = sectionBreak(doc);
			portrait(body);
			attachments(doc, b, locale);
			CTSectPr landscape = sectionBreak(doc);
			landscape(landscape);
			imprint(doc, b, locale);
			CTSectPr last = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
					: doc.getDocument().getBody().addNewSectPr();
			portrait(last);
			last.addNewVAlign().setVal(STVerticalJc.BOTTOM);
			last.addNewType().setVal(STSectionMark.NEXT_PAGE);
			footers(doc, locale);
			// Every section shows the same footers as the last one, where POI put them.
			for (CTSectPr section : List.of(body, landscape)) {
				for (CTHdrFtrRef ref : last.getFooterReferenceList()) {
					CTHdrFtrRef copy = section.addNewFooterReference();
					copy.setType(ref.getType());
					copy.setId(ref.getId());
				}
			}
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void body(XWPFDocument doc, BulletinView b, Locale locale) {
		if (b.demo()) {
			XWPFParagraph demo = paragraph(doc, ParagraphAlignment.LEFT, 0);
			run(demo, msg(locale, "bulletin.demo"), HEITI, 12);
		}
		XWPFParagraph mark = paragraph(doc, ParagraphAlignment.CENTER, 0);
		mark.setSpacingBetween(1.0, LineSpacingRule.AUTO);
		mark.setSpacingBefore(0);
		XWPFRun markRun = run(mark, msg(locale, "bulletin.masthead"), XIAOBIAOSONG, 36);
		markRun.setColor(RED);
		XWPFParagraph number = paragraph(doc, ParagraphAlignment.CENTER, 0);
		run(number,
				(b.number() != null) ? msg(locale, "bulletin.number", b.number()) : msg(locale, "bulletin.draftMark"),
				FANGSONG, 16);
		XWPFParagraph rule = paragraph(doc, ParagraphAlignment.CENTER, 0);
		border(rule.getCTP().addNewPPr().addNewPBdr().addNewBottom(), 18, RED);
		blank(doc);
		XWPFParagraph title = paragraph(doc, ParagraphAlignment.CENTER, 0);
		title.setSpacingBetween(1.2, LineSpacingRule.AUTO);
		run(title, b.text().title(), XIAOBIAOSONG, 22);
		blank(doc);
		if (!b.text().addressees().isEmpty()) {
			run(paragraph(doc, ParagraphAlignment.BOTH, 0), b.text().addressees(), FANGSONG, 16);
		}
		text(doc, b.text().opening());
		for (String key : b.sectionKeys()) {
			section(doc, msg(locale, "bulletin.section." + key), b.paragraphs(key));
		}
		blank(doc);
		XWPFParagraph first = paragraph(doc, ParagraphAlignment.LEFT, TWO_CHARS);
		run(first, msg(locale, "bulletin.attachment.note") + "1."
				+ attachmentTitle(b, "bulletin.attachment.progress", locale), FANGSONG, 16);
		XWPFParagraph second = paragraph(doc, ParagraphAlignment.LEFT, 0);
		second.setIndentationLeft(TWO_CHARS + 3 * 320);
		run(second, "2." + attachmentTitle(b, "bulletin.attachment.ranking", locale), FANGSONG, 16);
		blank(doc);
		blank(doc);
		XWPFParagraph signature = paragraph(doc, ParagraphAlignment.RIGHT, 0);
		signature.setIndentationRight(TWO_CHARS);
		run(signature, b.text().signature(), FANGSONG, 16);
		XWPFParagraph date = paragraph(doc, ParagraphAlignment.RIGHT, 0);
		date.setIndentationRight(TWO_CHARS);
		run(date, date(b, locale), FANGSONG, 16);
	}

	private void section(XWPFDocument doc, String heading, List<BulletinParagraph> paragraphs) {
		run(paragraph(doc, ParagraphAlignment.BOTH, TWO_CHARS), heading, HEITI, 16);
		paragraphs(doc, paragraphs);
	}

	private void text(XWPFDocument doc, String text) {
		paragraphs(doc, BulletinParagraph.of(text));
	}

	private void paragraphs(XWPFDocument doc, List<BulletinParagraph> paragraphs) {
		for (BulletinParagraph p : paragraphs) {
			XWPFParagraph paragraph = paragraph(doc, ParagraphAlignment.BOTH, TWO_CHARS);
			if (p.hasLead()) {
				run(paragraph, p.lead(), KAITI, 16);
			}
			if (!p.rest().isEmpty()) {
				run(paragraph, p.rest(), FANGSONG, 16);
			}
		}
	}

	private void attachments(XWPFDocument doc, BulletinView b, Locale locale) {
		BulletinFigures f = b.figures();
		attachmentHeading(doc, msg(locale, "bulletin.attachment.label", 1),
				attachmentTitle(b, "bulletin.attachment.progress", locale),
				msg(locale, "bulletin.table.expectedNote", percent(f.expectedPercent())));
		String[] heads = { msg(locale, "bulletin.table.code"), msg(locale, "bulletin.table.project"),
				msg(locale, "bulletin.table.leads"), msg(locale, "bulletin.table.indicator"),
				msg(locale, "bulletin.table.target"), msg(locale, "bulletin.table.approved"),
				msg(locale, "bulletin.table.rate"), msg(locale, "bulletin.table.gap"),
				msg(locale, "bulletin.table.status"), msg(locale, "bulletin.table.projectStatus") };
		int[] widths = { 700, 2000, 1300, 2300, 1400, 1300, 900, 1000, 900, 957 };
		XWPFTable table = table(doc, heads, widths, f.indicatorCount());
		int r = 1;
		for (BulletinFigures.ProjectRow project : f.projects()) {
			boolean firstOfProject = true;
			for (BulletinFigures.IndicatorRow indicator : project.indicators()) {
				XWPFTableRow row = table.getRow(r++);
				STMerge.Enum merge = (project.indicators().size() == 1) ? null
						: (firstOfProject ? STMerge.RESTART : STMerge.CONTINUE);
				cell(row.getCell(0), firstOfProject ? project.code() : "", ParagraphAlignment.CENTER, merge);
				cell(row.getCell(1), firstOfProject ? project.name() : "", ParagraphAlignment.LEFT, merge);
				cell(row.getCell(2), firstOfProject ? project.leads() : "", ParagraphAlignment.LEFT, merge);
				cell(row.getCell(3), indicator.name(), ParagraphAlignment.LEFT, null);
				cell(row.getCell(4), indicator.target(), ParagraphAlignment.RIGHT, null);
				cell(row.getCell(5), approved(indicator), ParagraphAlignment.RIGHT, null);
				cell(row.getCell(6), (indicator.ratePercent() != null) ? percent(indicator.ratePercent()) + "%" : "—",
						ParagraphAlignment.RIGHT, null);
				cell(row.getCell(7), (indicator.gap() != null) ? signed(indicator.gap()) : "—",
						ParagraphAlignment.RIGHT, null);
				cell(row.getCell(8), msg(locale, "progress.status." + indicator.status()), ParagraphAlignment.CENTER,
						null);
				cell(row.getCell(9), firstOfProject ? msg(locale, "progress.status." + project.status()) : "",
						ParagraphAlignment.CENTER, merge);
				firstOfProject = false;
			}
		}
		XWPFParagraph pageBreak = doc.createParagraph();
		pageBreak.setPageBreak(true);
		attachmentHeading(doc, msg(locale, "bulletin.attachment.label", 2),
				attachmentTitle(b, "bulletin.attachment.ranking", locale), msg(locale, "bulletin.table.rankingNote"));
		String[] rankHeads = { msg(locale, "bulletin.table.rank"), msg(locale, "bulletin.table.county"),
				msg(locale, "bulletin.table.score"), msg(locale, "bulletin.table.onTime"),
				msg(locale, "bulletin.table.change"), msg(locale, "bulletin.table.mark") };
		int[] rankWidths = { 1400, 3400, 1800, 2200, 2000, 1957 };
		XWPFTable ranking = table(doc, rankHeads, rankWidths, f.ranking().size());
		r = 1;
		for (BulletinFigures.RankRow rank : f.ranking()) {
			XWPFTableRow row = ranking.getRow(r++);
			cell(row.getCell(0), String.valueOf(rank.rank()), ParagraphAlignment.CENTER, null);
			cell(row.getCell(1), rank.county(), ParagraphAlignment.LEFT, null);
			cell(row.getCell(2), percent(rank.score()), ParagraphAlignment.RIGHT, null);
			cell(row.getCell(3), (rank.onTimePercent() != null) ? percent(rank.onTimePercent()) + "%" : "—",
					ParagraphAlignment.RIGHT, null);
			cell(row.getCell(4), change(rank.change(), locale), ParagraphAlignment.CENTER, null);
			cell(row.getCell(5), msg(locale, "bulletin.mark." + rank.mark()), ParagraphAlignment.CENTER, null);
		}
		if (!f.unranked().isEmpty()) {
			XWPFParagraph note = paragraph(doc, ParagraphAlignment.LEFT, 0);
			run(note, msg(locale, "bulletin.table.unranked",
					String.join(msg(locale, "bulletin.draft.list.separator"), f.unranked())), FANGSONG, 12);
		}
	}

	private void attachmentHeading(XWPFDocument doc, String label, String title, String note) {
		run(paragraph(doc, ParagraphAlignment.LEFT, 0), label, HEITI, 16);
		XWPFParagraph heading = paragraph(doc, ParagraphAlignment.CENTER, 0);
		run(heading, title, XIAOBIAOSONG, 18);
		XWPFParagraph caption = paragraph(doc, ParagraphAlignment.RIGHT, 0);
		run(caption, note, FANGSONG, 12);
	}

	/** The 版记: 抄送 and 印发 between rules as wide as the type area. */
	private void imprint(XWPFDocument doc, BulletinView b, Locale locale) {
		XWPFParagraph copy = paragraph(doc, ParagraphAlignment.LEFT, 0);
		copy.setIndentationLeft(ONE_SMALL_CHAR);
		copy.setIndentationRight(ONE_SMALL_CHAR);
		CTPBdr copyBorders = copy.getCTP().getPPr().addNewPBdr();
		border(copyBorders.addNewTop(), 8, "000000");
		border(copyBorders.addNewBottom(), 6, "000000");
		if (!b.text().copyTo().isEmpty()) {
			run(copy, msg(locale, "bulletin.copyTo") + b.text().copyTo(), FANGSONG, 14);
		}
		XWPFParagraph printed = paragraph(doc, ParagraphAlignment.LEFT, 0);
		printed.setIndentationLeft(ONE_SMALL_CHAR);
		printed.setIndentationRight(ONE_SMALL_CHAR);
		border(printed.getCTP().getPPr().addNewPBdr().addNewBottom(), 8, "000000");
		CTTabStop tab = printed.getCTP().getPPr().addNewTabs().addNewTab();
		tab.setVal(STTabJc.RIGHT);
		tab.setPos(BigInteger.valueOf(Math.round(156 * TWIPS_PER_MM) - 2 * ONE_SMALL_CHAR));
		run(printed, b.text().printer(), FANGSONG, 14);
		run(printed, "\t", FANGSONG, 14);
		run(printed, msg(locale, "bulletin.printed", date(b, locale)), FANGSONG, 14);
	}

	private void footers(XWPFDocument doc, Locale locale) {
		doc.setEvenAndOddHeadings(true);
		footer(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
		footer(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
	}

	/** — PAGE — in 四号半角宋体, one character in from the outer edge. */
	private void footer(XWPFFooter footer, ParagraphAlignment alignment) {
		XWPFParagraph p = footer.createParagraph();
		p.setAlignment(alignment);
		if (alignment == ParagraphAlignment.RIGHT) {
			p.setIndentationRight(ONE_SMALL_CHAR);
		}
		else {
			p.setIndentationLeft(ONE_SMALL_CHAR);
		}
		run(p, "— ", SONGTI, 14);
		run(p, "", SONGTI, 14).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
		XWPFRun instr = run(p, "", SONGTI, 14);
		instr.getCTR().addNewInstrText().setStringValue(" PAGE ");
		run(p, "", SONGTI, 14).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
		run(p, "1", SONGTI, 14);
		run(p, "", SONGTI, 14).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
		run(p, " —", SONGTI, 14);
	}

	private XWPFTable table(XWPFDocument doc, String[] heads, int[] widths, int rows) {
		XWPFTable table = doc.createTable(rows + 1, heads.length);
		table.setTableAlignment(TableRowAlign.CENTER);
		CTTblWidth width = table.getCTTbl().getTblPr().isSetTblW() ? table.getCTTbl().getTblPr().getTblW()
				: table.getCTTbl().getTblPr().addNewTblW();
		width.setType(STTblWidth.DXA);
		int total = 0;
		for (int w : widths) {
			total += w;
		}
		width.setW(BigInteger.valueOf(total));
		XWPFTableRow head = table.getRow(0);
		head.setRepeatHeader(true);
		head.setCantSplitRow(true);
		for (int c = 0; c < heads.length; c++) {
			XWPFTableCell cell = head.getCell(c);
			cell(cell, heads[c], ParagraphAlignment.CENTER, null);
			cell.getParagraphs().get(0).getRuns().forEach((run) -> fonts(run, HEITI));
		}
		for (XWPFTableRow row : table.getRows()) {
			row.setCantSplitRow(true);
			for (int c = 0; c < heads.length; c++) {
				CTTcPr pr = row.getCell(c).getCTTc().isSetTcPr() ? row.getCell(c).getCTTc().getTcPr()
						: row.getCell(c).getCTTc().addNewTcPr();
				CTTblWidth w = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
				w.setType(STTblWidth.DXA);
				w.setW(BigInteger.valueOf(widths[c]));
			}
		}
		return table;
	}

	private void cell(XWPFTableCell cell, String text, ParagraphAlignment alignment, STMerge.Enum merge) {
		XWPFParagraph p = cell.getParagraphs().get(0);
		p.setAlignment(alignment);
		p.setSpacingBetween(15, LineSpacingRule.EXACT);
		p.setSpacingAfter(0);
		cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
		if (!text.isEmpty()) {
			run(p, text, FANGSONG, 10.5);
		}
		if (merge != null) {
			CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
			pr.addNewVMerge().setVal(merge);
		}
	}

	private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment, int firstLineIndent) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(alignment);
		p.setSpacingBetween(29, LineSpacingRule.EXACT);
		p.setSpacingBefore(0);
		p.setSpacingAfter(0);
		if (firstLineIndent > 0) {
			p.setIndentationFirstLine(firstLineIndent);
		}
		return p;
	}

	private static void blank(XWPFDocument doc) {
		paragraph(doc, ParagraphAlignment.LEFT, 0);
	}

	private static XWPFRun run(XWPFParagraph p, String text, String font, double size) {
		XWPFRun run = p.createRun();
		if (text.equals("\t")) {
			run.addTab();
		}
		else if (!text.isEmpty()) {
			run.setText(text);
		}
		fonts(run, font);
		run.setFontSize(size);
		return run;
	}

	/**
	 * The document's default run: 三号仿宋. Word sizes the character grid from the default
	 * font size, so without it (Word's 10 pt) every 16 pt character would take two grid
	 * cells and a line would hold far fewer than 28 characters.
	 */
	private static void defaults(XWPFDocument doc) {
		CTStyles styles = CTStyles.Factory.newInstance();
		CTRPr run = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
		CTFonts fonts = run.addNewRFonts();
		fonts.setAscii(FANGSONG);
		fonts.setHAnsi(FANGSONG);
		fonts.setEastAsia(FANGSONG);
		fonts.setCs(FANGSONG);
		run.addNewSz().setVal(BigInteger.valueOf(32));
		run.addNewSzCs().setVal(BigInteger.valueOf(32));
		run.addNewLang().setEastAsia("zh-CN");
		doc.createStyles().setStyles(styles);
	}

	/** The face for Latin and East Asian text alike, so digits match the Chinese. */
	private static void fonts(XWPFRun run, String font) {
		CTRPr pr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
		CTFonts fonts = (pr.sizeOfRFontsArray() > 0) ? pr.getRFontsArray(0) : pr.addNewRFonts();
		fonts.setAscii(font);
		fonts.setHAnsi(font);
		fonts.setEastAsia(font);
		fonts.setCs(font);
		fonts.setHint(STHint.EAST_ASIA);
	}

	private static void border(CTBorder border, int eighthsOfAPoint, String color) {
		border.setVal(STBorder.SINGLE);
		border.setSz(BigInteger.valueOf(eighthsOfAPoint));
		border.setSpace(BigInteger.ONE);
		border.setColor(color);
	}

	/** Ends the current section at the last paragraph; the next one starts a new page. */
	private static CTSectPr sectionBreak(XWPFDocument doc) {
		XWPFParagraph p = doc.createParagraph();
		CTSectPr section = p.getCTP().addNewPPr().addNewSectPr();
		section.addNewType().setVal(STSectionMark.NEXT_PAGE);
		return section;
	}

	static void portrait(CTSectPr section) {
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(A4_SHORT));
		size.setH(BigInteger.valueOf(A4_LONG));
		size.setOrient(STPageOrientation.PORTRAIT);
		margins(section, 37, 26, 35, 28);
		grid(section);
	}

	static void landscape(CTSectPr section) {
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(A4_LONG));
		size.setH(BigInteger.valueOf(A4_SHORT));
		size.setOrient(STPageOrientation.LANDSCAPE);
		margins(section, 28, 37, 26, 35);
	}

	private static void margins(CTSectPr section, double top, double right, double bottom, double left) {
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(twips(top));
		margins.setRight(twips(right));
		margins.setBottom(twips(bottom));
		margins.setLeft(twips(left));
		// The page number sits 7 mm below the type area.
		margins.setFooter(twips(bottom - 7 - 6));
		margins.setHeader(twips(15));
		margins.setGutter(BigInteger.ZERO);
	}

	/** 22 lines of 28 characters: line pitch 29 pt, characters 15.8 pt apart. */
	private static void grid(CTSectPr section) {
		CTDocGrid grid = section.addNewDocGrid();
		grid.setType(STDocGrid.LINES_AND_CHARS);
		grid.setLinePitch(BigInteger.valueOf(579));
		grid.setCharSpace(BigInteger.valueOf(-843));
	}

	static BigInteger twips(double mm) {
		return BigInteger.valueOf(Math.round(mm * TWIPS_PER_MM));
	}

	private String attachmentTitle(BulletinView b, String key, Locale locale) {
		return msg(locale, key, String.valueOf(b.planYear()), span(b, locale));
	}

	private String span(BulletinView b, Locale locale) {
		int m = b.month().getMonthValue();
		return (m == 1) ? msg(locale, "bulletin.draft.span.one")
				: msg(locale, "bulletin.draft.span", String.valueOf(m));
	}

	private String date(BulletinView b, Locale locale) {
		return b.date().format(DateTimeFormatter.ofPattern(msg(locale, "format.date"), locale));
	}

	private String change(Integer change, Locale locale) {
		if (change == null) {
			return msg(locale, "dashboard.ranking.change.new");
		}
		if (change > 0) {
			return msg(locale, "dashboard.ranking.change.up", change);
		}
		if (change < 0) {
			return msg(locale, "dashboard.ranking.change.down", -change);
		}
		return msg(locale, "dashboard.ranking.change.same");
	}

	private static String approved(BulletinFigures.IndicatorRow indicator) {
		if (indicator.approved() == null) {
			return indicator.quantitative() ? "0" : "—";
		}
		String value = indicator.approved().stripTrailingZeros().toPlainString();
		if (value.contains("E")) {
			value = indicator.approved().toBigInteger().toString();
		}
		return indicator.quantitative() ? value : value + "%";
	}

	static String percent(java.math.BigDecimal value) {
		return (value != null) ? value.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() : "—";
	}

	/** The gap with its sign; an ASCII minus, which every embedded font has. */
	static String signed(java.math.BigDecimal gap) {
		return ((gap.signum() > 0) ? "+" : (gap.signum() < 0) ? "-" : "") + percent(gap.abs());
	}

	private String msg(Locale locale, String key, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
