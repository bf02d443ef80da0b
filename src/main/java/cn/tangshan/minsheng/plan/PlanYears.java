package cn.tangshan.minsheng.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import cn.tangshan.minsheng.org.UnitType;
import cn.tangshan.minsheng.org.UnitView;
import cn.tangshan.minsheng.org.Units;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plan years as the coordinator manages them (管理计划年度): the list of years, the import of
 * next year's notice (text, Word, YAML or the Excel template) into a preview, storing the
 * confirmed preview as a draft, editing a draft, and starting a draft (启动), which
 * archives the year in force. Only drafts are ever edited; every change is published as
 * {@link PlanChanged} or {@link PlanYearStarted} and audited.
 */
@Service
public class PlanYears {

	/** The largest notice or plan file read (the container's upload limit is larger). */
	static final int MAX_TEXT_CHARS = 200_000;

	private final PlanRepository plans;

	private final ProjectRepository projects;

	private final IndicatorRepository indicators;

	private final PlanImporter importer;

	private final PlanWorkbook workbook;

	private final Units units;

	private final MessageSource messageSource;

	private final ApplicationEventPublisher events;

	private final EntityManager entityManager;

	private final java.time.Clock clock;

	PlanYears(PlanRepository plans, ProjectRepository projects, IndicatorRepository indicators, PlanImporter importer,
			PlanWorkbook workbook, Units units, MessageSource messageSource, ApplicationEventPublisher events,
			EntityManager entityManager, java.time.Clock clock) {
		this.plans = plans;
		this.projects = projects;
		this.indicators = indicators;
		this.importer = importer;
		this.workbook = workbook;
		this.units = units;
		this.messageSource = messageSource;
		this.events = events;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/**
	 * Every plan year, newest first, with its counts.
	 */
	@Transactional(readOnly = true)
	public List<YearRow> years() {
		List<YearRow> rows = new ArrayList<>();
		for (Plan plan : this.plans.findAll()) {
			List<Project> projects = this.projects.findByPlan(plan.getId());
			long quantitative = 0;
			long milestones = 0;
			for (Object[] row : this.indicators.findByPlan(plan.getId())) {
				if (((Indicator) row[0]).toView(null).kind() == IndicatorKind.MILESTONE) {
					milestones++;
				}
				else {
					quantitative++;
				}
			}
			PlanSummary summary = plan.toSummary();
			rows.add(new YearRow(plan.getId(), plan.getYear(), summary.title(), summary.documentNumber(),
					plan.getStatus(), projects.size(), quantitative, milestones, plan.getImportedBy(),
					plan.getImportedAt(), plan.getVersion()));
		}
		rows.sort(Comparator.comparingInt(YearRow::year).reversed());
		return rows;
	}

	/**
	 * A draft year's header, for pages that set up a draft before it starts (its 序时进度 and
	 * thresholds on {@code /dashboard/settings?plan=…}).
	 */
	@Transactional(readOnly = true)
	public Optional<PlanSummary> draft(Long id) {
		return this.plans.findById(id).filter((p) -> p.getStatus() == PlanStatus.DRAFT).map(Plan::toSummary);
	}

	/** The departments a plan may name as lead departments, in their order. */
	public List<UnitView> departments() {
		return this.units.ofType(UnitType.DEPARTMENT);
	}

	/**
	 * Reads an upload (or pasted text) into a preview. Nothing is stored.
	 * @param fileName the upload's name (its ending says what it is), or {@code null} for
	 * pasted text
	 * @throws PlanFileException when it is not a plan that can be read at all
	 */
	@Transactional(readOnly = true)
	public Preview preview(String fileName, byte[] content, String pastedText) {
		MessageSourceAccessor messages = messages();
		String name = (fileName != null) ? fileName.toLowerCase(Locale.ROOT) : "";
		boolean hasFile = content != null && content.length > 0;
		if (!hasFile && (pastedText == null || pastedText.isBlank())) {
			throw new PlanFileException(messages.getMessage("plan.import.nothing"), 0, "");
		}
		if (hasFile && (name.endsWith(".yml") || name.endsWith(".yaml"))) {
			return new Preview(toForm(readYaml(content, messages)), List.of());
		}
		if (hasFile && name.endsWith(".xlsx")) {
			return new Preview(toForm(this.workbook.read(content, messages, departmentCodes())), List.of());
		}
		String text;
		if (hasFile && name.endsWith(".docx")) {
			text = docxText(content, messages);
		}
		else if (hasFile && name.endsWith(".txt")) {
			text = plainText(content, messages);
		}
		else if (hasFile) {
			throw new PlanFileException(messages.getMessage("plan.import.fileType"), 0, "");
		}
		else {
			text = pastedText;
		}
		if (text.length() > MAX_TEXT_CHARS) {
			throw new PlanFileException(messages.getMessage("plan.import.tooLong", new Object[] { MAX_TEXT_CHARS }), 0,
					"");
		}
		Optional<Plan> current = this.plans.findTopByStatusOrderByYearDesc(PlanStatus.ACTIVE);
		String coordinator = current.flatMap((p) -> this.units.find(p.getCoordinatorUnitId()))
			.map(UnitView::code)
			.orElse(null);
		int deadline = current.map((p) -> p.toSummary().reportDeadlineDay()).orElse(5);
		List<String> lastYearsNames = current
			.map((plan) -> this.indicators.findByPlan(plan.getId())
				.stream()
				.map((row) -> ((Indicator) row[0]).toView(null).name())
				.toList())
			.orElse(List.of());
		PlanNoticeParser.ParsedNotice parsed = new PlanNoticeParser(messages, departments(), coordinator, deadline,
				lastYearsNames)
			.parse(text);
		return new Preview(parsed.form(), parsed.flags());
	}

	/**
	 * Checks a preview again on the server and stores it as a draft year.
	 * @param replaceDraft whether an existing draft of the same year may be replaced
	 * @throws PlanFormException when something is wrong (nothing stored then)
	 */
	@Transactional
	public Long confirm(PlanForm form, boolean replaceDraft, String username) {
		MessageSourceAccessor messages = messages();
		PlanFormChecker checker = new PlanFormChecker(messages, departmentCodes());
		PlanFile file = checker.check(form);
		if (file == null) {
			throw new PlanFormException(checker.errors());
		}
		Optional<Plan> existing = this.plans.findAll()
			.stream()
			.filter((p) -> p.getYear() == file.header().year())
			.findFirst();
		if (existing.isPresent()) {
			Plan plan = existing.get();
			if (plan.getStatus() != PlanStatus.DRAFT) {
				throw new PlanFormException(Map.of("year", messages.getMessage("plan.import.yearExists", new Object[] {
						String.valueOf(plan.getYear()), messages.getMessage(plan.getStatus().messageKey()) })));
			}
			if (!replaceDraft) {
				throw new PlanFormException(Map.of("year", messages.getMessage("plan.import.draftExists",
						new Object[] { String.valueOf(plan.getYear()) })));
			}
			String before = String.join("\n", lines(load(plan)));
			replace(plan, file, username);
			this.events.publishEvent(new PlanChanged("REPLACED", plan.getId(), plan.getYear(), username, before,
					String.join("\n", lines(file))));
			return plan.getId();
		}
		PlanImporter.Stored stored = this.importer.store(file, username);
		if (stored.plan().getStatus() == PlanStatus.ACTIVE) {
			// Only the very first plan of an empty installation is in force at once; here
			// a
			// year is always imported as a draft.
			stored.plan().setStatus(PlanStatus.DRAFT);
		}
		this.events.publishEvent(new PlanChanged("IMPORTED", stored.plan().getId(), file.header().year(), username,
				null, String.join("\n", lines(file))));
		return stored.plan().getId();
	}

	/**
	 * A plan year in the editor's form, with its state and version.
	 */
	@Transactional(readOnly = true)
	public Optional<Editable> editable(Long id) {
		return this.plans.findById(id)
			.map((plan) -> new Editable(plan.getId(), plan.getYear(), plan.getStatus(), plan.getVersion(),
					toForm(load(plan))));
	}

	/**
	 * Saves an edited draft: its header and its whole content, in one transaction, if the
	 * version is the one the coordinator saw.
	 * @throws PlanFormException when a value is wrong, the plan is not a draft, or
	 * someone else saved it in between (nothing stored then)
	 */
	@Transactional
	public void saveDraft(Long id, PlanForm form, long version, String username) {
		MessageSourceAccessor messages = messages();
		// Locked while it is checked and replaced: two saves of the same version never
		// both succeed.
		Plan plan = this.entityManager.find(Plan.class, id, LockModeType.PESSIMISTIC_WRITE);
		if (plan == null) {
			throw new PlanFormException(Map.of());
		}
		if (plan.getStatus() != PlanStatus.DRAFT) {
			throw new PlanFormException(Map.of("", messages.getMessage("plan.edit.notDraft",
					new Object[] { messages.getMessage(plan.getStatus().messageKey()) })));
		}
		if (plan.getVersion() != version) {
			throw new PlanFormException(Map.of("", messages.getMessage("plan.edit.conflict")), true);
		}
		PlanFormChecker checker = new PlanFormChecker(messages, departmentCodes());
		PlanFile file = checker.check(form);
		if (file == null) {
			throw new PlanFormException(checker.errors());
		}
		if (file.header().year() != plan.getYear()) {
			throw new PlanFormException(Map.of("year",
					messages.getMessage("plan.edit.year", new Object[] { String.valueOf(plan.getYear()) })));
		}
		List<String> before = lines(load(plan));
		List<String> after = lines(file);
		if (before.equals(after)) {
			return;
		}
		replace(plan, file, username);
		List<String> removed = new ArrayList<>(before);
		removed.removeAll(after);
		List<String> added = new ArrayList<>(after);
		added.removeAll(before);
		this.events.publishEvent(new PlanChanged("EDITED", plan.getId(), plan.getYear(), username,
				String.join("\n", removed), String.join("\n", added)));
	}

	/**
	 * Starts a draft year: it becomes the year in force, the previous one is archived and
	 * {@link PlanYearStarted} is published in the same transaction (its listeners copy
	 * the allocations and audit). Any failure leaves both years as they were.
	 * @throws PlanYearNotFoundException no such plan
	 * @throws PlanStartConflictException the plan is no longer a draft (another
	 * coordinator started it meanwhile)
	 */
	@Transactional
	public PlanSummary start(Long planId, boolean copyAllocations, Long userId, String username) {
		// Lock the draft and the year in force, in id order: a second start of the same
		// draft waits here and then finds it is no longer a draft.
		List<Plan> locked = this.plans.lockByStatusIn(List.of(PlanStatus.DRAFT, PlanStatus.ACTIVE));
		Plan draft = locked.stream().filter((p) -> p.getId().equals(planId)).findFirst().orElse(null);
		if (draft == null) {
			PlanStatus status = this.plans.findById(planId)
				.map(Plan::getStatus)
				.orElseThrow(() -> new PlanYearNotFoundException(null));
			throw new PlanStartConflictException(status);
		}
		if (draft.getStatus() != PlanStatus.DRAFT) {
			throw new PlanStartConflictException(draft.getStatus());
		}
		Plan previous = locked.stream().filter((p) -> p.getStatus() == PlanStatus.ACTIVE).findFirst().orElse(null);
		try {
			if (previous != null) {
				previous.setStatus(PlanStatus.ARCHIVED);
				// Archive first: at most one year is in force (plan_one_active).
				this.plans.flush();
			}
			draft.setStatus(PlanStatus.ACTIVE);
			this.plans.flush();
		}
		catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException ex) {
			throw new PlanStartConflictException(PlanStatus.ACTIVE);
		}
		this.events.publishEvent(
				new PlanYearStarted(draft.getId(), draft.getYear(), (previous != null) ? previous.getId() : null,
						(previous != null) ? previous.getYear() : null, copyAllocations, userId, username));
		return draft.toSummary();
	}

