package cn.tangshan.minsheng.dashboard;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A month or project the dashboard does not have: the 404 page.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class DashboardNotFoundException extends RuntimeException {

	public DashboardNotFoundException(String what) {
		super(what + " is not on the dashboard");
	}

}
