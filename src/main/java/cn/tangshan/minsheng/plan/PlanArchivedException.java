package cn.tangshan.minsheng.plan;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A change to the data of a year that is not in force (archived, or still a draft):
 * refused on the server whatever the page offered, with the 409 page that says so.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class PlanArchivedException extends RuntimeException {

	private final int year;

	public PlanArchivedException(int year) {
		super("Plan year " + year + " is not in force");
		this.year = year;
	}

	public int getYear() {
		return this.year;
	}

}
