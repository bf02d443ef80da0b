package cn.tangshan.minsheng.document;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Every PDF render is taken and none came free in time: the user is told the server is
 * busy (the 503 page) and may ask again.
 */
@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
public class PdfBusyException extends RuntimeException {

	PdfBusyException() {
		super("Every PDF render is taken", null, false, false);
	}

}
