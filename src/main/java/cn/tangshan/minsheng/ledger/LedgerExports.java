package cn.tangshan.minsheng.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import cn.tangshan.minsheng.problem.ProblemView;
import cn.tangshan.minsheng.dashboard.Dashboard;
import cn.tangshan.minsheng.plan.IndicatorView;
import cn.tangshan.minsheng.document.Csv;
import cn.tangshan.minsheng.system.Formats;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The ledger as files: an Excel workbook and a CSV of the raw values, in the request's
 * locale.
 */
@Component
public class LedgerExports {

	private final MessageSource messages;

	private final Formats formats;

	LedgerExports(MessageSource messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	/** E.g. 唐山市2024年民生工程工作台账（2024年6月）.xlsx */
	public String fileName(WorkLedger ledger, String extension) {
		return texts().title(ledger) + "." + extension;
	}

	/**
	 * The workbook: 工作台账, the breakdown by unit, reporting completeness and the 问题清单 of
	 * {@code problems} (the problems the user sees).
	 */
	public byte[] xlsx(WorkLedger ledger, List<ProblemView> problems) {
		// #14: the same ledger and problems give the same bytes; the problems are read
		// anew on every request and compared by value.
		return this.workbooks.get(ledger, List.of(problems, LocaleContextHolder.getLocale()),
				() -> buildXlsx(ledger, problems));
	}

	private final IdentityMemo<byte[]> workbooks = new IdentityMemo<>(16);

	private final IdentityMemo<byte[]> csvs = new IdentityMemo<>(32);

	private byte[] buildXlsx(WorkLedger ledger, List<ProblemView> problems) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			new LedgerWorkbook(texts()).write(ledger, problems, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * One record per indicator: the ledger's columns with raw numbers (percents as
	 * numbers of percent, 62.3), UTF-8 with a byte order mark.
	 */
	public byte[] csv(WorkLedger ledger) {
		return this.csvs.get(ledger, List.of(LocaleContextHolder.getLocale()), () -> buildCsv(ledger));
	}

	private byte[] buildCsv(WorkLedger ledger) {
		Texts texts = texts();
		Csv csv = new Csv();
		List<Csv.Field> header = new ArrayList<>();
		for (String key : List.of("ledger.col.group", "dashboard.col.code", "ledger.col.project",
				"ledger.col.indicator", "ledger.col.kind", "ledger.col.measureUnit", "ledger.col.target",
				"ledger.col.qualifier", "ledger.csv.approved", "ledger.csv.rate", "ledger.csv.expected",
				"dashboard.col.status", "dashboard.col.projectStatus", "dashboard.col.lead", "ledger.col.progress",
				"ledger.col.problems")) {
			header.add(Csv.text(texts.get(key)));
		}
		csv.record(header);
		for (WorkLedger.Group group : ledger.groups()) {
			for (WorkLedger.ProjectEntry project : group.projects()) {
				for (Dashboard.IndicatorLine line : project.indicators()) {
					IndicatorView indicator = line.indicator();
					boolean quantitative = indicator.isQuantitative();
					csv.record(List.of(Csv.text(group.name()), Csv.text(project.project().code()),
							Csv.text(project.project().name()), Csv.text(indicator.name()),
							Csv.text(texts.get("indicator.kind." + indicator.kind().name())),
							Csv.text(quantitative ? indicator.measureUnit() : ""),
							Csv.number(quantitative ? indicator.target() : null),
							Csv.text((indicator.qualifier() != null) ? indicator.qualifier().planWord() : ""),
							Csv.number(quantitative ? line.approved() : null),
							Csv.number(line.assessment().rate().percent().orElse(null)),
							Csv.number(line.assessment().expectedPercent()),
							Csv.text(texts.get(line.assessment().status().messageKey())),
							Csv.text(texts.get(project.status().messageKey())), Csv.text(project.leads()),
							Csv.text(project.progress()), Csv.text(project.problems())));
				}
			}
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private Texts texts() {
		return new Texts(this.messages, LocaleContextHolder.getLocale(), this.formats);
	}

}