	/** The plan file as the Excel template, for a download. */
	@Transactional(readOnly = true)
	public byte[] template(Optional<Long> planId) {
		PlanFile file = planId.flatMap(this.plans::findById).map(this::load).orElse(null);
		return this.workbook.write(file, messages());
	}

	private void replace(Plan plan, PlanFile file, String username) {
		this.entityManager.lock(plan, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
		Long coordinator = this.units.findByCode(file.header().coordinator()).orElseThrow().id();
		plan.replaceHeader(file.header(), coordinator);
		plan.setImportedBy(username);
		plan.setImportedAt(Instant.now(this.clock));
		this.entityManager.flush();
		String projectsOfPlan = "select p.id from project p join project_group g on p.group_id = g.id where g.plan_id = ?1";
		this.entityManager.createNativeQuery("delete from indicator where project_id in (" + projectsOfPlan + ")")
			.setParameter(1, plan.getId())
			.executeUpdate();
		this.entityManager.createNativeQuery("delete from project_lead where project_id in (" + projectsOfPlan + ")")
			.setParameter(1, plan.getId())
			.executeUpdate();
		this.entityManager
			.createNativeQuery(
					"delete from project where group_id in (select id from project_group where plan_id = ?1)")
			.setParameter(1, plan.getId())
			.executeUpdate();
		this.entityManager.createNativeQuery("delete from project_group where plan_id = ?1")
			.setParameter(1, plan.getId())
			.executeUpdate();
		this.entityManager.clear();
		Plan reloaded = this.plans.findById(plan.getId()).orElseThrow();
		this.importer.writeContents(reloaded, file);
	}

	/** A stored plan as a plan file. */
	PlanFile load(Plan plan) {
		PlanSummary summary = plan.toSummary();
		String coordinator = this.units.find(plan.getCoordinatorUnitId()).map(UnitView::code).orElse("");
		PlanFile.Header header = new PlanFile.Header(plan.getYear(), summary.title(), summary.documentNumber(),
				summary.issuer(), summary.issuedOn(), summary.basicCompletionDue(), summary.fullCompletionDue(),
				coordinator, summary.reportDeadlineDay(), summary.preamble());
		Map<Long, List<IndicatorView>> indicatorsByProject = new LinkedHashMap<>();
		for (Object[] row : this.indicators.findByPlan(plan.getId())) {
			Long projectId = (Long) row[1];
			indicatorsByProject.computeIfAbsent(projectId, (k) -> new ArrayList<>())
				.add(((Indicator) row[0]).toView(projectId));
		}
		Map<Long, TreeMap<Integer, Long>> leads = new LinkedHashMap<>();
		for (Object[] row : this.projects.findLeadRows(plan.getId())) {
			leads.computeIfAbsent((Long) row[0], (k) -> new TreeMap<>()).put((Integer) row[1], (Long) row[2]);
		}
		Set<Long> unitIds = leads.values().stream().flatMap((m) -> m.values().stream()).collect(Collectors.toSet());
		Map<Long, UnitView> unitViews = this.units.byIds(unitIds);
		Map<Integer, String> groupNames = new TreeMap<>();
		Map<Integer, List<PlanFile.ProjectEntry>> byGroup = new TreeMap<>();
		for (Project project : this.projects.findByPlan(plan.getId())) {
			groupNames.put(project.getGroup().getNumber(), project.getGroup().getName());
			List<String> leadCodes = leads.getOrDefault(project.getId(), new TreeMap<>())
				.values()
				.stream()
				.map((unitId) -> unitViews.get(unitId).code())
				.toList();
			List<PlanFile.IndicatorEntry> entries = indicatorsByProject.getOrDefault(project.getId(), List.of())
				.stream()
				.sorted(Comparator.comparingInt(IndicatorView::position))
				.map((i) -> new PlanFile.IndicatorEntry(i.name(), i.kind(), i.target(), i.measureUnit(), i.qualifier()))
				.toList();
			byGroup.computeIfAbsent(project.getGroup().getNumber(), (k) -> new ArrayList<>())
				.add(new PlanFile.ProjectEntry(project.getNumber(), project.getName(), project.getDescription(),
						leadCodes, entries));
		}
		List<PlanFile.GroupEntry> groups = byGroup.entrySet()
			.stream()
			.map((e) -> new PlanFile.GroupEntry(e.getKey(), groupNames.get(e.getKey()), e.getValue()))
			.toList();
		return new PlanFile(header, List.of(), List.of(), groups);
	}

	static PlanForm toForm(PlanFile file) {
		PlanForm form = new PlanForm();
		PlanFile.Header h = file.header();
		form.setYear(String.valueOf(h.year()));
		form.setTitle(h.title());
		form.setDocumentNumber(nonNull(h.documentNumber()));
		form.setIssuer(nonNull(h.issuer()));
		form.setIssuedOn((h.issuedOn() != null) ? h.issuedOn().toString() : "");
		form.setBasicCompletionDue(h.basicCompletionDue().toString());
		form.setFullCompletionDue(h.fullCompletionDue().toString());
		form.setCoordinator(h.coordinator());
		form.setReportDeadlineDay(String.valueOf(h.reportDeadlineDay()));
		form.setPreamble(nonNull(h.preamble()));
		for (PlanFile.GroupEntry g : file.groups()) {
			PlanForm.Group group = new PlanForm.Group();
			group.setNumber(String.valueOf(g.number()));
			group.setName(g.name());
			for (PlanFile.ProjectEntry p : g.projects()) {
				PlanForm.Project project = new PlanForm.Project();
				project.setNumber(String.valueOf(p.number()));
				project.setName(p.name());
				project.setDescription(p.description());
				project.setLeads(new ArrayList<>(p.leads()));
				for (PlanFile.IndicatorEntry i : p.indicators()) {
					PlanForm.Indicator indicator = new PlanForm.Indicator();
					indicator.setName(i.name());
					indicator.setMilestone(i.kind() == IndicatorKind.MILESTONE);
					indicator.setTarget((i.target() != null) ? plain(i.target()) : "");
					indicator.setUnit(nonNull(i.measureUnit()));
					indicator.setQualifier((i.qualifier() != null) ? i.qualifier().planWord() : "");
					project.getIndicators().add(indicator);
				}
				group.getProjects().add(project);
			}
			form.getGroups().add(group);
		}
		return form;
	}

	/**
	 * One line per header value, project and indicator: what the audit trail compares.
	 */
	static List<String> lines(PlanFile file) {
		List<String> lines = new ArrayList<>();
		PlanFile.Header h = file.header();
		lines.add("title=" + h.title());
		lines.add("documentNumber=" + h.documentNumber());
		lines.add("issuer=" + h.issuer());
		lines.add("issuedOn=" + h.issuedOn());
		lines.add("basicCompletionDue=" + h.basicCompletionDue());
		lines.add("fullCompletionDue=" + h.fullCompletionDue());
		lines.add("coordinator=" + h.coordinator());
		lines.add("reportDeadlineDay=" + h.reportDeadlineDay());
		lines.add("preamble=" + h.preamble());
		for (PlanFile.GroupEntry g : file.groups()) {
			lines.add("group " + g.number() + " " + g.name());
			for (PlanFile.ProjectEntry p : g.projects()) {
				String key = g.number() + "-" + p.number();
				lines.add("project " + key + " " + p.name() + " leads=" + String.join(",", p.leads()));
				lines.add("project " + key + " description=" + p.description());
				int position = 1;
				for (PlanFile.IndicatorEntry i : p.indicators()) {
					lines.add("indicator " + key + "." + position++ + " " + i.name() + " "
							+ ((i.kind() == IndicatorKind.MILESTONE) ? "milestone" : plain(i.target()) + i.measureUnit()
									+ ((i.qualifier() != null) ? " " + i.qualifier().planWord() : "")));
				}
			}
		}
		return lines;
	}

	private PlanFile readYaml(byte[] content, MessageSourceAccessor messages) {
		Set<String> known = departmentCodes();
		PlanFile file = new PlanFileReader(messages).read(new ByteArrayInputStream(content), known);
		Collection<PlanFile.UnitEntry> newUnits = new ArrayList<>();
		for (PlanFile.UnitEntry unit : file.departments()) {
			if (!known.contains(unit.code())) {
				newUnits.add(unit);
			}
		}
		for (PlanFile.UnitEntry unit : file.counties()) {
			if (this.units.findByCode(unit.code()).isEmpty()) {
				newUnits.add(unit);
			}
		}
		if (!newUnits.isEmpty()) {
			throw new PlanFileException(
					messages.getMessage("plan.import.newUnits", new Object[] {
							newUnits.stream().map((u) -> u.code() + " " + u.name()).collect(Collectors.joining("、")) }),
					0, "");
		}
		return file;
	}

	private static String docxText(byte[] content, MessageSourceAccessor messages) {
		PlanWorkbook.checkInflatedSize(content, messages);
		try (InputStream in = new ByteArrayInputStream(content); XWPFDocument document = new XWPFDocument(in)) {
			StringBuilder text = new StringBuilder();
			for (XWPFParagraph paragraph : document.getParagraphs()) {
				text.append(paragraph.getText()).append('\n');
				if (text.length() > MAX_TEXT_CHARS) {
					break;
				}
			}
			return text.toString();
		}
		catch (IOException | RuntimeException ex) {
			// Not a Word file, broken XML, POI's own zip-bomb guard, …
			throw new PlanFileException(messages.getMessage("plan.import.badDocx"), 0, "");
		}
	}

	/** UTF-8 (with or without BOM), else GB18030 (as Chinese Windows saves text). */
	private static String plainText(byte[] content, MessageSourceAccessor messages) {
		int start = (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
				&& (content[2] & 0xFF) == 0xBF) ? 3 : 0;
		ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
		for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
			try {
				return charset.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(bytes.duplicate())
					.toString();
			}
			catch (CharacterCodingException ex) {
				// try the next one
			}
		}
		throw new PlanFileException(messages.getMessage("plan.import.encoding"), 0, "");
	}

	private Set<String> departmentCodes() {
		return departments().stream().map(UnitView::code).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private MessageSourceAccessor messages() {
		return new MessageSourceAccessor(this.messageSource, LocaleContextHolder.getLocale());
	}

	private static String nonNull(String value) {
		return (value != null) ? value : "";
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	/**
	 * One row of the list of plan years.
	 */
	public record YearRow(Long id, int year, String title, String documentNumber, PlanStatus status, int projects,
			long quantitative, long milestones, String importedBy, Instant importedAt, long version) {

		public boolean draft() {
			return this.status == PlanStatus.DRAFT;
		}

	}

	/**
	 * What an upload was read into, with what to check or fix.
	 */
	public record Preview(PlanForm form, List<PlanFlag> flags) {

		public long blockingCount() {
			return this.flags.stream().filter(PlanFlag::blocking).count();
		}

	}

	/**
	 * A plan year in the editor.
	 */
	public record Editable(Long id, int year, PlanStatus status, long version, PlanForm form) {

		public boolean draft() {
			return this.status == PlanStatus.DRAFT;
		}

	}

}
