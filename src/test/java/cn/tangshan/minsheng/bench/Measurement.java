package cn.tangshan.minsheng.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/**
 * One benchmark run on the prepared database: the fat jar's start-up (for information),
 * the start-up of the extracted layout the Docker image runs (measured, the portal of the
 * rest of the run), warm-up, every page one request at a time, every load page with 8 and
 * 32 users, the month-end burst, the anonymous readers, the heap; then the table.
 */
final class Measurement {

	private static final Map<String, String> ACCOUNTS = Map.of("coordinator", "fgw", "department", "zjj", "county",
			"lunan");

	private final BenchConfig config;

	private final ScaledDatabase db;

	private final Path log;

	/** The application jar of the extracted layout, as the Docker image runs it. */
	private final Path app;

	/** The repackaged fat jar, for the informational start. */
	private final Path fatJar;

	private final String base;

	private final ResultTable table = new ResultTable();

	/** Logged-in users by username (one session per account: the security policy). */
	private final Map<String, VirtualUser> sessions = new ConcurrentHashMap<>();

	private final List<String> notes = new ArrayList<>();

	Measurement(BenchConfig config, ScaledDatabase db, Path log, Path app, Path fatJar) {
		this.config = config;
		this.db = db;
		this.log = log;
		this.app = app;
		this.fatJar = fatJar;
		this.base = "http://localhost:" + config.port();
	}

	void run() throws Exception {
		long runStarted = System.nanoTime();
		Map<String, Long> sizes;
		Map<String, String> vars = new HashMap<>();
		vars.put("month", this.config.month().toString());
		try (Connection c = this.db.connect()) {
			sizes = ScaledDatabase.sizes(c);
			vars.put("project", single(c, "select p.id from project p join project_group g on g.id = p.group_id "
					+ "join plan pl on pl.id = g.plan_id where pl.status = 'ACTIVE' order by g.group_no, p.project_no limit 1"));
			vars.put("bulletin", single(c, "select b.id from bulletin b join plan pl on pl.id = b.plan_id "
					+ "where pl.status = 'ACTIVE' and b.status = 'ISSUED' order by b.number desc limit 1"));
		}
		Bench.log("Database: " + sizes);
		List<Page> pages = Page.load(this.config.pages(), vars);

		if (this.config.fatJarStart()) {
			fatJarStart();
		}
		Bench.log("Starting the portal as the Docker image does (java -Xmx" + this.config.xmx() + " -jar "
				+ this.config.dir().relativize(this.app) + ") on the scaled database");
		try (PortalProcess portal = PortalProcess.start(this.config, this.db.jdbcUrl(), this.log, this.app)) {
			Duration startup = portal.awaitReady(Duration.ofMinutes(3));
			Bench.log("Ready after " + startup.toMillis() + " ms");
			double startupSeconds = startup.toMillis() / 1000.0;
			this.table.figure(
					"start-up, extracted layout as in the Docker image (`java -jar app/" + this.app.getFileName()
							+ "`, `lib/` beside it): process start → `/actuator/health/readiness` UP",
					String.format(Locale.ROOT, "%.1f s", startupSeconds), "≤ 20 s", startupSeconds <= 20);

			List<Page> present = present(pages);
			warmUp(present);
			sequential(present);
			concurrent(present);
			burst();
			readers();
			long[] heap = portal.heapAfterGc();
			Bench.log("Heap after a full GC: " + heap[0] + " MB used, " + heap[1] + " MB committed");
			this.table.figure("heap used after a full GC (jcmd GC.run, GC.heap_info), after the load",
					heap[0] + " MB (committed " + heap[1] + " MB, -Xmx" + this.config.xmx() + ")", "≤ 512 MB",
					heap[0] >= 0 && heap[0] <= 512);
		}
		write(sizes, Duration.ofNanos(System.nanoTime() - runStarted));
	}

