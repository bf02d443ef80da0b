package cn.tangshan.minsheng.ledger;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import cn.tangshan.minsheng.plan.Qualifier;
import cn.tangshan.minsheng.progress.Completeness;
import cn.tangshan.minsheng.progress.Status;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of the ledger workbook, made once per workbook (Excel limits their
 * number): 宋体 text with thin borders, grey headers, the dashboard's light colours, and
 * report texts with Excel's quote prefix so that they stay text even when edited.
 */
final class LedgerStyles {

	static final String FONT = "宋体";

	static final String TITLE_FONT = "黑体";

	/** The dashboard's light colours (static/css/portal.css). */
	static final Map<Status, String> LIGHT_FILLS = Map.of(Status.COMPLETED, "1F5FBF", Status.NORMAL, "198754",
			Status.LAGGING, "F0B400", Status.SERIOUSLY_LAGGING, "C62828");

	static final Map<Completeness, String> STATE_FILLS = Map.of(Completeness.ON_TIME, "D1E7DD", Completeness.LATE,
			"FFE5D0", Completeness.PENDING, "CFE2FF", Completeness.RETURNED, "E2D9F3", Completeness.MISSING, "F8D7DA",
			Completeness.NOT_DUE, "F1F3F5");

	static final String PERCENT_FORMAT = "0.0%";

	private final XSSFWorkbook workbook;

	final XSSFCellStyle title;

	final XSSFCellStyle subtitle;

	final XSSFCellStyle header;

	final XSSFCellStyle section;

	final XSSFCellStyle text;

	final XSSFCellStyle centred;

	final XSSFCellStyle userText;

	final XSSFCellStyle note;

	final XSSFCellStyle percent;

	private final Map<String, XSSFCellStyle> numbers = new HashMap<>();

	private final Map<Status, XSSFCellStyle> lights = new EnumMap<>(Status.class);

	private final Map<Completeness, XSSFCellStyle> states = new EnumMap<>(Completeness.class);

	LedgerStyles(XSSFWorkbook workbook) {
		this.workbook = workbook;
		this.workbook.getFontAt(0).setFontName(FONT);
		this.title = style(font(TITLE_FONT, 16, true, null), false);
		this.title.setAlignment(HorizontalAlignment.CENTER);
		this.subtitle = style(font(FONT, 10, false, null), false);
		this.header = bordered(font(FONT, 11, true, null));
		this.header.setAlignment(HorizontalAlignment.CENTER);
		this.header.setWrapText(true);
		fill(this.header, "D9D9D9");
		this.section = bordered(font(FONT, 11, true, null));
		fill(this.section, "F2F2F2");
		this.text = bordered(font(FONT, 10, false, null));
		this.text.setWrapText(true);
		this.centred = bordered(font(FONT, 10, false, null));
		this.centred.setAlignment(HorizontalAlignment.CENTER);
		this.centred.setWrapText(true);
		this.userText = bordered(font(FONT, 10, false, null));
		this.userText.setWrapText(true);
		this.userText.setVerticalAlignment(VerticalAlignment.TOP);
		this.userText.setQuotePrefixed(true);
		this.note = style(font(FONT, 9, false, null), false);
		this.note.setWrapText(true);
		this.note.setVerticalAlignment(VerticalAlignment.TOP);
		this.percent = bordered(font(FONT, 10, false, null));
		this.percent.setDataFormat(this.workbook.createDataFormat().getFormat(PERCENT_FORMAT));
		for (Status status : Status.values()) {
			String fill = LIGHT_FILLS.get(status);
			XSSFCellStyle light = bordered(
					font(FONT, 10, true, (status == Status.LAGGING || fill == null) ? null : "FFFFFF"));
			light.setAlignment(HorizontalAlignment.CENTER);
			if (fill != null) {
				fill(light, fill);
			}
			this.lights.put(status, light);
		}
		for (Completeness state : Completeness.values()) {
			XSSFCellStyle style = bordered(font(FONT, 10, false, null));
			style.setAlignment(HorizontalAlignment.CENTER);
			fill(style, STATE_FILLS.get(state));
			this.states.put(state, style);
		}
	}

	XSSFCellStyle light(Status status) {
		return this.lights.get(status);
	}

	XSSFCellStyle state(Completeness state) {
		return this.states.get(state);
	}

	/**
	 * Numbers as the plan writes them: no decimals for whole figures, two otherwise, and
	 * the target's qualifier as part of the format (约950000, 230左右), so the cell stays a
	 * number.
	 */
	XSSFCellStyle number(BigDecimal value, Qualifier qualifier) {
		String digits = (value != null && value.stripTrailingZeros().scale() > 0) ? "0.00" : "0";
		String format = (qualifier == null) ? digits : switch (qualifier) {
			case APPROXIMATELY -> "\"约\"" + digits;
			case ABOUT -> digits + "\"左右\"";
			case AT_LEAST -> digits + "\"以上\"";
		};
		return this.numbers.computeIfAbsent(format, (f) -> {
			XSSFCellStyle style = bordered(font(FONT, 10, false, null));
			style.setDataFormat(this.workbook.createDataFormat().getFormat(f));
			return style;
		});
	}

	private XSSFFont font(String name, int points, boolean bold, String colour) {
		XSSFFont font = this.workbook.createFont();
		font.setFontName(name);
		font.setFontHeightInPoints((short) points);
		font.setBold(bold);
		if (colour != null) {
			font.setColor(colour(colour));
		}
		return font;
	}

	private XSSFCellStyle style(XSSFFont font, boolean borders) {
		XSSFCellStyle style = this.workbook.createCellStyle();
		style.setFont(font);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		if (borders) {
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
		}
		return style;
	}

	private XSSFCellStyle bordered(XSSFFont font) {
		return style(font, true);
	}

	private static void fill(XSSFCellStyle style, String rgb) {
		style.setFillForegroundColor(colour(rgb));
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
	}

	private static XSSFColor colour(String rgb) {
		int value = Integer.parseInt(rgb, 16);
		return new XSSFColor(new byte[] { (byte) (value >> 16), (byte) (value >> 8), (byte) value }, null);
	}

}
