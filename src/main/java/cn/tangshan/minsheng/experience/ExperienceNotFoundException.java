package cn.tangshan.minsheng.experience;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such article or photo (404). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ExperienceNotFoundException extends RuntimeException {

	ExperienceNotFoundException(String what) {
		super(what, null, false, false);
	}

}