	/**
	 * For information, no target: the fat jar started as {@code java -jar target/….jar}
	 * (libraries read from the nested jars), on the same database and port, stopped
	 * before the measured start (never two portals at once).
	 */
	private void fatJarStart() throws Exception {
		Bench.log("Informational start of the fat jar (java -Xmx" + this.config.xmx() + " -jar "
				+ this.fatJar.getFileName() + ")");
		Duration startup;
		try (PortalProcess portal = PortalProcess.start(this.config, this.db.jdbcUrl(), this.log, this.fatJar)) {
			startup = portal.awaitReady(Duration.ofMinutes(3));
		}
		PortalProcess.awaitPortFree(this.config.port(), Duration.ofMinutes(1));
		Bench.log("Fat jar ready after " + startup.toMillis() + " ms, stopped");
		this.table.figure(
				"start-up, fat jar (`java -jar target/" + this.fatJar.getFileName()
						+ "`, nested jars; for information): process start → `/actuator/health/readiness` UP",
				String.format(Locale.ROOT, "%.1f s", startup.toMillis() / 1000.0), "", null);
	}

	/** Optional pages that do not answer 200 are left out, with a note. */
	private List<Page> present(List<Page> pages) throws Exception {
		List<Page> present = new ArrayList<>();
		for (Page page : pages) {
			if (page.optional()) {
				VirtualUser.Response r = user(page.who()).get(page.path());
				if (r.status() != 200) {
					Bench.log(page.path() + " not present (HTTP " + r.status() + ")");
					this.table.add(new ResultTable.Row("`" + page.path() + "` (" + page.who() + ")", 0, Double.NaN,
							Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, null, null, "not present"));
					continue;
				}
			}
			present.add(page);
		}
		return present;
	}

	private void warmUp(List<Page> pages) throws Exception {
		Bench.log("Warm-up: " + this.config.warmupSeconds() + " s per page (at least 3 requests)");
		for (int round = 0; round < 2; round++) {
			for (Page page : pages) {
				VirtualUser user = user(page.who());
				long end = System.nanoTime() + (long) (this.config.warmupSeconds() / 2 * 1e9);
				int n = 0;
				while (n < 2 || System.nanoTime() < end) {
					user.get(page.path());
					n++;
				}
			}
		}
	}

	/** Every page one request at a time, by its user. */
	private Map<String, Samples> sequential(List<Page> pages) throws Exception {
		Map<String, Samples> results = new LinkedHashMap<>();
		for (Page page : pages) {
			VirtualUser user = user(page.who());
			Samples s = new Samples();
			long started = System.nanoTime();
			long end = started + (long) (this.config.sampleSeconds() * 1e9);
			while (s.count() < this.config.samples() && (s.count() < 10 || System.nanoTime() < end)) {
				VirtualUser.Response r = user.get(page.path());
				s.add(r.nanos());
				s.bytes(r.body().length);
				if (r.status() != 200) {
					s.error();
				}
			}
			results.put(page.name(), s);
			Bench.log(String.format(Locale.ROOT, "1 user   %-45s n=%4d p50=%8.1f p95=%8.1f p99=%8.1f ms %8.1f KB",
					page.path(), s.count(), s.percentileMillis(50), s.percentileMillis(95), s.percentileMillis(99),
					s.lastBytes() / 1024.0));
		}
		Samples stat = results.get(Page.STATIC);
		double staticP95 = (stat != null) ? stat.percentileMillis(95) : Double.NaN;
		for (Page page : pages) {
			Samples s = results.get(page.name());
			Boolean met = null;
			if (page.hasTarget()) {
				double p95 = s.percentileMillis(95);
				boolean ok = s.errors() == 0;
				ok &= page.p95().isEmpty() || p95 <= page.p95().getAsDouble();
				ok &= page.xStatic().isEmpty() || p95 <= page.xStatic().getAsDouble() * staticP95;
				ok &= page.kb().isEmpty() || s.lastBytes() / 1024.0 <= page.kb().getAsDouble();
				met = ok;
			}
			double ratio = page.name().equals(Page.STATIC) ? Double.NaN : s.percentileMillis(95) / staticP95;
			this.table.add(ResultTable.Row.of("`" + page.path() + "` (" + page.who() + "), 1 user", s, ratio, false,
					page.targetText(), met));
		}
		return results;
	}

