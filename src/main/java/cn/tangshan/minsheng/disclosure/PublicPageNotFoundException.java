package cn.tangshan.minsheng.disclosure;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such plan year. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PublicPageNotFoundException extends RuntimeException {

	PublicPageNotFoundException(Long planId) {
		super("Plan " + planId, null, false, false);
	}

}
