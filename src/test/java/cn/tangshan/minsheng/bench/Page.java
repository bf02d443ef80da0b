package cn.tangshan.minsheng.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One measured page, a line of {@code bench/pages.csv} (the file explains the columns).
 */
record Page(String name, String who, String path, OptionalDouble p95, OptionalDouble xStatic, OptionalDouble kb,
		OptionalDouble rpsStatic, boolean load, boolean optional) {

	static final String STATIC = "static";

	/** Reads the page list, with {@code {name}} placeholders replaced from vars. */
	static List<Page> load(String location, Map<String, String> vars) throws IOException {
		String text;
		if (location.startsWith("classpath:")) {
			try (InputStream in = Page.class.getResourceAsStream("/" + location.substring("classpath:".length()))) {
				text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		else {
			text = Files.readString(Path.of(location));
		}
		return parse(text, vars);
	}

	static List<Page> parse(String text, Map<String, String> vars) {
		List<Page> pages = new ArrayList<>();
		for (String line : text.split("\n")) {
			if (line.isBlank() || line.trim().startsWith("#")) {
				continue;
			}
			String[] f = (line.trim() + ",,,,,,,,,").split(",", -1);
			String path = f[2].trim();
			for (Map.Entry<String, String> v : vars.entrySet()) {
				path = path.replace("{" + v.getKey() + "}", v.getValue());
			}
			pages.add(new Page(f[0].trim(), f[1].trim(), path, number(f[3]), number(f[4]), number(f[5]), number(f[6]),
					yes(f[7]), yes(f[8])));
		}
		return pages;
	}

	/** The issue's targets for this page one request at a time, as text. */
	String targetText() {
		List<String> parts = new ArrayList<>();
		this.p95.ifPresent((v) -> parts.add("p95 ≤ " + ResultTable.number(v, 0) + " ms"));
		this.xStatic.ifPresent((v) -> parts.add("p95 ≤ " + ResultTable.number(v, 0) + "× static"));
		this.kb.ifPresent((v) -> parts.add("≤ " + ResultTable.number(v, 0) + " KB"));
		return parts.isEmpty() ? null : String.join("; ", parts);
	}

	boolean hasTarget() {
		return this.p95.isPresent() || this.xStatic.isPresent() || this.kb.isPresent();
	}

	private static OptionalDouble number(String field) {
		String f = field.trim();
		return f.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(f));
	}

	private static boolean yes(String field) {
		return field.trim().equalsIgnoreCase("y") || field.trim().equalsIgnoreCase("yes");
	}

}
