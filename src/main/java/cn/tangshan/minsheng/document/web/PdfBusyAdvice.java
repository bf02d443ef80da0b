package cn.tangshan.minsheng.document.web;

import cn.tangshan.minsheng.document.PdfBusyException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Every PDF render taken and none free in time, from any page's PDF: 503 with the busy
 * page and a hint to ask again in a few seconds.
 */
@ControllerAdvice
class PdfBusyAdvice {

	/** Seconds after which a browser or a script may ask again. */
	static final int RETRY_AFTER_SECONDS = 10;

	@ExceptionHandler(PdfBusyException.class)
	@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
	String busy(HttpServletResponse response, Model model) {
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
		model.addAttribute("status", HttpStatus.SERVICE_UNAVAILABLE.value());
		return "error/503";
	}

}
