package cn.tangshan.minsheng.problem;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such problem (or file): 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ProblemNotFoundException extends RuntimeException {

	ProblemNotFoundException(String message) {
		super(message, null, false, false);
	}

}
