package cn.tangshan.minsheng.notification;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such notification in the user's unit: the 404 page.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotificationNotFoundException extends RuntimeException {

	NotificationNotFoundException(Long id) {
		super("Notification " + id + " is not in the user's unit");
	}

}
