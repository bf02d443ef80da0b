package cn.tangshan.minsheng.audit.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The auditor's filters as the query string carries them: texts only, so a malformed
 * value is a message on the page, never a binding failure.
 */
public record AuditSearch(String from, String to, String username, String unit, String type, String objectType,
		String objectId, String result, String page) {

	/**
	 * The filters (not the page) as a query string, for the exports' and pager's links.
	 */
	public String queryString() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("from", this.from);
		values.put("to", this.to);
		values.put("username", this.username);
		values.put("unit", this.unit);
		values.put("type", this.type);
		values.put("objectType", this.objectType);
		values.put("objectId", this.objectId);
		values.put("result", this.result);
		StringJoiner query = new StringJoiner("&");
		values.forEach((name, value) -> {
			if (value != null && !value.isBlank()) {
				query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
			}
		});
		return (query.length() > 0) ? query.toString() : null;
	}

	/** The same filters on another page. */
	public String withPage(int number) {
		String filters = queryString();
		return "?" + ((filters != null) ? filters + "&" : "") + "page=" + number;
	}

}
