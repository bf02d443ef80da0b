package cn.tangshan.minsheng.bench;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Progress lines of a benchmark run, with the time of day. */
final class Bench {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	private Bench() {
	}

	static void log(String line) {
		System.out.println("[bench " + LocalTime.now().format(TIME) + "] " + line);
		System.out.flush();
	}

}
