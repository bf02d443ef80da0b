package cn.tangshan.minsheng.supervision.web;

import java.time.LocalDate;

import cn.tangshan.minsheng.supervision.Supervisions;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The coordinator's new order: to which unit, about which indicator, the problem, the
 * requirement and the deadline.
 */
record IssueForm(@NotNull Long unitId, @NotNull Long indicatorId,
		@NotBlank @Size(max = Supervisions.MAX_TEXT) String problem,
		@NotBlank @Size(max = Supervisions.MAX_TEXT) String requirement,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline) {

	Supervisions.NewOrder toOrder() {
		return new Supervisions.NewOrder(this.unitId, this.indicatorId, this.problem, this.requirement, this.deadline);
	}

}
