package cn.tangshan.minsheng.plan.web;

import cn.tangshan.minsheng.plan.PlanArchivedException;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A change to a year that is not in force, from any page or a hand-made request: 409 with
 * a page that names the year and says it is read-only.
 */
@ControllerAdvice
class ArchivedYearAdvice {

	@ExceptionHandler(PlanArchivedException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String archived(PlanArchivedException ex, Model model) {
		model.addAttribute("year", ex.getYear());
		return "planyear/archived";
	}

}
