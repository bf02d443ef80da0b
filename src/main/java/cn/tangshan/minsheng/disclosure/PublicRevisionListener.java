package cn.tangshan.minsheng.disclosure;

import cn.tangshan.minsheng.bulletin.BulletinIssued;
import cn.tangshan.minsheng.experience.ExperienceChanged;
import cn.tangshan.minsheng.plan.PlanChanged;
import cn.tangshan.minsheng.plan.PlanYearStarted;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Once a change that the public pages show has committed (a bulletin issued, an article
 * changed, a plan year changed or started), the next public request builds them again.
 */
@Component
class PublicRevisionListener {

	private final PublicPages pages;

	PublicRevisionListener(PublicPages pages) {
		this.pages = pages;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(BulletinIssued issued) {
		this.pages.forget();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(ExperienceChanged changed) {
		this.pages.forget();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(PlanChanged changed) {
		this.pages.forget();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(PlanYearStarted started) {
		this.pages.forget();
	}

}
