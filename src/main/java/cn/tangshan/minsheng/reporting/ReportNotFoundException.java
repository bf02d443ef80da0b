package cn.tangshan.minsheng.reporting;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such report: the 404 page.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ReportNotFoundException extends RuntimeException {

	ReportNotFoundException(Long id) {
		super("No report " + id, null, false, false);
	}

}
