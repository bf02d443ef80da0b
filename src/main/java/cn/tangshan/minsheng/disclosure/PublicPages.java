package cn.tangshan.minsheng.disclosure;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.account.Role;
import cn.tangshan.minsheng.audit.AuditLog;
import cn.tangshan.minsheng.audit.AuditRecord;
import cn.tangshan.minsheng.audit.SecurityAudit;
import cn.tangshan.minsheng.audit.SecurityEvent;
import cn.tangshan.minsheng.bulletin.BulletinFigures;
import cn.tangshan.minsheng.bulletin.BulletinView;
import cn.tangshan.minsheng.bulletin.Bulletins;
import cn.tangshan.minsheng.cockpit.CountyMaps;
import cn.tangshan.minsheng.cockpit.TileMap;
import cn.tangshan.minsheng.experience.Experiences;
import cn.tangshan.minsheng.experience.PublicArticle;
import cn.tangshan.minsheng.plan.PlanCatalog;
import cn.tangshan.minsheng.plan.PlanOverview;
import cn.tangshan.minsheng.plan.PlanSummary;
import cn.tangshan.minsheng.plan.ProjectView;
import cn.tangshan.minsheng.reporting.StoredFile;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's API. The coordinator switches a plan year on or off (audited, with the
 * version the page showed); the public page shows the newest year that is on, with the
 * figures of its latest issued bulletin only. {@link #revision()} names the version of
 * everything the public pages show — (plan year, switch version, bulletin id, published
 * articles' versions) — cheap enough for every request: it is computed at most once per
 * {@link #REVISION_TTL_MILLIS} and at once after a bulletin is issued, an article changes
 * or the switch is flipped on this node.
 */
@Service
@Transactional(readOnly = true)
public class PublicPages {

	/** How long a computed revision is trusted (other nodes' changes show within it). */
	static final long REVISION_TTL_MILLIS = 2000;

	/** The most articles the public page lists. */
	static final int EXPERIENCES_SHOWN = 50;

	private final PublicPageSettingRepository settings;

	private final PlanCatalog plans;

	private final Bulletins bulletins;

	private final Experiences experiences;

	private final AuditLog audit;

	private final SecurityAudit securityAudit;

	private final Clock clock;

	private final CountyMaps maps;

	private volatile Revision revision;

	PublicPages(PublicPageSettingRepository settings, PlanCatalog plans, Bulletins bulletins, Experiences experiences,
			AuditLog audit, SecurityAudit securityAudit, Clock clock, CountyMaps maps) {
		this.maps = maps;
		this.settings = settings;
		this.plans = plans;
		this.bulletins = bulletins;
		this.experiences = experiences;
		this.audit = audit;
		this.securityAudit = securityAudit;
		this.clock = clock;
	}

	/** A plan year on the admin page, with its switch. */
	public record Setting(Long planId, int year, String title, boolean active, boolean enabled, long version) {
	}

	private record Revision(String value, long computedAt) {
	}

	/** Every plan year with its switch, newest first. */
	public List<Setting> settings() {
		Map<Long, PublicPageSetting> stored = new HashMap<>();
		this.settings.findAll().forEach((s) -> stored.put(s.getPlanId(), s));
		List<Setting> rows = new ArrayList<>();
		for (PlanSummary plan : this.plans.plans()) {
			PublicPageSetting s = stored.get(plan.id());
			rows.add(new Setting(plan.id(), plan.year(), plan.title(), plan.active(), s != null && s.isEnabled(),
					(s != null) ? s.getVersion() : -1));
		}
		rows.sort(Comparator.comparingInt(Setting::year).reversed());
		return rows;
	}

	/**
	 * The coordinator switches a plan year's public page on or off.
	 * @param version the version the page showed, -1 for a year never switched
	 * @throws PublicPageConflictException someone switched it since
	 * @throws AccessDeniedException the user is not the coordinator
	 */
	@Transactional
	public void switchFor(CurrentUser user, Long planId, long version, boolean enabled) {
		if (!user.is(Role.COORDINATOR)) {
			throw new AccessDeniedException("Only the coordinator switches the public page");
		}
		PlanSummary plan = this.plans.planWithId(planId).orElseThrow(() -> new PublicPageNotFoundException(planId));
		set(plan, version, enabled, user.id());
		this.securityAudit.record(
				SecurityEvent.success("PUBLIC_PAGE_SWITCHED", "PLAN", plan.year()).withReason(String.valueOf(enabled)),
				SecurityAudit.Actor.of(user));
	}

	/** Switches a year on for the demo installation (no user, no version check). */
	@Transactional
	void enableForDemo(PlanSummary plan) {
		if (this.settings.findById(plan.id()).isEmpty()) {
			set(plan, -1, true, null);
		}
	}

	private void set(PlanSummary plan, long version, boolean enabled, Long userId) {
		Instant now = this.clock.instant();
		PublicPageSetting setting = this.settings.findById(plan.id()).orElse(null);
		long current = (setting != null) ? setting.getVersion() : -1;
		if (current != version) {
			throw new PublicPageConflictException();
		}
		boolean was = setting != null && setting.isEnabled();
		if (setting == null) {
			setting = new PublicPageSetting(plan.id(), now);
		}
		setting.set(enabled, userId, now);
		this.settings.saveAndFlush(setting);
		this.audit.record(new AuditRecord("PUBLIC_PAGE_SWITCHED", null, null, null, "plan:" + plan.year() + ":public",
				String.valueOf(was), String.valueOf(enabled), null));
		forget();
	}

	/** The plan year the public page shows: the newest one switched on. */
	public Optional<PlanSummary> shownPlan() {
		Map<Long, Boolean> enabled = new HashMap<>();
		this.settings.findAll().forEach((s) -> enabled.put(s.getPlanId(), s.isEnabled()));
		return this.plans.plans()
			.stream()
			.filter((p) -> enabled.getOrDefault(p.id(), false))
			.max(Comparator.comparingInt(PlanSummary::year));
	}

	/**
	 * The version of everything the public pages show; {@code off} when no year is
	 * switched on.
	 */
	public String revision() {
		Revision known = this.revision;
		long now = System.currentTimeMillis();
		if (known != null && now - known.computedAt() < REVISION_TTL_MILLIS) {
			return known.value();
		}
		String value = computeRevision();
		this.revision = new Revision(value, now);
		return value;
	}

	private String computeRevision() {
		PlanSummary plan = shownPlan().orElse(null);
		if (plan == null) {
			return "off";
		}
		long version = this.settings.findById(plan.id()).map(PublicPageSetting::getVersion).orElse(-1L);
		String bulletin = this.bulletins.latestIssuedId(plan.id()).map(String::valueOf).orElse("none");
		return plan.year() + "-" + version + "-" + bulletin + "-" + this.experiences.publishedRevision(plan.year());
	}

	/** Forgets the revision: the next request computes it again. */
	public void forget() {
		this.revision = null;
	}

	/** The public page of the year shown; empty when none is switched on. */
	public Optional<PublicSnapshot> snapshot() {
		return shownPlan().map(this::snapshot);
	}

	private PublicSnapshot snapshot(PlanSummary plan) {
		PlanOverview overview = this.plans.overview(plan.year()).orElseThrow();
		Map<String, ProjectView> byCode = new HashMap<>();
		overview.projects().forEach((p) -> byCode.put(p.code(), p));
		BulletinView bulletin = this.bulletins.latestIssued(plan.id()).orElse(null);
		List<PublicSnapshot.Project> projects = new ArrayList<>();
		List<PublicSnapshot.County> ranking = new ArrayList<>();
		if (bulletin != null) {
			BulletinFigures f = bulletin.figures();
			for (BulletinFigures.ProjectRow row : f.projects()) {
				ProjectView project = byCode.get(row.code());
				if (project == null) {
					continue;
				}
				projects.add(new PublicSnapshot.Project(project.id(), row.code(), project.groupNumber(),
						project.groupName(), row.name(), row.leads(), row.status(), project.description(),
						row.indicators()
							.stream()
							.map((i) -> new PublicSnapshot.Indicator(i.name(), i.quantitative(), i.target(),
									i.approved(), i.measureUnit(), i.ratePercent(), i.status()))
							.toList()));
			}
			f.ranking().forEach((r) -> ranking.add(new PublicSnapshot.County(r.rank(), r.county(), r.score())));
			return new PublicSnapshot(plan.year(), plan.title(), plan.documentNumber(), plan.issuer(),
					bulletin.number(), bulletin.month(), bulletin.date(), f.expectedPercent(), f.overallPercent(),
					f.completed(), f.ahead(), f.onSchedule(), f.lagging(), f.seriouslyLagging(), projects,
					this.experiences.published(plan.year(), EXPERIENCES_SHOWN), ranking);
		}
		return new PublicSnapshot(plan.year(), plan.title(), plan.documentNumber(), plan.issuer(), null, null, null,
				null, null, 0, 0, 0, 0, 0, projects, this.experiences.published(plan.year(), EXPERIENCES_SHOWN),
				ranking);
	}

	/**
	 * The county map of the year shown, coloured by its latest issued bulletin's frozen
	 * ranking (no links: the public page has no county pages).
	 */
	public Optional<TileMap> map() {
		return shownPlan().flatMap((plan) -> this.bulletins.latestIssued(plan.id()))
			.filter((b) -> !b.figures().ranking().isEmpty())
			.map((b) -> this.maps.bulletin("public-map", b.figures(), null, java.util.Locale.SIMPLIFIED_CHINESE));
	}

	/** A published article of the year shown. */
	public Optional<PublicArticle> article(Long id) {
		PlanSummary plan = shownPlan().orElse(null);
		if (plan == null) {
			return Optional.empty();
		}
		return this.experiences.publishedArticle(id).filter((a) -> a.planYear() == plan.year());
	}

	/** A photo of a published article of the year shown. */
	public Optional<StoredFile> photo(Long photoId, boolean thumbnail) {
		return shownPlan().flatMap((plan) -> this.experiences.publishedPhoto(plan.year(), photoId, thumbnail));
	}

}
