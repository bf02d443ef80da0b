package cn.tangshan.minsheng.plan;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A {@code ?year=} that names no plan year a page can show: the 404 page.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PlanYearNotFoundException extends RuntimeException {

	PlanYearNotFoundException(Integer year) {
		super("No plan year " + year);
	}

}
