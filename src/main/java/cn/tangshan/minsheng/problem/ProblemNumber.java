package cn.tangshan.minsheng.problem;

/**
 * A problem's number as GB/T 9704 writes document numbers: 唐民生问〔2024〕3号.
 */
public record ProblemNumber(int year, int number) {

	public static final String PREFIX = "唐民生问";

	@Override
	public String toString() {
		return PREFIX + "〔" + this.year + "〕" + this.number + "号";
	}

}
