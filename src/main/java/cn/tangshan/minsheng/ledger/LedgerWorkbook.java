package cn.tangshan.minsheng.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import cn.tangshan.minsheng.dashboard.Breakdown;
import cn.tangshan.minsheng.dashboard.Dashboard;
import cn.tangshan.minsheng.plan.IndicatorView;
import cn.tangshan.minsheng.problem.ProblemView;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The ledger as an Excel workbook: 工作台账, the breakdown by unit and reporting
 * completeness, each with a merged title, two-row merged headers, frozen panes, number
 * and percent formats, coloured lights and an A4 landscape print setup that repeats the
 * headers on every page.
 *
 * <p>
 * Every text, above all what users typed into their reports, is written as a string cell
 * ({@code setCellValue(String)}, never {@code setCellFormula}) with Excel's quote prefix,
 * so a report text like {@code =HYPERLINK(…)} stays text.
 */
final class LedgerWorkbook {

	private final XSSFWorkbook workbook = new XSSFWorkbook();

	private final Texts texts;

	private final LedgerStyles styles;

	LedgerWorkbook(Texts texts) {
		this.texts = texts;
		this.styles = new LedgerStyles(this.workbook);
	}

	void write(WorkLedger ledger, List<ProblemView> problems, OutputStream out) throws IOException {
		ledgerSheet(ledger);
		countySheet(ledger);
		completenessSheet(ledger);
		problemSheet(ledger, problems);
		this.workbook.write(out);
		this.workbook.close();
	}

	private void ledgerSheet(WorkLedger ledger) {
		String[] columns = { "ledger.col.no", "dashboard.col.code", "ledger.col.project", "ledger.col.indicator",
				"ledger.col.measureUnit", "ledger.col.target", "dashboard.col.approved", "dashboard.col.rate",
				"dashboard.col.expected", "dashboard.col.status", "dashboard.col.projectStatus", "dashboard.col.lead",
				"ledger.col.progress", "ledger.col.problems" };
		int[][] widths = { { 5, 6 }, { 6, 7 }, { 12, 26 }, { 12, 26 }, { 6, 10 }, { 10, 16 }, { 10, 14 }, { 8, 10 },
				{ 8, 10 }, { 9, 10 }, { 9, 10 }, { 10, 16 }, { 46, 46 }, { 34, 34 } };
		SheetTable t = new SheetTable(this.workbook, this.styles, this.texts, this.texts.get("ledger.sheet.ledger"),
				columns.length, widths);
		titles(t, ledger);
		// Two header rows: single columns merged down, 指标 and 完成情况 over their parts.
		t.header(2, 0, 3, 0, columns[0]);
		t.header(2, 1, 3, 1, columns[1]);
		t.header(2, 2, 3, 2, columns[2]);
		t.header(2, 3, 2, 5, "ledger.col.indicators");
		t.header(2, 6, 2, 10, "ledger.col.progressGroup");
		t.header(2, 11, 3, 11, columns[11]);
		t.header(2, 12, 3, 12, columns[12]);
		t.header(2, 13, 3, 13, columns[13]);
		for (int c = 3; c <= 10; c++) {
			t.header(3, c, 3, c, columns[c]);
		}
		int r = SheetTable.HEADER_ROWS_END + 1;
		int no = 0;
		for (WorkLedger.Group group : ledger.groups()) {
			t.merged(r, 0, r, columns.length - 1, this.texts.get("ledger.group", this.texts.chinese(group.number()),
					group.name(), group.projects().size()), this.styles.section);
			r++;
			no = 0;
			for (WorkLedger.ProjectEntry project : group.projects()) {
				int first = r;
				int last = r + project.indicators().size() - 1;
				no++;
				t.mergedNumber(first, 0, last, 0, BigDecimal.valueOf(no), this.styles.centred);
				t.merged(first, 1, last, 1, project.project().code(), this.styles.centred);
				t.merged(first, 2, last, 2, project.project().name(), this.styles.text);
				t.merged(first, 10, last, 10, this.texts.get(project.status().messageKey()),
						this.styles.light(project.status()));
				t.merged(first, 11, last, 11, project.leads(), this.styles.centred);
				t.merged(first, 12, last, 12, project.progress(), this.styles.userText);
				t.merged(first, 13, last, 13, project.problems(), this.styles.userText);
				for (Dashboard.IndicatorLine line : project.indicators()) {
					IndicatorView indicator = line.indicator();
					t.text(r, 3, indicator.name(), this.styles.text);
					if (indicator.isQuantitative()) {
						t.text(r, 4, indicator.measureUnit(), this.styles.centred);
						t.number(r, 5, indicator.target(),
								this.styles.number(indicator.target(), indicator.qualifier()));
						t.number(r, 6, line.approved(), this.styles.number(line.approved(), null));
					}
					else {
						t.text(r, 4, "", this.styles.centred);
						t.text(r, 5, this.texts.get("indicator.milestone"), this.styles.centred);
						t.text(r, 6, "", this.styles.centred);
					}
					t.percent(r, 7, line.assessment().rate().percent().orElse(null), this.styles.percent);
					t.percent(r, 8, line.assessment().expectedPercent(), this.styles.percent);
					t.text(r, 9, this.texts.get(line.assessment().status().messageKey()),
							this.styles.light(line.assessment().status()));
					r++;
				}
				t.fitHeight(first, last, 12, project.progress());
				t.fitHeight(first, last, 13, project.problems());
			}
		}
		if (ledger.groups().isEmpty()) {
			t.merged(r, 0, r, columns.length - 1, this.texts.get("ledger.empty"), this.styles.text);
			r++;
		}
		r++;
		t.merged(
				r, 0, r, columns.length - 1, this.texts.get("ledger.note",
						Texts.plain(ledger.settings().greenGapPoints()), Texts.plain(ledger.settings().redGapPoints())),
				this.styles.note);
		t.sheet.getRow(r).setHeightInPoints(30);
		t.finish(4, SheetTable.HEADER_ROWS_END + 1);
	}

