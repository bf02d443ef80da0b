package cn.tangshan.minsheng.plan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * The Excel plan template (计划模板): sheet 1 the plan's header (one value a row), sheet 2
 * one row per indicator with its project's group, number, name, description and lead
 * department codes. Downloaded empty or filled with a stored plan; read back into the
 * same {@link PlanForm} the preview shows, so a template written and read again gives the
 * same plan.
 */
@Component
class PlanWorkbook {

	static final long MAX_INFLATED_BYTES = 20L * 1024L * 1024L;

	private static final String[] HEADER_KEYS = { "year", "title", "documentNumber", "issuer", "issuedOn",
			"basicCompletionDue", "fullCompletionDue", "coordinator", "reportDeadlineDay", "preamble" };

	private static final int COLUMNS = 11;

	byte[] write(PlanFile file, MessageSourceAccessor messages) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Sheet header = workbook.createSheet(messages.getMessage("plan.template.sheet.header"));
			PlanForm form = (file != null) ? PlanYears.toForm(file) : null;
			String[] values = (form != null) ? new String[] { form.getYear(), form.getTitle(), form.getDocumentNumber(),
					form.getIssuer(), form.getIssuedOn(), form.getBasicCompletionDue(), form.getFullCompletionDue(),
					form.getCoordinator(), form.getReportDeadlineDay(), form.getPreamble() } : new String[10];
			for (int i = 0; i < HEADER_KEYS.length; i++) {
				Row row = header.createRow(i);
				Cell label = row.createCell(0);
				label.setCellValue(messages.getMessage("plan.template.header." + HEADER_KEYS[i]));
				label.setCellStyle(bold);
				row.createCell(1).setCellValue(HEADER_KEYS[i]);
				row.createCell(2).setCellValue((values[i] != null) ? values[i] : "");
			}
			header.setColumnWidth(0, 20 * 256);
			header.setColumnHidden(1, true);
			header.setColumnWidth(2, 60 * 256);
			Sheet projects = workbook.createSheet(messages.getMessage("plan.template.sheet.projects"));
			Row headings = projects.createRow(0);
			for (int c = 0; c < COLUMNS; c++) {
				Cell cell = headings.createCell(c);
				cell.setCellValue(messages.getMessage("plan.template.column." + c));
				cell.setCellStyle(bold);
				projects.setColumnWidth(c, ((c == 4) ? 50 : (c == 3 || c == 6) ? 30 : 12) * 256);
			}
			projects.createFreezePane(0, 1);
			int r = 1;
			if (form != null) {
				for (PlanForm.Group group : form.getGroups()) {
					for (PlanForm.Project project : group.getProjects()) {
						for (PlanForm.Indicator indicator : project.getIndicators()) {
							Row row = projects.createRow(r++);
							String[] cells = { group.getNumber(), group.getName(), project.getNumber(),
									project.getName(), project.getDescription(), String.join("、", project.getLeads()),
									indicator.getName(),
									indicator.isMilestone() ? messages.getMessage("plan.template.milestone")
											: messages.getMessage("plan.template.quantitative"),
									indicator.getTarget(), indicator.getUnit(), indicator.getQualifier() };
							for (int c = 0; c < cells.length; c++) {
								row.createCell(c, CellType.STRING).setCellValue(cells[c]);
							}
						}
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Reads a filled-in template into the preview's form. Values are checked when the
	 * preview is confirmed; here only the structure.
	 */
	PlanFile read(byte[] content, MessageSourceAccessor messages, Set<String> departmentCodes) {
		PlanForm form = readForm(content, messages);
		PlanFormChecker checker = new PlanFormChecker(messages, departmentCodes);
		PlanFile file = checker.check(form);
		if (file == null) {
			Map.Entry<String, String> first = checker.errors().entrySet().iterator().next();
			throw new PlanFileException(
					messages.getMessage("plan.template.invalid", new Object[] { first.getKey(), first.getValue() }), 0,
					first.getKey());
		}
		return file;
	}

	PlanForm readForm(byte[] content, MessageSourceAccessor messages) {
		checkInflatedSize(content, messages);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			if (workbook.getNumberOfSheets() < 2) {
				throw new PlanFileException(messages.getMessage("plan.template.notTemplate"), 0, "");
			}
			DataFormatter formatter = new DataFormatter();
			PlanForm form = new PlanForm();
			Map<String, String> header = new LinkedHashMap<>();
			for (Row row : workbook.getSheetAt(0)) {
				header.put(formatter.formatCellValue(row.getCell(1)).strip(),
						formatter.formatCellValue(row.getCell(2)).strip());
			}
			if (!header.containsKey("year")) {
				throw new PlanFileException(messages.getMessage("plan.template.notTemplate"), 0, "");
			}
			form.setYear(header.getOrDefault("year", ""));
			form.setTitle(header.getOrDefault("title", ""));
			form.setDocumentNumber(header.getOrDefault("documentNumber", ""));
			form.setIssuer(header.getOrDefault("issuer", ""));
			form.setIssuedOn(header.getOrDefault("issuedOn", ""));
			form.setBasicCompletionDue(header.getOrDefault("basicCompletionDue", ""));
			form.setFullCompletionDue(header.getOrDefault("fullCompletionDue", ""));
			form.setCoordinator(header.getOrDefault("coordinator", ""));
			form.setReportDeadlineDay(header.getOrDefault("reportDeadlineDay", ""));
			form.setPreamble(header.getOrDefault("preamble", ""));
			Map<String, PlanForm.Group> groups = new LinkedHashMap<>();
			Map<String, PlanForm.Project> projects = new LinkedHashMap<>();
			Sheet sheet = workbook.getSheetAt(1);
			if (sheet.getLastRowNum() > 5000) {
				throw new PlanFileException(messages.getMessage("plan.template.tooManyRows"), 0, "");
			}
			String milestoneWord = messages.getMessage("plan.template.milestone");
			for (Row row : sheet) {
				if (row.getRowNum() == 0) {
					continue;
				}
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < COLUMNS; c++) {
					cells.add(formatter.formatCellValue(row.getCell(c)).strip());
				}
				if (cells.stream().allMatch(String::isEmpty)) {
					continue;
				}
				PlanForm.Group group = groups.computeIfAbsent(cells.get(0), (k) -> {
					PlanForm.Group g = new PlanForm.Group();
					g.setNumber(cells.get(0));
					g.setName(cells.get(1));
					form.getGroups().add(g);
					return g;
				});
				PlanForm.Project project = projects.computeIfAbsent(cells.get(0) + "/" + cells.get(2), (k) -> {
					PlanForm.Project p = new PlanForm.Project();
					p.setNumber(cells.get(2));
					p.setName(cells.get(3));
					p.setDescription(cells.get(4));
					for (String lead : cells.get(5).split("[、,，\\s]+")) {
						if (!lead.isBlank()) {
							p.getLeads().add(lead.strip());
						}
					}
					p.setLine(row.getRowNum() + 1);
					group.getProjects().add(p);
					return p;
				});
				PlanForm.Indicator indicator = new PlanForm.Indicator();
				indicator.setName(cells.get(6));
				indicator
					.setMilestone(cells.get(7).equals(milestoneWord) || cells.get(7).equalsIgnoreCase("milestone"));
				indicator.setTarget(plainNumber(cells.get(8)));
				indicator.setUnit(cells.get(9));
				indicator.setQualifier(cells.get(10));
				project.getIndicators().add(indicator);
			}
			return form;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof PlanFileException planFileException) {
				throw planFileException;
			}
			throw new PlanFileException(messages.getMessage("plan.template.unreadable"), 0, "");
		}
	}

	private static String plainNumber(String text) {
		try {
			return new BigDecimal(text.replace(",", "")).stripTrailingZeros().toPlainString();
		}
		catch (NumberFormatException ex) {
			return text;
		}
	}

	/**
	 * A Word or Excel file is a zip: refuse one that inflates far beyond any real one.
	 */
	static void checkInflatedSize(byte[] content, MessageSourceAccessor messages) {
		long total = 0;
		byte[] buffer = new byte[64 * 1024];
		boolean any = false;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				any = true;
				for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
					total += n;
					if (total > MAX_INFLATED_BYTES) {
						throw new PlanFileException(messages.getMessage("plan.import.zipBomb"), 0, "");
					}
				}
			}
		}
		catch (ZipException ex) {
			throw new PlanFileException(messages.getMessage("plan.import.notZip"), 0, "");
		}
		catch (IOException ex) {
			throw new PlanFileException(messages.getMessage("plan.import.notZip"), 0, "");
		}
		if (!any) {
			throw new PlanFileException(messages.getMessage("plan.import.notZip"), 0, "");
		}
	}

}
