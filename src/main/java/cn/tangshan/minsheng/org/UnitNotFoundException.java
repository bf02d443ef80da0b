package cn.tangshan.minsheng.org;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such unit: the 404 page.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class UnitNotFoundException extends RuntimeException {

	public UnitNotFoundException(Long id) {
		super("No unit " + id);
	}

}