	private void countySheet(WorkLedger ledger) {
		String[] columns = { "dashboard.col.code", "ledger.col.project", "ledger.col.indicator",
				"ledger.col.measureUnit", "ledger.col.cityTarget", "ledger.col.unit", "dashboard.col.allocation",
				"dashboard.col.approved", "dashboard.col.rate", "dashboard.col.status", "ledger.col.progress",
				"ledger.col.problems" };
		int[][] widths = { { 6, 7 }, { 12, 26 }, { 12, 26 }, { 6, 10 }, { 10, 16 }, { 10, 26 }, { 10, 14 }, { 10, 14 },
				{ 8, 10 }, { 9, 10 }, { 40, 40 }, { 28, 28 } };
		SheetTable t = new SheetTable(this.workbook, this.styles, this.texts, this.texts.get("ledger.sheet.counties"),
				columns.length, widths);
		titles(t, ledger);
		t.header(2, 0, 3, 0, columns[0]);
		t.header(2, 1, 3, 1, columns[1]);
		t.header(2, 2, 2, 4, "ledger.col.indicators");
		t.header(2, 5, 3, 5, columns[5]);
		t.header(2, 6, 2, 9, "ledger.col.unitProgress");
		t.header(2, 10, 3, 10, columns[10]);
		t.header(2, 11, 3, 11, columns[11]);
		for (int c : new int[] { 2, 3, 4, 6, 7, 8, 9 }) {
			t.header(3, c, 3, c, columns[c]);
		}
		int r = SheetTable.HEADER_ROWS_END + 1;
		for (WorkLedger.CountyRow row : ledger.counties()) {
			int first = r;
			int last = r + row.units().size() - 1;
			IndicatorView indicator = row.indicator();
			t.merged(first, 0, last, 0, row.project().code(), this.styles.centred);
			t.merged(first, 1, last, 1, row.project().name(), this.styles.text);
			t.merged(first, 2, last, 2, indicator.name(), this.styles.text);
			t.merged(first, 3, last, 3, indicator.measureUnit(), this.styles.centred);
			t.mergedNumber(first, 4, last, 4, indicator.target(),
					this.styles.number(indicator.target(), indicator.qualifier()));
			for (WorkLedger.UnitEntry entry : row.units()) {
				Breakdown.UnitLine line = entry.figures();
				t.text(r, 5, line.unit().name(), this.styles.text);
				t.number(r, 6, line.allocation(), this.styles.number(line.allocation(), null));
				t.number(r, 7, line.approved(), this.styles.number(line.approved(), null));
				t.percent(r, 8, line.assessment().rate().percent().orElse(null), this.styles.percent);
				t.text(r, 9, this.texts.get(line.assessment().status().messageKey()),
						this.styles.light(line.assessment().status()));
				t.text(r, 10, entry.progress(), this.styles.userText);
				t.text(r, 11, entry.problems(), this.styles.userText);
				t.fitHeight(r, r, 10, entry.progress());
				t.fitHeight(r, r, 11, entry.problems());
				r++;
			}
		}
		if (ledger.counties().isEmpty()) {
			t.merged(r, 0, r, columns.length - 1, this.texts.get("ledger.empty"), this.styles.text);
		}
		t.finish(3, SheetTable.HEADER_ROWS_END + 1);
	}

