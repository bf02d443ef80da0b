package cn.tangshan.minsheng.system;

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

	PortalModelAdvice(@Value("${portal.demo.enabled}") boolean demoMode) {
		this.demoMode = demoMode;
	}

	@ModelAttribute("demoMode")
	boolean demoMode() {
		return this.demoMode;
	}

}
