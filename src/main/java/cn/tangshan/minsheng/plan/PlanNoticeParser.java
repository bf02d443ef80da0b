package cn.tangshan.minsheng.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.tangshan.minsheng.org.UnitView;
import com.github.houbb.opencc4j.util.ZhConverterUtil;

import org.springframework.context.support.MessageSourceAccessor;

/**
 * Reads a plan notice as the city government issues it (the text of the 实施方案, in
 * Simplified or Traditional characters) into a {@link PlanForm} for the coordinator's
 * preview, with a {@link PlanFlag} at every value it could not read with certainty. It
 * never guesses: an unknown department, an unreadable character or a number it cannot
 * read is flagged and left as written.
 * <p>
 * The structure it reads: the document number (…〔2024〕10号), the issuer and date
 * (2024年2月2日), the title (…2024年…方案), the preamble, the dates (10月底前基本完成, 12月底前高标准…完成),
 * groups {@code （一）…} followed by numbered projects {@code 1.名称工程。说明。（责任单位：…）}. Numbers
 * with a unit of measure in a project's description are its quantitative indicators (约
 * before, 左右 / 以上 after); a project without one is a milestone project.
 */
class PlanNoticeParser {

	/** Units of measure a target may carry, longest first. */
	private static final List<String> MEASURES = List.of("平方米", "平方公里", "公里", "千米", "公顷", "场次", "人次", "万元", "千瓦", "套",
			"个", "所", "座", "名", "户", "人", "家", "件", "场", "处", "张", "台", "辆", "米", "亩", "吨", "间", "条", "项", "次", "床",
			"盏", "部", "栋", "根", "棵", "期", "元", "支", "册", "位", "座");

	private static final String MEASURE = "(" + String.join("|", MEASURES) + ")";

	private static final Pattern QUANTITY = Pattern.compile("(约)?([-－]?\\d+(?:\\.\\d+)?)(万)?" + MEASURE + "(左右|以上)?");

	private static final Pattern CHINESE_QUANTITY = Pattern.compile("(约)?([零一二两三四五六七八九十百千]+)" + MEASURE + "(左右|以上)?");

	private static final Pattern DOCUMENT_NUMBER = Pattern.compile("^\\S{1,20}〔\\d{4}〕\\d{1,4}号$");

	private static final Pattern DATE = Pattern.compile("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日$");

	private static final Pattern TITLE = Pattern.compile("^[^《》]*?(\\d{4})年[^《》]*(方案|计划)$");

	private static final Pattern SECTION = Pattern.compile("^[一二三四五六七八九十]+、.*");

	private static final Pattern GROUP = Pattern.compile("^（([一二三四五六七八九十]+)）(.+)$");

	private static final Pattern PROJECT = Pattern.compile("^(\\d{1,3})[.．、](.*)$");

	private static final Pattern LEADS = Pattern.compile("（(?:责任单位|牵头单位)：([^）]*)）$");

	private static final Pattern BASIC_DUE = Pattern.compile("(\\d{1,2})月底前基本完成");

	private static final Pattern FULL_DUE = Pattern.compile("(\\d{1,2})月底前高标准");

	private static final Pattern PROVIDE = Pattern.compile("^(.+?)提供(.+)$");

	private static final Pattern UNREADABLE = Pattern.compile("[?？\\uFFFD]+");

	private final MessageSourceAccessor messages;

	private final List<UnitView> departments;

	private final String defaultCoordinator;

	private final int defaultDeadlineDay;

	private final List<PlanFlag> flags = new ArrayList<>();

	/**
	 * The indicator names of the year in force (year-over-year figures match by name).
	 */
	private final java.util.Collection<String> lastYearsNames;

	PlanNoticeParser(MessageSourceAccessor messages, List<UnitView> departments, String defaultCoordinator,
			int defaultDeadlineDay) {
		this(messages, departments, defaultCoordinator, defaultDeadlineDay, List.of());
	}

	PlanNoticeParser(MessageSourceAccessor messages, List<UnitView> departments, String defaultCoordinator,
			int defaultDeadlineDay, java.util.Collection<String> lastYearsNames) {
		this.messages = messages;
		this.departments = departments;
		this.defaultCoordinator = defaultCoordinator;
		this.defaultDeadlineDay = defaultDeadlineDay;
		this.lastYearsNames = lastYearsNames;
	}

