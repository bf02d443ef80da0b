package cn.tangshan.minsheng.problem.web;

import java.time.LocalDate;

import cn.tangshan.minsheng.problem.Problems;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a unit fills in to raise a problem; {@code askedUnitId} empty means the
 * coordinator decides. The attachments come as the request's {@code attachments} files.
 */
record RaiseForm(@NotNull Long projectId, @NotNull Long kindId, @NotBlank @Size(max = Problems.MAX_TITLE) String title,
		@NotBlank @Size(max = Problems.MAX_TEXT) String description, Long askedUnitId,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate wantedBy) {

	Problems.NewProblem toProblem() {
		return new Problems.NewProblem(this.projectId, this.kindId, this.title, this.description, this.askedUnitId,
				this.wantedBy);
	}

}
