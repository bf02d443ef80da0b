package cn.tangshan.minsheng.reporting;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such evidence file (perhaps just deleted): the 404 page.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class EvidenceNotFoundException extends RuntimeException {

	EvidenceNotFoundException(Long id) {
		super("No evidence " + id, null, false, false);
	}

}