	private void completenessSheet(WorkLedger ledger) {
		List<YearMonth> months = ledger.completeness().months();
		int columnCount = Math.max(months.size() + 1, 2);
		int[][] widths = new int[columnCount][];
		widths[0] = new int[] { 12, 26 };
		for (int c = 1; c < columnCount; c++) {
			widths[c] = new int[] { 12, 16 };
		}
		SheetTable t = new SheetTable(this.workbook, this.styles, this.texts,
				this.texts.get("ledger.sheet.completeness"), columnCount, widths);
		titles(t, ledger);
		t.header(2, 0, 3, 0, "dashboard.col.unit");
		if (!months.isEmpty()) {
			t.header(2, 1, 2, columnCount - 1, "ledger.col.months");
		}
		for (int i = 0; i < months.size(); i++) {
			t.merged(3, i + 1, 3, i + 1, this.texts.month(months.get(i)), this.styles.header);
		}
		int r = SheetTable.HEADER_ROWS_END + 1;
		for (Dashboard.MatrixRow row : ledger.completeness().rows()) {
			t.text(r, 0, row.unit().name(), this.styles.text);
			for (int i = 0; i < row.cells().size(); i++) {
				Dashboard.MatrixCell cell = row.cells().get(i);
				t.text(r, i + 1, this.texts.get("dashboard.matrix.cell", this.texts.get(cell.state().messageKey()),
						cell.submitted(), cell.due()), this.styles.state(cell.state()));
			}
			r++;
		}
		r++;
		t.merged(r, 0, r, columnCount - 1, this.texts.get("ledger.completeness.note"), this.styles.note);
		t.finish(1, SheetTable.HEADER_ROWS_END + 1);
	}

	/**
	 * 问题清单: every problem the user sees, one a row, with its state (逾期 marked) and the
	 * responsible unit's answer; the texts users typed are string cells.
	 */
	private void problemSheet(WorkLedger ledger, List<ProblemView> problems) {
		String[] columns = { "problem.col.number", "problem.field.project", "problem.field.title", "problem.field.kind",
				"problem.field.raisedBy", "problem.field.responsible", "problem.col.raisedOn", "problem.field.deadline",
				"problem.col.state", "problem.field.answer" };
		int[][] widths = { { 14, 18 }, { 12, 24 }, { 16, 30 }, { 6, 10 }, { 8, 14 }, { 10, 16 }, { 10, 12 }, { 10, 12 },
				{ 6, 10 }, { 30, 46 } };
		SheetTable t = new SheetTable(this.workbook, this.styles, this.texts, this.texts.get("ledger.sheet.problems"),
				columns.length, widths);
		titles(t, ledger);
		for (int c = 0; c < columns.length; c++) {
			t.header(2, c, 3, c, columns[c]);
		}
		int r = SheetTable.HEADER_ROWS_END + 1;
		for (ProblemView p : problems) {
			t.text(r, 0, p.number().toString(), this.styles.centred);
			t.text(r, 1, (p.project() != null) ? p.project().code() + " " + p.project().name() : "", this.styles.text);
			t.text(r, 2, p.title(), this.styles.userText);
			t.text(r, 3, (p.kind() != null) ? p.kind().name() : "", this.styles.centred);
			t.text(r, 4, p.raisedBy().name(), this.styles.text);
			t.text(r, 5, (p.responsible() != null) ? p.responsible().name() : this.texts.get("problem.notAssigned"),
					this.styles.text);
			t.text(r, 6, this.texts.dateTime(p.createdAt()), this.styles.centred);
			t.text(r, 7, this.texts.date(p.deadline()), this.styles.centred);
			t.text(r, 8, this.texts.get(p.stateKey()), this.styles.centred);
			t.text(r, 9, (p.answer() != null) ? p.answer() : "", this.styles.userText);
			r++;
		}
		t.finish(1, SheetTable.HEADER_ROWS_END + 1);
	}

	/** Row 0 the title, row 1 the month, expected progress and scope. */
	private void titles(SheetTable t, WorkLedger ledger) {
		t.merged(0, 0, 0, t.columns - 1, this.texts.title(ledger), this.styles.title);
		t.sheet.getRow(0).setHeightInPoints(30);
		String line = this.texts.get("ledger.subtitle", this.texts.month(ledger.month()),
				ledger.expectedPercent().toPlainString() + "%");
		if (ledger.scope() != null) {
			line = line + this.texts.get("ledger.scope", ledger.scope());
		}
		t.merged(1, 0, 1, t.columns - 1, line, this.styles.subtitle);
		t.sheet.getRow(1).setHeightInPoints(20);
	}

}
