package cn.tangshan.minsheng.bulletin;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.plan.PlanCatalog;
import cn.tangshan.minsheng.plan.PlanSummary;
import cn.tangshan.minsheng.reporting.ReportingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dev default's demo bulletins, after the reporting demo data: 第1期 for January to
 * April and 第2期 for January to May, drafted by the demo coordinator from the demo figures
 * and issued on the 10th of the following month, marked as demo rows. Loaded once: a
 * database that has a demo bulletin is left alone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
@ConditionalOnProperty(name = "portal.demo.data", havingValue = "true")
class BulletinDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BulletinDemoData.class);

	private static final String COORDINATOR = "fgw";

	/** Months issued, with the day of the following month they were issued on. */
	private static final List<Integer> MONTHS = List.of(4, 5);

	private static final int ISSUE_DAY = 10;

	private final Bulletins bulletins;

	private final BulletinRepository repository;

	private final PlanCatalog plans;

	private final UserDetailsService users;

	private final ReportingCalendar calendar;

	BulletinDemoData(Bulletins bulletins, BulletinRepository repository, PlanCatalog plans, UserDetailsService users,
			ReportingCalendar calendar) {
		this.bulletins = bulletins;
		this.repository = repository;
		this.plans = plans;
		this.users = users;
		this.calendar = calendar;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		PlanSummary plan = this.plans.currentPlan().orElse(null);
		if (plan == null || this.repository.existsByDemoTrue()) {
			return;
		}
		CurrentUser coordinator;
		try {
			coordinator = (CurrentUser) this.users.loadUserByUsername(COORDINATOR);
		}
		catch (UsernameNotFoundException ex) {
			return;
		}
		Locale previous = LocaleContextHolder.getLocale();
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		try {
			for (int m : MONTHS) {
				YearMonth month = YearMonth.of(plan.year(), m);
				Instant issuedAt = LocalDateTime.of(plan.year(), m + 1, ISSUE_DAY, 10, 0)
					.atZone(this.calendar.zone())
					.toInstant();
				if (!issuedAt.isBefore(this.calendar.now())) {
					continue;
				}
				Long id = this.bulletins.draft(coordinator, month, Locale.SIMPLIFIED_CHINESE, true);
				BulletinView draft = this.bulletins.view(coordinator, id);
				this.bulletins.issue(coordinator, id, draft.version(), draft.text(), issuedAt, false);
			}
		}
		finally {
			LocaleContextHolder.setLocale(previous);
		}
		log.info("Issued the demo bulletins");
	}

}
