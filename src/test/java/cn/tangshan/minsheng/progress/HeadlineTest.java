package cn.tangshan.minsheng.progress;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeadlineTest {

	@Test
	void projectIsAsGoodAsItsWorstQuantitativeIndicator() {
		assertThat(Headline.projectStatus(List.of(Status.COMPLETED, Status.SERIOUSLY_LAGGING, Status.NORMAL), null))
			.isEqualTo(Status.SERIOUSLY_LAGGING);
		assertThat(Headline.projectStatus(List.of(Status.COMPLETED, Status.COMPLETED), null))
			.isEqualTo(Status.COMPLETED);
	}

	@Test
	void milestoneDoesNotCountWhenTheProjectHasNumbers() {
		assertThat(Headline.projectStatus(List.of(Status.NORMAL), Status.SERIOUSLY_LAGGING)).isEqualTo(Status.NORMAL);
	}

	@Test
	void projectWithoutNumbersIsJudgedByItsMilestone() {
		assertThat(Headline.projectStatus(List.of(), Status.LAGGING)).isEqualTo(Status.LAGGING);
	}

	@Test
	void milestoneStandsInWhenNoQuantitativeIndicatorApplies() {
		assertThat(Headline.projectStatus(List.of(Status.NOT_APPLICABLE), Status.COMPLETED))
			.isEqualTo(Status.COMPLETED);
	}

	@Test
	void projectWithNothingToMeasureIsNotApplicable() {
		assertThat(Headline.projectStatus(List.of(), null)).isEqualTo(Status.NOT_APPLICABLE);
		assertThat(Headline.projectStatus(List.of(Status.NOT_APPLICABLE), null)).isEqualTo(Status.NOT_APPLICABLE);
	}

	@Test
	void countsTheTwentyFiveProjectsByStatus() {
		List<Status> projects = new ArrayList<>();
		projects.addAll(Collections.nCopies(4, Status.COMPLETED));
		projects.addAll(Collections.nCopies(15, Status.NORMAL));
		projects.addAll(Collections.nCopies(4, Status.LAGGING));
		projects.addAll(Collections.nCopies(2, Status.SERIOUSLY_LAGGING));

		Headline headline = Headline.of(projects);

		assertThat(headline).isEqualTo(new Headline(4, 15, 4, 2, 0));
		assertThat(headline.total()).isEqualTo(25);
		assertThat(headline.count(Status.LAGGING)).isEqualTo(4);
		assertThat(headline.count(Status.NOT_APPLICABLE)).isZero();
	}

	@Test
	void noProjectsCountNothing() {
		assertThat(Headline.of(List.of())).isEqualTo(new Headline(0, 0, 0, 0, 0));
	}

}