	/**
	 * The load pages ({@link #loadPages}) with 8 and 32 concurrent users each:
	 * throughput, p50/p99 and the throughput as a share of the static file's, measured
	 * first at every level.
	 */
	private void concurrent(List<Page> pages) throws Exception {
		List<Page> loaded = loadPages(pages, this.config.concurrentPages());
		Bench.log("Load: " + loaded.size() + " pages × " + this.config.concurrency() + " users, "
				+ this.config.concurrentSeconds() + " s each after 1 s of ramp-up");
		for (int level : this.config.concurrency()) {
			Samples staticLoad = null;
			for (Page page : loaded) {
				List<VirtualUser> users = users(page.who(), level);
				Samples s = load(users, page.path(), this.config.concurrentSeconds());
				Bench.log(String.format(Locale.ROOT,
						"%2d users %-45s n=%5d %8.1f req/s p50=%8.1f p99=%8.1f ms errors=%d", level, page.path(),
						s.count(), s.throughput(), s.percentileMillis(50), s.percentileMillis(99), s.errors()));
				boolean isStatic = page.name().equals(Page.STATIC);
				if (isStatic) {
					staticLoad = s;
				}
				double ratio = isStatic ? Double.NaN : ratio(s, staticLoad);
				String target = null;
				Boolean met = null;
				if (level == 8 && page.rpsStatic().isPresent()) {
					target = "req/s ≥ " + ResultTable.percent(page.rpsStatic().getAsDouble()) + " of static";
					met = s.errors() == 0 && !Double.isNaN(ratio) && ratio >= page.rpsStatic().getAsDouble();
				}
				this.table.add(ResultTable.Row.of("`" + page.path() + "` (" + page.who() + "), " + level + " users", s,
						ratio, true, target, met));
			}
		}
	}

	/**
	 * The pages measured under load, the static file first (every ratio is taken against
	 * it at the same level): {@code load} = those marked so in pages.csv (every page of
	 * the shipped file), {@code all} = every page, else the named ones (comma-separated).
	 */
	static List<Page> loadPages(List<Page> pages, String setting) {
		String s = setting.trim();
		List<String> names = List.of(s.split("\\s*,\\s*"));
		List<Page> loaded = new ArrayList<>();
		pages.stream().filter((p) -> p.name().equals(Page.STATIC)).findFirst().ifPresent(loaded::add);
		for (Page page : pages) {
			boolean wanted = s.equalsIgnoreCase("all")
					|| (s.equalsIgnoreCase("load") ? page.load() : names.contains(page.name()));
			if (wanted && !page.name().equals(Page.STATIC)) {
				loaded.add(page);
			}
		}
		return loaded;
	}

	/**
	 * A page's throughput as a share of the static file's at the same level, NaN without
	 * one.
	 */
	static double ratio(Samples page, Samples staticLoad) {
		if (staticLoad == null || staticLoad.throughput() <= 0) {
			return Double.NaN;
		}
		return page.throughput() / staticLoad.throughput();
	}

