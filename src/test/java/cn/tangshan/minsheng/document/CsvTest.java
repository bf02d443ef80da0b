package cn.tangshan.minsheng.document;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

	@Test
	void textsThatExcelWouldEvaluateGetAnApostrophe() {
		assertThat(Csv.neutralise("=1+1")).isEqualTo("'=1+1");
		assertThat(Csv.neutralise("+86 123")).isEqualTo("'+86 123");
		assertThat(Csv.neutralise("-2+3")).isEqualTo("'-2+3");
		assertThat(Csv.neutralise("@SUM(1)")).isEqualTo("'@SUM(1)");
		assertThat(Csv.neutralise("\t=1")).isEqualTo("'\t=1");
		assertThat(Csv.neutralise("\r=1")).isEqualTo("'\r=1");
		assertThat(Csv.neutralise("进展=顺利")).isEqualTo("进展=顺利");
		assertThat(Csv.neutralise(null)).isEmpty();
	}

	@Test
	void recordsAreQuotedPerRfc4180WithCrlfAfterABom() {
		String csv = new Csv()
			.record(List.of(Csv.text("a,\"b\""), Csv.text("两行\n文本"), Csv.number(new BigDecimal("-1.50")),
					Csv.number(null)))
			.toString();
		assertThat(csv).isEqualTo("\uFEFF\"a,\"\"b\"\"\",\"两行\n文本\",\"-1.5\",\"\"\r\n");
	}

}
