package cn.tangshan.minsheng.bulletin.web;

import java.util.List;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.account.Role;
import cn.tangshan.minsheng.bulletin.BulletinSummary;
import cn.tangshan.minsheng.bulletin.Bulletins;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The home page's card 新印发的通报 ({@code bulletin/home :: newBulletins}): for counties and
 * departments, the bulletins issued since they last opened the bulletin list. Given to
 * the home page's controller by package name, because the {@code system} module that owns
 * the home page sits below the modules it links to and must not depend on them.
 */
@ControllerAdvice(basePackages = "cn.tangshan.minsheng.system.web")
class NewBulletinsAdvice {

	private static final int SHOWN = 5;

	private final Bulletins bulletins;

	NewBulletinsAdvice(Bulletins bulletins) {
		this.bulletins = bulletins;
	}

	@ModelAttribute("newBulletins")
	List<BulletinSummary> newBulletins(@AuthenticationPrincipal CurrentUser user) {
		if (user == null || !(user.is(Role.COUNTY) || user.is(Role.DEPARTMENT))) {
			return List.of();
		}
		return this.bulletins.issuedSinceLastVisit(user, SHOWN);
	}

}
