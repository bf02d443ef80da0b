package cn.tangshan.minsheng.plan;

import java.util.Arrays;
import java.util.Optional;

/**
 * How loosely a target is stated in the plan: 约 (approximately), 左右 (about) or 以上 (at
 * least). Kept with the target and shown with it.
 */
public enum Qualifier {

	APPROXIMATELY("约"), ABOUT("左右"), AT_LEAST("以上");

	private final String planWord;

	Qualifier(String planWord) {
		this.planWord = planWord;
	}

	/**
	 * The word as a plan file writes it.
	 */
	public String planWord() {
		return this.planWord;
	}

	static Optional<Qualifier> fromPlanWord(String word) {
		return Arrays.stream(values()).filter((q) -> q.planWord.equals(word) || q.name().equals(word)).findFirst();
	}

}
