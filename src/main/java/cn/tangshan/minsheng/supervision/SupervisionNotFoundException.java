package cn.tangshan.minsheng.supervision;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such order or file: the 404 page.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class SupervisionNotFoundException extends RuntimeException {

	SupervisionNotFoundException(String what) {
		super(what, null, false, false);
	}

}
