package cn.tangshan.minsheng.plan;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.tangshan.minsheng.org.UnitType;
import cn.tangshan.minsheng.org.UnitView;
import cn.tangshan.minsheng.org.Units;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a plan file into the database: the shipped 2024 plan on first start, and next
 * year's plan when an administrator brings it. A plan is stored whole or not at all; a
 * year that is already stored is left untouched.
 */
@Service
public class PlanImporter {

	private final PlanRepository plans;

	private final ProjectGroupRepository groups;

	private final ProjectRepository projects;

	private final IndicatorRepository indicators;

	private final Units units;

	private final MessageSource messageSource;

	private final Clock clock;

	PlanImporter(PlanRepository plans, ProjectGroupRepository groups, ProjectRepository projects,
			IndicatorRepository indicators, Units units, MessageSource messageSource, Clock clock) {
		this.plans = plans;
		this.groups = groups;
		this.projects = projects;
		this.indicators = indicators;
		this.units = units;
		this.messageSource = messageSource;
		this.clock = clock;
	}

	/**
	 * Reads and stores a plan file.
	 * @return what was imported, or {@link ImportResult#alreadyPresent()} when the file's
	 * year is already stored
	 * @throws PlanFileException when the file is malformed; nothing is stored then
	 */
	@Transactional
	public ImportResult importPlan(InputStream in) {
		MessageSourceAccessor messages = new MessageSourceAccessor(this.messageSource, LocaleContextHolder.getLocale());
		Set<String> knownDepartments = this.units.ofType(UnitType.DEPARTMENT)
			.stream()
			.map(UnitView::code)
			.collect(Collectors.toSet());
		PlanFile file = new PlanFileReader(messages).read(in, knownDepartments);
		if (this.plans.existsByYear(file.header().year())) {
			return new ImportResult(file.header().year(), 0, 0, 0, true);
		}
		return store(file, null).result();
	}

	/**
	 * Stores a checked plan file as a new year: the YAML reader, the notice parser and
	 * the Excel template all produce the same {@link PlanFile}. The first plan of an
	 * installation is in force at once; a later one is a draft until the coordinator
	 * starts it. The caller has checked that the year is not stored yet.
	 */
	Stored store(PlanFile file, String importedBy) {
		file.departments().forEach((u) -> this.units.register(u.code(), u.name(), u.shortName(), UnitType.DEPARTMENT));
		file.counties().forEach((u) -> this.units.register(u.code(), u.name(), u.shortName(), UnitType.COUNTY));
		Long coordinator = this.units.findByCode(file.header().coordinator()).orElseThrow().id();
		Plan newPlan = new Plan(file.header(), coordinator, this.clock.instant());
		newPlan.setImportedBy(importedBy);
		if (this.plans.findTopByStatusOrderByYearDesc(PlanStatus.ACTIVE).isPresent()) {
			newPlan.setStatus(PlanStatus.DRAFT);
		}
		Plan plan = this.plans.save(newPlan);
		return new Stored(plan, writeContents(plan, file));
	}

	/**
	 * Stores a plan file's groups, projects and indicators under a stored plan.
	 */
	ImportResult writeContents(Plan plan, PlanFile file) {
		int projectCount = 0;
		int indicatorCount = 0;
		for (PlanFile.GroupEntry groupEntry : file.groups()) {
			ProjectGroup group = this.groups.save(new ProjectGroup(plan, groupEntry.number(), groupEntry.name()));
			for (PlanFile.ProjectEntry entry : groupEntry.projects()) {
				List<Long> leadIds = new ArrayList<>();
				entry.leads().forEach((code) -> leadIds.add(this.units.findByCode(code).orElseThrow().id()));
				Project project = this.projects
					.save(new Project(group, entry.number(), entry.name(), entry.description(), leadIds));
				projectCount++;
				int position = 1;
				for (PlanFile.IndicatorEntry indicator : entry.indicators()) {
					this.indicators.save(new Indicator(project, position++, indicator));
					indicatorCount++;
				}
			}
		}
		return new ImportResult(file.header().year(), file.groups().size(), projectCount, indicatorCount, false);
	}

	record Stored(Plan plan, ImportResult result) {
	}

	/**
	 * What an import stored.
	 */
	public record ImportResult(int year, int groups, int projects, int indicators, boolean alreadyPresent) {
	}

}