	/**
	 * Closed loop: every user sends its next request as soon as the last one is answered,
	 * until the end of the window, which begins after one second of ramp-up. Every
	 * request that overlaps the window gives a response time; it counts for the
	 * throughput with the share of its time inside the window ({@link Samples#share}), so
	 * a page slower than the window is measured as well as a fast one. Requests still
	 * running at the window's end are awaited (then the next page starts on an idle
	 * portal).
	 */
	private Samples load(List<VirtualUser> users, String path, double seconds) throws Exception {
		Samples s = new Samples();
		long windowStart = System.nanoTime() + 1_000_000_000L;
		long windowEnd = windowStart + (long) (seconds * 1e9);
		ExecutorService pool = Executors.newFixedThreadPool(users.size());
		try {
			List<Future<?>> running = new ArrayList<>();
			for (VirtualUser user : users) {
				running.add(pool.submit(() -> {
					while (System.nanoTime() < windowEnd) {
						long started = System.nanoTime();
						VirtualUser.Response r;
						try {
							r = user.get(path);
						}
						catch (Exception ex) {
							if (System.nanoTime() >= windowStart) {
								s.error();
							}
							continue;
						}
						long ended = started + r.nanos();
						double share = Samples.share(started, ended, windowStart, windowEnd);
						if (share > 0) {
							s.add(r.nanos(), share);
							s.bytes(r.body().length);
							if (r.status() != 200) {
								s.error();
							}
						}
					}
					return null;
				}));
			}
			for (Future<?> f : running) {
				f.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		s.elapsed(windowEnd - windowStart);
		return s;
	}

	/**
	 * Month-end burst: every county account (up to bench.burstUsers) opens its form for
	 * the open month, saves its last open project's report as a draft and submits it, as
	 * the browser posts it (every field of the form, CSRF token and version included),
	 * each redirect followed as the browser does. The users start evenly spread over
	 * bench.burstSeconds. An error: a status other than 2xx/3xx, a save or submit that
	 * does not redirect (the form came back with a message), no open form, a project that
	 * can still be submitted after its submit.
	 */
	private void burst() throws Exception {
		List<String> counties = new ArrayList<>();
		try (Connection c = this.db.connect();
				Statement st = c.createStatement();
				ResultSet rs = st.executeQuery("select a.username from user_account a join unit u on u.id = a.unit_id "
						+ "where a.role = 'COUNTY' and a.username = u.code and u.active order by u.sort_order limit "
						+ this.config.burstUsers())) {
			while (rs.next()) {
				counties.add(rs.getString(1));
			}
		}
		Bench.log("Burst: logging in " + counties.size() + " county accounts (not measured)");
		ExecutorService login = Executors.newFixedThreadPool(2);
		List<Future<VirtualUser>> logins = new ArrayList<>();
		for (String name : counties) {
			logins.add(login.submit(() -> session(name)));
		}
		List<VirtualUser> users = new ArrayList<>();
		for (Future<VirtualUser> f : logins) {
			users.add(f.get());
		}
		login.shutdown();

		String month = this.config.month().toString();
		Samples all = new Samples();
		Map<String, Samples> steps = new LinkedHashMap<>();
		for (String step : List.of("open form", "save draft", "form after save", "submit", "form after submit")) {
			steps.put(step, new Samples());
		}
		AtomicInteger failedUsers = new AtomicInteger();
		List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
		Bench.log("Burst: " + users.size() + " users within " + this.config.burstSeconds() + " s");
		ExecutorService pool = Executors.newFixedThreadPool(users.size());
		long started = System.nanoTime();
		List<Future<?>> running = new ArrayList<>();
		for (int i = 0; i < users.size(); i++) {
			VirtualUser user = users.get(i);
			long startAt = started + (long) (i * this.config.burstSeconds() * 1e9 / users.size());
			running.add(pool.submit(() -> {
				long wait = startAt - System.nanoTime();
				if (wait > 0) {
					TimeUnit.NANOSECONDS.sleep(wait);
				}
				String problem = monthEnd(user, month, all, steps);
				if (problem != null) {
					failedUsers.incrementAndGet();
					problems.add(user.name() + ": " + problem);
				}
				return null;
			}));
		}
		for (Future<?> f : running) {
			f.get();
		}
		pool.shutdown();
		all.elapsed(System.nanoTime() - started);
		Bench.log(String.format(Locale.ROOT, "Burst: n=%d p50=%.1f p95=%.1f p99=%.1f ms, errors=%d, users failed=%d",
				all.count(), all.percentileMillis(50), all.percentileMillis(95), all.percentileMillis(99), all.errors(),
				failedUsers.get()));
		problems.stream().limit(10).forEach((p) -> Bench.log("  " + p));
		if (!problems.isEmpty()) {
			this.notes.add("Burst errors (first " + Math.min(5, problems.size()) + "): "
					+ String.join("; ", problems.subList(0, Math.min(5, problems.size()))));
		}
		boolean met = all.errors() == 0 && all.percentileMillis(99) <= 300;
		this.table.add(ResultTable.Row.of(
				"month-end burst: " + users.size() + " counties open, save, submit within "
						+ ResultTable.number(this.config.burstSeconds(), 0) + " s (all requests)",
				all, Double.NaN, true, "p99 ≤ 300 ms; 0 errors", met));
		for (Map.Entry<String, Samples> step : steps.entrySet()) {
			this.table.add(ResultTable.Row.of("  burst step: " + step.getKey(), step.getValue(), Double.NaN, false,
					null, null));
		}
	}

	/** One county's month-end: the problem when something went wrong, else null. */
	private static String monthEnd(VirtualUser user, String month, Samples all, Map<String, Samples> steps) {
		try {
			String formPath = "/reports?month=" + month;
			VirtualUser.Response page = timed(user.get(formPath), all, steps.get("open form"));
			if (page.status() != 200) {
				return "form " + page.status();
			}
			FormElement form = lastOpenForm(page.text());
			if (form == null) {
				all.error();
				return "no open project on the form";
			}
			String action = form.attr("action");
			VirtualUser.Response saved = timed(user.post(action, fill(form, "save")), all, steps.get("save draft"));
			if (saved.status() != 302) {
				all.error();
				return "save answered " + saved.status() + " " + feedback(saved.text());
			}
			page = timed(user.get(path(saved.location())), all, steps.get("form after save"));
			FormElement again = formWithAction(page.text(), action);
			if (again == null) {
				all.error();
				return "saved project gone from the form";
			}
			VirtualUser.Response submitted = timed(user.post(action, fill(again, "submit")), all, steps.get("submit"));
			if (submitted.status() != 302) {
				all.error();
				return "submit answered " + submitted.status() + " " + feedback(submitted.text());
			}
			page = timed(user.get(path(submitted.location())), all, steps.get("form after submit"));
			FormElement after = formWithAction(page.text(), action);
			if (after != null && after.selectFirst("button[value=submit]") != null) {
				all.error();
				return "still open after the submit";
			}
			return null;
		}
		catch (Exception ex) {
			all.error();
			return ex.toString();
		}
	}

	private static VirtualUser.Response timed(VirtualUser.Response r, Samples all, Samples step) {
		all.add(r.nanos());
		step.add(r.nanos());
		if (!r.ok()) {
			all.error();
			step.error();
		}
		return r;
	}

	/** The last project's form on a month's page that can still be submitted. */
	static FormElement lastOpenForm(String html) {
		Document doc = Jsoup.parse(html);
		FormElement last = null;
		for (Element form : doc.select("form[action~=^/reports/\\d+$]")) {
			if (form instanceof FormElement f && form.selectFirst("button[value=submit]") != null) {
				last = f;
			}
		}
		return last;
	}

	private static FormElement formWithAction(String html, String action) {
		for (Element form : Jsoup.parse(html).select("form[action=" + action + "]")) {
			if (form instanceof FormElement f) {
				return f;
			}
		}
		return null;
	}

	/**
	 * What the browser posts for the form: every field as it stands (hidden month,
	 * version and CSRF token included), an empty figure typed as last month's approved
	 * one (0 when there is none), empty texts filled in, and the pressed button's action.
	 */
	static List<Map.Entry<String, String>> fill(FormElement form, String action) {
		List<Map.Entry<String, String>> data = new ArrayList<>();
		for (org.jsoup.Connection.KeyVal kv : form.formData()) {
			String name = kv.key();
			String value = kv.value();
			if (value.isEmpty() && name.matches("v\\d+")) {
				Element input = form.selectFirst("input[name=" + name + "]");
				Element row = (input != null) ? input.closest("tr") : null;
				String last = (row != null && row.select("td").size() > 2) ? row.select("td").get(2).text() : "";
				value = last.matches("[0-9]+(\\.[0-9]+)?") ? last : "0";
			}
			else if (value.isEmpty() && name.equals("progress")) {
				value = "截至本月底，各项工作按计划有序推进，月末集中报送。";
			}
			else if (value.isEmpty() && name.equals("problems")) {
				value = "暂无突出问题。";
			}
			else if (value.isEmpty() && name.equals("nextSteps")) {
				value = "加强调度，确保按期完成年度任务。";
			}
			data.add(Map.entry(name, value));
		}
		data.add(Map.entry("action", action));
		return data;
	}

	private static String feedback(String html) {
		Document doc = Jsoup.parse(html);
		String text = doc.select(".invalid-feedback, .alert-danger, .alert-warning").text();
		return text.length() > 200 ? text.substring(0, 200) : text;
	}

	private static String path(String location) {
		if (location == null) {
			return "/";
		}
		String path = location.replaceFirst("^https?://[^/]+", "");
		int hash = path.indexOf('#');
		return (hash >= 0) ? path.substring(0, hash) : path;
	}

	/**
	 * Anonymous readers: bench.readers clients, each with its own cookies, on
	 * bench.readersPath (the public page of #15) or, while that does not answer 200,
	 * {@code /login}; each waits a random 0 to bench.readersThinkMs between requests.
	 */
	private void readers() throws Exception {
		String path = this.config.readersPath();
		VirtualUser probe = new VirtualUser(this.base, "probe", null);
		int status = probe.get(path).status();
		String note = null;
		if (status != 200) {
			note = path + " not present (HTTP " + status + "): /login measured instead";
			Bench.log(note);
			this.notes.add(note);
			path = "/login";
		}
		int n = this.config.readers();
		List<VirtualUser> users = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			users.add(new VirtualUser(this.base, "reader" + i, null));
		}
		Samples s = new Samples();
		int think = this.config.readersThinkMs();
		long windowStart = System.nanoTime() + 2_000_000_000L;
		long windowEnd = windowStart + (long) (this.config.readersSeconds() * 1e9);
		String measured = path;
		ExecutorService pool = Executors.newFixedThreadPool(n);
		List<Future<?>> running = new ArrayList<>();
		for (VirtualUser user : users) {
			running.add(pool.submit(() -> {
				Thread.sleep(ThreadLocalRandom.current().nextInt(think + 1));
				while (System.nanoTime() < windowEnd) {
					long started = System.nanoTime();
					try {
						VirtualUser.Response r = user.get(measured);
						if (started >= windowStart && started + r.nanos() <= windowEnd) {
							s.add(r.nanos());
							s.bytes(r.body().length);
							if (r.status() != 200) {
								s.error();
							}
						}
					}
					catch (IOException ex) {
						if (started >= windowStart) {
							s.error();
						}
					}
					Thread.sleep(ThreadLocalRandom.current().nextInt(think + 1));
				}
				return null;
			}));
		}
		for (Future<?> f : running) {
			f.get();
		}
		pool.shutdownNow();
		s.elapsed(windowEnd - windowStart);
		Bench.log(String.format(Locale.ROOT,
				"Readers: %d on %s n=%d %.1f req/s p50=%.1f p95=%.1f p99=%.1f ms errors=%d", n, measured, s.count(),
				s.throughput(), s.percentileMillis(50), s.percentileMillis(95), s.percentileMillis(99), s.errors()));
		boolean isPublic = note == null;
		this.table.add(ResultTable.Row.of(n + " anonymous readers on `" + measured + "` (think 0–" + think + " ms)", s,
				Double.NaN, true, isPublic ? "p99 ≤ 100 ms" : "p99 ≤ 100 ms on `/public` (not present)",
				isPublic ? (s.errors() == 0 && s.percentileMillis(99) <= 100) : null));
	}

	/** The user of a page: a logged-in account, or a fresh anonymous client. */
	private VirtualUser user(String who) throws Exception {
		if (who.equals("anonymous")) {
			return this.sessions.computeIfAbsent("(anonymous)", (k) -> new VirtualUser(this.base, k, null));
		}
		String username = ACCOUNTS.get(who);
		if (username == null) {
			throw new IllegalArgumentException("Unknown user kind in the page list: " + who);
		}
		return session(username);
	}

	/**
	 * Users for a load level: anonymous clients of their own; for the coordinator's pages
	 * bfgw01… (one coordinator account each, made by the generator); others share their
	 * page's one session (one session per account).
	 */
	private List<VirtualUser> users(String who, int level) throws Exception {
		List<VirtualUser> users = new ArrayList<>();
		for (int i = 1; i <= level; i++) {
			if (who.equals("anonymous")) {
				// one client each, kept for the next page and level (its own cookies)
				users.add(this.sessions.computeIfAbsent("(anonymous " + i + ")",
						(k) -> new VirtualUser(this.base, k, null)));
			}
			else if (who.equals("coordinator")) {
				users.add(session(String.format(Locale.ROOT, "bfgw%02d", i)));
			}
			else {
				users.add(user(who));
			}
		}
		return users;
	}

	private VirtualUser session(String username) throws Exception {
		VirtualUser user = this.sessions.get(username);
		if (user == null) {
			user = new VirtualUser(this.base, username, null);
			user.logIn(username, this.config.password());
			this.sessions.put(username, user);
		}
		return user;
	}

	private static String single(Connection c, String sql) throws Exception {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			return rs.next() ? rs.getString(1) : "0";
		}
	}