	/**
	 * Simplified characters and the full-width punctuation of official documents.
	 */
	static String normalize(String text) {
		String simplified = ZhConverterUtil.toSimple(text.replace("\r\n", "\n").replace('\r', '\n'));
		StringBuilder out = new StringBuilder(simplified.length());
		for (char c : simplified.toCharArray()) {
			out.append(switch (c) {
				case ',' -> '，';
				case '(' -> '（';
				case ')' -> '）';
				case ':' -> '：';
				case ';' -> '；';
				case '\u3000', '\t' -> ' ';
				default -> c;
			});
		}
		return out.toString();
	}

	ParsedNotice parse(String rawText) {
		String[] lines = normalize(rawText).split("\n", -1);
		PlanForm form = new PlanForm();
		form.setCoordinator((this.defaultCoordinator != null) ? this.defaultCoordinator : "");
		form.setReportDeadlineDay(String.valueOf(this.defaultDeadlineDay));
		int dateLine = -1;
		int titleLine = -1;
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (form.getDocumentNumber().isEmpty() && titleLine < 0 && DOCUMENT_NUMBER.matcher(line).matches()) {
				form.setDocumentNumber(line);
			}
			Matcher date = DATE.matcher(line);
			if (dateLine < 0 && titleLine < 0 && date.matches()) {
				dateLine = i;
				localDate(date.group(1), date.group(2), date.group(3)).ifPresent((d) -> form.setIssuedOn(d.toString()));
				if (i > 0 && !lines[i - 1].strip().isEmpty() && !lines[i - 1].strip().endsWith("。")
						&& !lines[i - 1].strip().endsWith("：")) {
					form.setIssuer(lines[i - 1].strip());
				}
			}
			Matcher title = TITLE.matcher(line);
			if (titleLine < 0 && title.matches() && line.length() <= 60) {
				titleLine = i;
				form.setTitle(line);
				form.setYear(title.group(1));
				if (i + 1 < lines.length && !SECTION.matcher(lines[i + 1].strip()).matches()) {
					form.setPreamble(lines[i + 1].strip());
				}
			}
		}
		List<PlanForm.Group> groups = readGroups(lines);
		if (groups.isEmpty()) {
			throw new PlanFileException(text("plan.notice.noProjects"), 0, "");
		}
		form.setGroups(groups);
		if (form.getTitle().isEmpty()) {
			flag("title", true, null, "plan.notice.noTitle");
		}
		if (form.getDocumentNumber().isEmpty()) {
			flag("documentNumber", false, null, "plan.notice.noDocumentNumber");
		}
		if (form.getIssuedOn().isEmpty()) {
			flag("issuedOn", false, null, "plan.notice.noDate");
		}
		if (form.getIssuer().isEmpty()) {
			flag("issuer", false, null, "plan.notice.noIssuer");
		}
		if (form.getCoordinator().isEmpty()) {
			flag("coordinator", true, null, "plan.notice.noCoordinator");
		}
		readDues(lines, form);
		checkUnreadable("title", form.getTitle(), titleLine + 1);
		checkUnreadable("preamble", form.getPreamble(), titleLine + 2);
		return new ParsedNotice(form, List.copyOf(this.flags));
	}

	private void readDues(String[] lines, PlanForm form) {
		Integer year = form.getYear().isEmpty() ? null : Integer.valueOf(form.getYear());
		for (String line : lines) {
			Matcher basic = BASIC_DUE.matcher(line);
			if (form.getBasicCompletionDue().isEmpty() && basic.find() && year != null) {
				monthEnd(year, basic.group(1)).ifPresent((d) -> form.setBasicCompletionDue(d.toString()));
			}
			Matcher full = FULL_DUE.matcher(line);
			if (form.getFullCompletionDue().isEmpty() && full.find() && year != null) {
				monthEnd(year, full.group(1)).ifPresent((d) -> form.setFullCompletionDue(d.toString()));
			}
		}
		if (form.getBasicCompletionDue().isEmpty()) {
			flag("basicCompletionDue", true, null, "plan.notice.noBasicDue");
		}
		if (form.getFullCompletionDue().isEmpty()) {
			flag("fullCompletionDue", true, null, "plan.notice.noFullDue");
		}
	}

	private List<PlanForm.Group> readGroups(String[] lines) {
		List<PlanForm.Group> groups = new ArrayList<>();
		PlanForm.Group group = null;
		int groupLine = 0;
		Set<Integer> numbers = new HashSet<>();
		PlanForm.Project project = null;
		StringBuilder body = null;
		for (int i = 0; i <= lines.length; i++) {
			String line = (i < lines.length) ? lines[i].strip() : null;
			boolean boundary = line == null || SECTION.matcher(line).matches() || GROUP.matcher(line).matches()
					|| PROJECT.matcher(line).matches();
			if (project != null && boundary) {
				readProject(groups.size(), group.getProjects().size(), project, body.toString());
				group.getProjects().add(project);
				project = null;
			}
			if (line == null) {
				break;
			}
			if (boundary && group != null && !PROJECT.matcher(line).matches()) {
				if (!group.getProjects().isEmpty()) {
					groups.add(group);
				}
				group = null;
			}
			Matcher groupMatch = GROUP.matcher(line);
			if (groupMatch.matches()) {
				group = new PlanForm.Group();
				group.setNumber(String.valueOf(chineseNumber(groupMatch.group(1))));
				group.setName(groupMatch.group(2).strip());
				groupLine = i + 1;
				numbers.clear();
				continue;
			}
			Matcher projectMatch = PROJECT.matcher(line);
			if (projectMatch.matches() && group != null) {
				int number = Integer.parseInt(projectMatch.group(1));
				if (!numbers.add(number)) {
					throw new PlanFileException(text("plan.notice.duplicateNumber", i + 1, number, group.getName()),
							i + 1, "");
				}
				project = new PlanForm.Project();
				project.setNumber(String.valueOf(number));
				project.setLine(i + 1);
				body = new StringBuilder(projectMatch.group(2).strip());
				continue;
			}
			if (project != null && !line.isEmpty()) {
				body.append(line);
			}
		}
		if (group != null && !group.getProjects().isEmpty()) {
			groups.add(group);
		}
		for (int g = 0; g < groups.size(); g++) {
			checkGroupCount(g, groups.get(g), groupLine);
		}
		return groups;
	}

	/** 省达19项民生工程: a stated count that differs from the projects found is flagged. */
	private void checkGroupCount(int g, PlanForm.Group group, int line) {
		Matcher count = Pattern.compile("(\\d+)项").matcher(group.getName());
		if (count.find() && Integer.parseInt(count.group(1)) != group.getProjects().size()) {
			flag("groups[" + g + "].name", true, null, "plan.notice.groupCount", group.getName(), count.group(1),
					group.getProjects().size());
		}
	}

	private void readProject(int g, int p, PlanForm.Project project, String body) {
		String path = "groups[" + g + "].projects[" + p + "]";
		int line = project.getLine();
		String rest = body.strip();
		Matcher leads = LEADS.matcher(rest);
		if (leads.find()) {
			rest = rest.substring(0, leads.start()).strip();
			for (String name : leads.group(1).split("[、，；]")) {
				if (!name.isBlank()) {
					project.getLeads().add(lead(path + ".leads", line, name.strip()));
				}
			}
		}
		else {
			flag(path + ".leads", true, null, "plan.notice.noLeads", line);
		}
		int stop = rest.indexOf('。');
		String name;
		String description;
		if (stop > 0 && rest.substring(0, stop).endsWith("工程")) {
			name = rest.substring(0, stop);
			description = rest.substring(stop + 1).strip();
		}
		else if (rest.contains("工程")) {
			int end = rest.indexOf("工程") + 2;
			name = rest.substring(0, end);
			description = rest.substring(end).strip();
			flag(path + ".name", false, null, "plan.notice.nameUnsure", line, name);
		}
		else {
			name = (stop > 0) ? rest.substring(0, stop) : rest;
			description = (stop > 0) ? rest.substring(stop + 1).strip() : "";
			flag(path + ".name", false, null, "plan.notice.nameUnsure", line, name);
		}
		project.setName(name);
		project.setDescription(description.isEmpty() ? name : description);
		if (count(name, '“') != count(name, '”')) {
			flag(path + ".name", true, null, "plan.notice.quotes", line, name);
		}
		checkUnreadable(path + ".name", name, line);
		checkUnreadable(path + ".description", description, line);
		readIndicators(path, line, project, description);
	}

	private void readIndicators(String path, int line, PlanForm.Project project, String description) {
		List<String> sentences = split(description, "；。");
		List<String> unquantified = new ArrayList<>();
		List<String> milestoneSentences = new ArrayList<>();
		for (String sentence : sentences) {
			boolean sentenceHasNumber = false;
			for (String clause : split(sentence, "，")) {
				List<PlanForm.Indicator> found = quantities(path, line, project, clause);
				if (found.isEmpty()) {
					unquantified.add(clause);
				}
				else {
					sentenceHasNumber = true;
				}
			}
			if (!sentenceHasNumber) {
				milestoneSentences.add(sentence);
			}
		}
		boolean quantitative = !project.getIndicators().isEmpty();
		if (quantitative && sentences.size() > 1 && description.contains("；")) {
			// Tasks listed one by one (；) without a number are milestones of the project.
			for (String sentence : milestoneSentences) {
				addMilestone(path, line, project, sentence);
				unquantified.removeAll(split(sentence, "，"));
			}
		}
		if (!quantitative) {
			String name = project.getName().endsWith("工程")
					? project.getName().substring(0, project.getName().length() - 2) : project.getName();
			addMilestone(path, line, project, name);
		}
		else if (!unquantified.isEmpty()) {
			flag(path + ".indicators", false, null, "plan.notice.unquantified", line, String.join("，", unquantified));
		}
	}

	private void addMilestone(String path, int line, PlanForm.Project project, String name) {
		PlanForm.Indicator milestone = new PlanForm.Indicator();
		milestone.setMilestone(true);
		milestone.setName(name);
		int index = project.getIndicators().size();
		project.getIndicators().add(milestone);
		flag(path + ".indicators[" + index + "].name", false, null, "plan.notice.milestoneName", line, name);
	}

	private List<PlanForm.Indicator> quantities(String path, int line, PlanForm.Project project, String clause) {
		List<PlanForm.Indicator> found = new ArrayList<>();
		Matcher m = QUANTITY.matcher(clause);
		List<int[]> spans = new ArrayList<>();
		while (m.find()) {
			if (m.start() > 0 && Character.isLetterOrDigit(clause.charAt(m.start() - 1))
					&& clause.charAt(m.start() - 1) < 128) {
				continue;
			}
			PlanForm.Indicator indicator = new PlanForm.Indicator();
			String digits = m.group(2).replace('－', '-');
			BigDecimal value = new BigDecimal(digits);
			if (m.group(3) != null) {
				value = value.multiply(BigDecimal.valueOf(10000));
			}
			indicator.setTarget(value.stripTrailingZeros().toPlainString());
			indicator.setUnit(m.group(4));
			indicator.setQualifier((m.group(1) != null) ? "约" : (m.group(5) != null) ? m.group(5) : "");
			spans.add(new int[] { m.start(), m.end() });
			found.add(indicator);
			if (value.signum() < 0) {
				flagLater(project, indicator, "plan.notice.negative", line, m.group());
			}
		}
		Matcher chinese = CHINESE_QUANTITY.matcher(clause);
		while (chinese.find()) {
			String before = clause.substring(0, chinese.start());
			if (before.endsWith("星级") || chinese.group(2).length() == 1 && "一两".contains(chinese.group(2))) {
				continue;
			}
			PlanForm.Indicator indicator = new PlanForm.Indicator();
			indicator.setTarget(chinese.group(2));
			indicator.setUnit(chinese.group(3));
			indicator
				.setQualifier((chinese.group(1) != null) ? "约" : (chinese.group(4) != null) ? chinese.group(4) : "");
			spans.add(new int[] { chinese.start(), chinese.end() });
			found.add(indicator);
			flagLater(project, indicator, "plan.notice.chineseNumber", line, chinese.group());
		}
		for (int i = 0; i < found.size(); i++) {
			PlanForm.Indicator indicator = found.get(i);
			int[] span = spans.get(i);
			String before = clause.substring(0, span[0]);
			String after = clause.substring(span[1]);
			boolean certain;
			String name;
			Matcher provide = PROVIDE.matcher(after);
			if (found.size() == 1 && before.replaceFirst("^全年", "").equals("为") && provide.matches()) {
				name = provide.group(1) + provide.group(2);
				certain = true;
			}
			else if (found.size() == 1 && after.isEmpty()) {
				name = before.replaceFirst("^全年", "");
				certain = !name.isEmpty();
			}
			else {
				name = (before + after).replaceFirst("^全年", "").replaceFirst("^为", "");
				certain = false;
			}
			indicator.setName(name.isEmpty() ? project.getName() : name);
			int index = project.getIndicators().size();
			project.getIndicators().add(indicator);
			String indicatorPath = path + ".indicators[" + index + "]";
			if (!certain) {
				flag(indicatorPath + ".name", false, null, "plan.notice.indicatorName", line, clause);
			}
			else {
				lastYearsName(indicator.getName()).ifPresent((known) -> flag(indicatorPath + ".name", false, null,
						"plan.notice.indicatorLastYear", line, indicator.getName(), known));
			}
			for (Object[] pending : this.pending) {
				if (pending[0] == indicator) {
					flag(indicatorPath + ".target", true, null, (String) pending[1], pending[2], pending[3]);
				}
			}
		}
		this.pending.clear();
		return found;
	}

	private final List<Object[]> pending = new ArrayList<>();

	/**
	 * Last year's name that this one shortens by one phrase (组织开展文化进基层惠民演出 for 文化进基层惠民演出,
	 * 选树三星级以上“河北福嫂”“唐山福嫂”系列先进典型 for 选树三星级以上先进典型): the year-over-year figures and the
	 * copied split match indicators by name, so a person decides which wording the new
	 * year keeps.
	 */
	private java.util.Optional<String> lastYearsName(String name) {
		if (this.lastYearsNames.contains(name)) {
			return java.util.Optional.empty();
		}
		return this.lastYearsNames.stream()
			.filter((known) -> known.length() >= 4 && known.length() < name.length()
					&& (name.contains(known)
							|| commonPrefix(name, known) + commonSuffix(name, known) >= known.length()))
			.max(java.util.Comparator.comparingInt(String::length));
	}

	private static int commonPrefix(String a, String b) {
		int n = 0;
		while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
			n++;
		}
		return n;
	}

	private static int commonSuffix(String a, String b) {
		int n = 0;
		while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
			n++;
		}
		return n;
	}

	private void flagLater(PlanForm.Project project, PlanForm.Indicator indicator, String code, int line, String text) {
		this.pending.add(new Object[] { indicator, code, line, text });
	}

	/**
	 * The department a lead name means: its full name, its short name, or the full name
	 * of a 委员会 written as 委 (市卫生健康委). Anything else is flagged with the closest
	 * department offered; the name is kept as written.
	 */
	private String lead(String path, int line, String name) {
		for (UnitView unit : this.departments) {
			if (unit.name().equals(name) || unit.shortName().equals(name)
					|| (name.endsWith("委") && unit.name().equals(name + "员会"))) {
				return unit.code();
			}
		}
		Optional<UnitView> closest = this.departments.stream()
			.min(Comparator
				.comparingInt((UnitView u) -> Math.min(distance(name, u.name()), distance(name, u.shortName()))));
		flag(path, true, closest.map(UnitView::code).orElse(null), "plan.notice.unknownUnit", line, name,
				closest.map(UnitView::name).orElse("-"));
		return name;
	}

	private void checkUnreadable(String path, String value, int line) {
		Matcher m = UNREADABLE.matcher(value);
		if (m.find()) {
			flag(path, true, null, "plan.notice.unreadable", line, m.group());
		}
	}

	static boolean hasUnreadable(String value) {
		return value != null && UNREADABLE.matcher(value).find();
	}

	/** Splits at the given separators outside （…） and “…”. */
	static List<String> split(String text, String separators) {
		List<String> parts = new ArrayList<>();
		int depth = 0;
		StringBuilder current = new StringBuilder();
		for (char c : text.toCharArray()) {
			if (c == '（' || c == '“') {
				depth++;
			}
			else if ((c == '）' || c == '”') && depth > 0) {
				depth--;
			}
			if (depth == 0 && separators.indexOf(c) >= 0) {
				if (!current.toString().isBlank()) {
					parts.add(current.toString().strip());
				}
				current.setLength(0);
			}
			else {
				current.append(c);
			}
		}
		if (!current.toString().isBlank()) {
			parts.add(current.toString().strip());
		}
		return parts;
	}

	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	private static int count(String s, char c) {
		return (int) s.chars().filter((x) -> x == c).count();
	}

	private static int chineseNumber(String numeral) {
		String digits = "零一二三四五六七八九";
		if (numeral.equals("十")) {
			return 10;
		}
		if (numeral.startsWith("十")) {
			return 10 + digits.indexOf(numeral.charAt(1));
		}
		if (numeral.length() == 2 && numeral.endsWith("十")) {
			return digits.indexOf(numeral.charAt(0)) * 10;
		}
		if (numeral.length() == 3) {
			return digits.indexOf(numeral.charAt(0)) * 10 + digits.indexOf(numeral.charAt(2));
		}
		return digits.indexOf(numeral.charAt(0));
	}

	private static Optional<LocalDate> localDate(String y, String m, String d) {
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	private static Optional<LocalDate> monthEnd(int year, String month) {
		try {
			return Optional.of(YearMonth.of(year, Integer.parseInt(month)).atEndOfMonth());
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	private void flag(String path, boolean blocking, String suggestion, String code, Object... args) {
		this.flags.add(new PlanFlag(path, text(code, args), blocking, suggestion));
	}

	private String text(String code, Object... args) {
		return this.messages.getMessage(code, args);
	}

	/**
	 * A notice read into the form, with what the coordinator must check or fix.
	 */
	record ParsedNotice(PlanForm form, List<PlanFlag> flags) {
	}

}
