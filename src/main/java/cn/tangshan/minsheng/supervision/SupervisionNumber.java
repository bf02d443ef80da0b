package cn.tangshan.minsheng.supervision;

/**
 * An order's document number (发文字号) as GB/T 9704 writes it: 六角括号, the full year, no 第, no
 * leading zeros: 唐民生督〔2024〕3号.
 */
public record SupervisionNumber(int year, int number) {

	public static final String PREFIX = "唐民生督";

	@Override
	public String toString() {
		return PREFIX + "〔" + this.year + "〕" + this.number + "号";
	}

}
