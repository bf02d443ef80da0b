package cn.tangshan.minsheng.bench;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

/**
 * The benchmark's settings, all system properties ({@code -Dbench.…=…} on the Maven
 * command line) with defaults for a whole run of about seven minutes on a 2-core machine
 * (plus about 85 s the first time, to generate the database).
 */
record BenchConfig(Path dir, boolean regenerate, int units, int firstYear, int dbPort, int port, String xmx,
		YearMonth month, double warmupSeconds, int samples, double sampleSeconds, List<Integer> concurrency,
		double concurrentSeconds, String concurrentPages, boolean fatJarStart, int burstUsers, double burstSeconds,
		int readers, double readersSeconds, String readersPath, int readersThinkMs, String pages, String password) {

	static BenchConfig fromSystemProperties() {
		return new BenchConfig(Path.of(text("bench.dir", "target/benchmark")).toAbsolutePath(),
				Boolean.parseBoolean(text("bench.regenerate", "false")), number("bench.units", 200),
				number("bench.firstYear", 2015), number("bench.dbPort", 15441), number("bench.port", 8141),
				text("bench.xmx", "512m"), YearMonth.parse(text("bench.month", "2024-06")),
				decimal("bench.warmupSeconds", 3), number("bench.samples", 200), decimal("bench.sampleSeconds", 8),
				Arrays.stream(text("bench.concurrency", "8,32").split(","))
					.map(String::trim)
					.map(Integer::valueOf)
					.toList(),
				decimal("bench.concurrentSeconds", 6), text("bench.concurrentPages", "load"),
				Boolean.parseBoolean(text("bench.fatJarStart", "true")), number("bench.burstUsers", 200),
				decimal("bench.burstSeconds", 60), number("bench.readers", 200), decimal("bench.readersSeconds", 30),
				text("bench.readersPath", "/public"), number("bench.readersThinkMs", 2000),
				text("bench.pages", "classpath:bench/pages.csv"), text("bench.password", "Demo#2024"));
	}

	private static String text(String name, String fallback) {
		String value = System.getProperty(name);
		return (value == null || value.isBlank()) ? fallback : value.trim();
	}

	private static int number(String name, int fallback) {
		return Integer.parseInt(text(name, String.valueOf(fallback)));
	}

	private static double decimal(String name, double fallback) {
		return Double.parseDouble(text(name, String.valueOf(fallback)));
	}

}
