package cn.tangshan.minsheng.bench;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the burst and the login post: the CSRF token of a page, the last open project's
 * form, its fields filled as a user would (figures, texts, version, token, the button).
 */
class BurstFormTests {

	private static final String PAGE = """
			<html><body>
			<form action="/reports/submit-all" method="post"><input type="hidden" name="_csrf" value="tok"></form>
			<form action="/reports/3" method="post"><input type="hidden" name="_csrf" value="tok">
			  <input type="hidden" name="month" value="2024-06"><input type="hidden" name="version" value="0">
			  <table><tr><td>a</td><td>10</td><td>4</td><td><input name="v7" value="5" readonly></td></tr></table>
			</form>
			<form action="/reports/9" method="post"><input type="hidden" name="_csrf" value="tok">
			  <input type="hidden" name="month" value="2024-06"><input type="hidden" name="version" value="2">
			  <table>
			    <tr><td>改造户厕</td><td>1557座</td><td>438</td><td><input name="v21" value=""></td></tr>
			    <tr><td>公厕</td><td>12座</td><td>—</td><td><input name="v22" value=""></td></tr>
			    <tr><td>里程</td><td>5公里</td><td>1.5</td><td><input name="v23" value="2.25"></td></tr>
			  </table>
			  <textarea name="progress"></textarea><textarea name="problems">施工受限。</textarea>
			  <textarea name="nextSteps"></textarea>
			  <input name="investmentPlanned" value="">
			  <button type="submit" name="action" value="save">保存草稿</button>
			  <button type="submit" name="action" value="submit">报送</button>
			</form>
			<form action="/reports/12" method="post"><input type="hidden" name="version" value="4"></form>
			</body></html>
			""";

	@Test
	void csrfTokenOfTheLoginPageInEitherAttributeOrder() {
		assertThat(VirtualUser.csrfToken("<input type=\"hidden\" name=\"_csrf\" value=\"abc-123\"/>"))
			.isEqualTo("abc-123");
		assertThat(VirtualUser.csrfToken("<input value=\"x9\" name=\"_csrf\" type=\"hidden\">")).isEqualTo("x9");
		assertThat(VirtualUser.csrfToken("<form></form>")).isNull();
	}

	@Test
	void theLastProjectThatCanBeSubmittedFilledAsTheBrowserPostsIt() {
		FormElement form = Measurement.lastOpenForm(PAGE);
		assertThat(form.attr("action")).isEqualTo("/reports/9");
		List<Map.Entry<String, String>> data = Measurement.fill(form, "submit");
		assertThat(data).containsExactly(Map.entry("_csrf", "tok"), Map.entry("month", "2024-06"),
				Map.entry("version", "2"), Map.entry("v21", "438"), Map.entry("v22", "0"), Map.entry("v23", "2.25"),
				Map.entry("progress", "截至本月底，各项工作按计划有序推进，月末集中报送。"), Map.entry("problems", "施工受限。"),
				Map.entry("nextSteps", "加强调度，确保按期完成年度任务。"), Map.entry("investmentPlanned", ""),
				Map.entry("action", "submit"));
	}

	@Test
	void noFormWhenNothingCanBeSubmitted() {
		assertThat(Measurement.lastOpenForm("<form action=\"/reports/3\" method=\"post\"></form>")).isNull();
	}

}
