package cn.tangshan.minsheng.audit.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import cn.tangshan.minsheng.audit.SecurityAudit;
import cn.tangshan.minsheng.audit.SecurityEventQuery;
import cn.tangshan.minsheng.audit.SecurityEventView;
import cn.tangshan.minsheng.document.Csv;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The filtered trail as files. Every text is a string cell in Excel and neutralised in
 * CSV (a leading apostrophe for {@code = + - @}), as the ledger's are: a username or path
 * an attacker chose can never become a formula.
 */
@Component
public class AuditExports {

	private static final List<String> COLUMNS = List.of("audit.col.id", "audit.col.time", "audit.col.user",
			"audit.col.unit", "audit.col.ip", "audit.col.type", "audit.col.objectType", "audit.col.object",
			"audit.col.result", "audit.col.reason", "audit.col.hash");

	private final SecurityAudit audit;

	private final MessageSource messages;

	/** To the second: the trail's order matters within a minute. */
	private final DateTimeFormatter time;

	AuditExports(SecurityAudit audit, MessageSource messages, @Value("${portal.time-zone}") ZoneId zone) {
		this.audit = audit;
		this.messages = messages;
		this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
	}

	/** An entry's time to the second, in the portal's time zone (page and files). */
	public String time(java.time.Instant at) {
		return this.time.format(at);
	}

	String fileName(String extension) {
		return text("audit.export.fileName") + "." + extension;
	}

	void xlsx(SecurityEventQuery query, int limit, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			SXSSFSheet sheet = workbook.createSheet(text("audit.export.sheet"));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (int i = 0; i < COLUMNS.size(); i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(text(COLUMNS.get(i)));
				cell.setCellStyle(bold);
			}
			sheet.createFreezePane(0, 1);
			int[] next = { 1 };
			this.audit.export(query, limit, (e) -> {
				Row row = sheet.createRow(next[0]++);
				row.createCell(0).setCellValue(e.id());
				List<String> texts = texts(e);
				for (int i = 1; i < texts.size(); i++) {
					// setCellValue(String) makes a string cell: never evaluated as a
					// formula.
					row.createCell(i).setCellValue(texts.get(i));
				}
			});
			int[] widths = { 10, 20, 14, 20, 16, 16, 12, 40, 8, 40, 20 };
			for (int i = 0; i < widths.length; i++) {
				sheet.setColumnWidth(i, widths[i] * 256);
			}
			workbook.write(out);
		}
	}

	void csv(SecurityEventQuery query, int limit, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write(Csv.BOM);
		Csv header = new Csv();
		writer.write(line(header, COLUMNS.stream().map(this::text).toList()));
		try {
			this.audit.export(query, limit, (e) -> {
				try {
					writer.write(line(new Csv(), texts(e)));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		writer.flush();
	}

	/** One CSV record; {@link Csv} starts each of its documents with the BOM. */
	private static String line(Csv csv, List<String> values) {
		return csv.record(values.stream().map(Csv::text).toList()).toString().substring(Csv.BOM.length());
	}

	private List<String> texts(SecurityEventView e) {
		String type = this.messages.getMessage("audit.event." + e.type(), null, e.type(),
				LocaleContextHolder.getLocale());
		return List.of(String.valueOf(e.id()), this.time.format(e.occurredAt()), orEmpty(e.username()),
				orEmpty(e.unitName()), orEmpty(e.clientIp()), type, orEmpty(e.objectType()), orEmpty(e.objectId()),
				text("audit.result." + e.result()), orEmpty(e.reason()), e.hash());
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

}
