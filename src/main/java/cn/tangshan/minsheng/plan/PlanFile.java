package cn.tangshan.minsheng.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan file as read and checked by {@link PlanFileReader}, before anything is stored.
 */
record PlanFile(Header header, List<UnitEntry> departments, List<UnitEntry> counties, List<GroupEntry> groups) {

	record Header(int year, String title, String documentNumber, String issuer, LocalDate issuedOn,
			LocalDate basicCompletionDue, LocalDate fullCompletionDue, String coordinator, int reportDeadlineDay,
			String preamble) {
	}

	record UnitEntry(String code, String name, String shortName) {
	}

	record GroupEntry(int number, String name, List<ProjectEntry> projects) {
	}

	record ProjectEntry(int number, String name, String description, List<String> leads,
			List<IndicatorEntry> indicators) {
	}

	record IndicatorEntry(String name, IndicatorKind kind, BigDecimal target, String measureUnit, Qualifier qualifier) {
	}

}
