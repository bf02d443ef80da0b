package cn.tangshan.minsheng.supervision.web;

import cn.tangshan.minsheng.supervision.Supervisions;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The addressed unit's answer: the measures taken. The version guards against answering
 * an order that changed meanwhile.
 */
record AnswerForm(@NotBlank @Size(max = Supervisions.MAX_TEXT) String answer, long version) {

	static AnswerForm empty(long version) {
		return new AnswerForm("", version);
	}

}
