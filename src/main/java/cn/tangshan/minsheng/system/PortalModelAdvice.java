package cn.tangshan.minsheng.system;

import java.time.Clock;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs: whether this is the demo installation (a banner says so
 * on every page).
 */
@ControllerAdvice
class PortalModelAdvice {

	private final boolean demoMode;

	private final boolean demoClock;

	private final Clock clock;

	PortalModelAdvice(@Value("${portal.demo.enabled}") boolean demoMode,
			@Value("${portal.demo.clock:}") String demoClock, Clock clock) {
		this.demoMode = demoMode;
		this.demoClock = !demoClock.isBlank();
		this.clock = clock;
	}

	/**
	 * The demo clock's time, shown in the banner so nobody mistakes it for today.
	 */
	@ModelAttribute("demoClock")
	Instant demoClock() {
		return this.demoClock ? this.clock.instant() : null;
	}

	@ModelAttribute("demoMode")
	boolean demoMode() {
		return this.demoMode;
	}

}