	private void write(Map<String, Long> sizes, Duration took) throws IOException {
		StringBuilder md = new StringBuilder();
		md.append("# Benchmark ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append("\n\n");
		md.append("- machine: ").append(Machine.describe()).append('\n');
		md.append("- portal: ")
			.append(Machine.git())
			.append(", `java -Xmx")
			.append(this.config.xmx())
			.append(" -jar app/")
			.append(this.app.getFileName())
			.append("` (the jar extracted as in the Docker image), dev default profile (demo clock 2024-07-03 09:00)\n");
		md.append("- database: ").append(sizes).append('\n');
		md.append(String.format(Locale.ROOT,
				"- settings: warm-up %.0f s/page, up to %d samples or %.0f s per page one at a time (at least 10), "
						+ "every load page with %s users × %.0f s, burst %d users in %.0f s, %d readers × %.0f s; "
						+ "whole run %d s%n",
				this.config.warmupSeconds(), this.config.samples(), this.config.sampleSeconds(),
				this.config.concurrency(), this.config.concurrentSeconds(), this.config.burstUsers(),
				this.config.burstSeconds(), this.config.readers(), this.config.readersSeconds(), took.toSeconds()));
		md.append("- × static: p95 over the static file's p95 (1 user); under load req/s as a share of the static "
				+ "file's req/s at the same number of users (requests counted by their share of time in the "
				+ "window)\n");
		for (String note : this.notes) {
			md.append("- note: ").append(note).append('\n');
		}
		md.append('\n').append(this.table.markdown());
		String text = md.toString();
		Files.writeString(this.config.dir().resolve("results.md"), text);
		Files.writeString(this.config.dir().resolve("results.csv"), this.table.csv());
		System.out.println();
		System.out.println(text);
		Bench.log("Written to " + this.config.dir().resolve("results.md") + " and results.csv");
	}

	/** What the figures were measured on. */
	static final class Machine {

		private Machine() {
		}

		static String describe() {
			String cpu = "";
			try {
				cpu = Files.readAllLines(Path.of("/proc/cpuinfo"))
					.stream()
					.filter((l) -> l.startsWith("model name"))
					.findFirst()
					.map((l) -> l.substring(l.indexOf(':') + 1).trim())
					.orElse("");
			}
			catch (IOException ex) {
				// not Linux
			}
			long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
				.getTotalMemorySize() / (1024 * 1024 * 1024);
			return Runtime.getRuntime().availableProcessors() + " cores " + cpu + ", " + memory + " GB RAM, Java "
					+ System.getProperty("java.version") + " " + System.getProperty("os.name");
		}

		static String git() {
			try {
				Process p = new ProcessBuilder("git", "log", "-1", "--format=%h %s").redirectErrorStream(true).start();
				String out = new String(p.getInputStream().readAllBytes()).trim();
				p.waitFor();
				return "commit " + (out.length() > 80 ? out.substring(0, 80) + "…" : out);
			}
			catch (IOException | InterruptedException ex) {
				return "commit unknown";
			}
		}

	}

}
