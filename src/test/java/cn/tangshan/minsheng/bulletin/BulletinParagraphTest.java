package cn.tangshan.minsheng.bulletin;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class BulletinParagraphTest {

	@Test
	void aSecondLevelLineLeadsWithItsFirstSentenceOtherLinesAreBody() {
		assertThat(BulletinParagraph.of("（一）压实工作责任。各单位要按期完成。\n\n  1.棚户区改造工程。进展顺利。  \r\n（十二）只有标题"))
			.extracting(BulletinParagraph::lead, BulletinParagraph::rest, BulletinParagraph::hasLead)
			.containsExactly(tuple("（一）压实工作责任。", "各单位要按期完成。", true), tuple("", "1.棚户区改造工程。进展顺利。", false),
					tuple("（十二）只有标题", "", true));
	}

	@Test
	void onlyChineseNumeralsInFullWidthBracketsMakeAHeading() {
		assertThat(BulletinParagraph.of("(一)半角括号。\n（1）阿拉伯数字。\n一、一级标题不在正文中")).allMatch((p) -> !p.hasLead());
		assertThat(BulletinParagraph.of(null)).isEmpty();
	}

}
