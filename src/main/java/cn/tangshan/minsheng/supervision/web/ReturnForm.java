package cn.tangshan.minsheng.supervision.web;

import java.time.LocalDate;

import cn.tangshan.minsheng.supervision.Supervisions;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The coordinator sends an answer back (退回重办): why, and perhaps a new deadline.
 */
record ReturnForm(@NotBlank @Size(max = Supervisions.MAX_TEXT) String reason,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newDeadline, long version) {

	static ReturnForm empty(long version) {
		return new ReturnForm("", null, version);
	}

}
