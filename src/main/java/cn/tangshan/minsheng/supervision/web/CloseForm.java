package cn.tangshan.minsheng.supervision.web;

import cn.tangshan.minsheng.supervision.Supervisions;
import jakarta.validation.constraints.Size;

/**
 * The coordinator closes an answered order (已办结), with an optional remark.
 */
record CloseForm(@Size(max = Supervisions.MAX_TEXT) String remark, long version) {

	static CloseForm empty(long version) {
		return new CloseForm("", version);
	}

}
