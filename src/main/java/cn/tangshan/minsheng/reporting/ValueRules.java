package cn.tangshan.minsheng.reporting;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules for a figure typed into a report (DOMAIN.md, "Validation"): a non-negative
 * number with at most two decimals; a cumulative value below last month's needs a
 * correction reason; one above 150% of the unit's allocation needs a confirmation; a
 * milestone's percent is 0 to 100.
 */
final class ValueRules {

	static final BigDecimal OVER_ALLOCATION_FACTOR = new BigDecimal("1.5");

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

	private static final BigDecimal MAX = new BigDecimal("999999999999.99");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private ValueRules() {
	}

	/**
	 * Reads a typed number.
	 * @return the number, empty for a blank field
	 * @throws InvalidValue with the problem to show next to the field
	 */
	static Optional<BigDecimal> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		// Chinese input methods often type full-width digits (１２３．５).
		String cleaned = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replace(",", "");
		if (!NUMBER.matcher(cleaned).matches()) {
			throw new InvalidValue(new FieldProblem("report.value.notNumber"));
		}
		BigDecimal value = new BigDecimal(cleaned);
		if (value.signum() < 0) {
			throw new InvalidValue(new FieldProblem("report.value.negative"));
		}
		if (value.stripTrailingZeros().scale() > 2) {
			throw new InvalidValue(new FieldProblem("report.value.decimals"));
		}
		if (value.compareTo(MAX) > 0) {
			throw new InvalidValue(new FieldProblem("report.value.tooLarge"));
		}
		return Optional.of(value.setScale(2).stripTrailingZeros());
	}

	static Optional<FieldProblem> checkPercent(BigDecimal percent) {
		if (percent.compareTo(HUNDRED) > 0) {
			return Optional.of(new FieldProblem("report.percent.range"));
		}
		return Optional.empty();
	}

	static boolean isBelowLastMonth(BigDecimal value, BigDecimal lastApproved) {
		return lastApproved != null && value.compareTo(lastApproved) < 0;
	}

	static boolean isOverAllocation(BigDecimal value, BigDecimal allocation) {
		return allocation != null && allocation.signum() > 0
				&& value.compareTo(allocation.multiply(OVER_ALLOCATION_FACTOR)) > 0;
	}

	/**
	 * A figure that cannot be accepted as typed.
	 */
	static final class InvalidValue extends RuntimeException {

		private final FieldProblem problem;

		InvalidValue(FieldProblem problem) {
			super(problem.code(), null, false, false);
			this.problem = problem;
		}

		FieldProblem problem() {
			return this.problem;
		}

	}

}
