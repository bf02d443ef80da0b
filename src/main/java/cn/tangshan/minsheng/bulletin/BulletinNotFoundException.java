package cn.tangshan.minsheng.bulletin;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such bulletin: the 404 page.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class BulletinNotFoundException extends RuntimeException {

	BulletinNotFoundException(Long id) {
		super("Bulletin " + id, null, false, false);
	}

}
