package cn.tangshan.minsheng.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh headless Chromium (Debian's {@code chromium} driven by its
 * {@code chromium-driver}, never anything downloaded) pointed at the portal, with what
 * every journey needs: log in, click and wait for the next page, screenshots at desktop
 * and phone width, axe-core checks, and the browser console.
 */
final class Browser implements AutoCloseable {

	/** Where Debian's packages put them; overridable for other machines. */
	static final Path CHROMIUM = Path.of(System.getProperty("e2e.chromium", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver"));

	static final String INSTALL = "apt-get install chromium chromium-driver fonts-noto-cjk";

	static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");

	static final Path AXE_REPORTS = Path.of("target", "e2e-axe");

	static final Dimension DESKTOP = new Dimension(1366, 900);

	static final Dimension PHONE = new Dimension(390, 844);

	static final String PASSWORD = "Demo#2024";

	/** Full-page screenshots stop here: a long review queue is not worth 30,000 px. */
	private static final int MAX_SCREENSHOT_HEIGHT = 6000;

	private static final Duration WAIT = Duration.ofSeconds(20);

	static {
		// Selenium Manager is never started (the driver's path is given), and if it were
		// it must not go online: it takes SE_* system properties as its settings.
		System.setProperty("SE_OFFLINE", "true");
		System.setProperty("SE_AVOID_STATS", "true");
	}

	private final String baseUrl;

	private final Path profile;

	private final ChromeDriver driver;

	private final WebDriverWait wait;

	Browser(String baseUrl) {
		this.baseUrl = baseUrl;
		try {
			this.profile = Files.createTempDirectory("e2e-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--no-first-run",
				"--user-data-dir=" + this.profile, "--window-size=" + DESKTOP.width + "," + DESKTOP.height,
				"--lang=zh-CN", "--disable-default-apps", "--disable-sync",
				// No smooth scrolling (Bootstrap's is off for reduced motion): a click
				// lands
				// where the element is, not where it is about to be.
				"--force-prefers-reduced-motion",
				// Pages laid out at the full 1366 or 390 px (as on a phone), and no
				// reflow
				// when a screenshot takes in more than the window.
				"--hide-scrollbars");
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		this.wait = new WebDriverWait(this.driver, WAIT);
	}

	static boolean installed() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	ChromeDriver driver() {
		return this.driver;
	}

	WebDriverWait await() {
		return this.wait;
	}

	/** Opens a page of the portal by its path, e.g. {@code /reports}. */
	Browser open(String path) {
		this.driver.get(this.baseUrl + path);
		return this;
	}

	/** The current page's path and query, e.g. {@code /reports?month=2024-06}. */
	String path() {
		URI uri = URI.create(this.driver.getCurrentUrl());
		return uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
	}

	/** Opens the login page and logs in with the demo password. */
	Browser logIn(String username) {
		open("/login");
		return logInHere(username, PASSWORD);
	}

	/** Logs in on the login page that is showing, with the demo password. */
	Browser logInHere(String username) {
		return logInHere(username, PASSWORD);
	}

	Browser logInHere(String username, String password) {
		assertThat(path()).startsWith("/login");
		type(find("#username"), username);
		type(find("#password"), password);
		clickAndWait(find("form[action$='/login'] button[type=submit]"));
		assertThat(path()).as("logged in as %s", username).doesNotStartWith("/login");
		return this;
	}

	/** Logs out with the navigation bar's button (desktop width). */
	Browser logOut() {
		clickAndWait(find("form[action$='/logout'] button[type=submit]"));
		assertThat(path()).isEqualTo("/login?logout");
		return this;
	}

	/**
	 * Forgets the session cookie, as if the session had timed out on the server: the next
	 * request comes without a session.
	 */
	Browser loseSession() {
		assertThat(this.driver.manage().getCookieNamed("JSESSIONID")).as("session cookie").isNotNull();
		this.driver.manage().deleteCookieNamed("JSESSIONID");
		return this;
	}

	WebElement find(String css) {
		return this.driver.findElement(By.cssSelector(css));
	}

	public List<WebElement> findAll(String css) {
		return this.driver.findElements(By.cssSelector(css));
	}

	String text(String css) {
		return find(css).getText();
	}

	/** A field's current value, as typed or as the server filled it in. */
	String value(String css) {
		return find(css).getDomProperty("value");
	}

	/** What a person reads on the page (visible text only). */
	String pageText() {
		return find("body").getText();
	}

	/** Replaces a field's content, as a person would. */
	Browser type(WebElement field, String text) {
		field.clear();
		field.sendKeys(text);
		return this;
	}

	Browser type(String css, String text) {
		return type(find(css), text);
	}

	Browser select(String css, String visibleText) {
		new Select(find(css)).selectByVisibleText(visibleText);
		return this;
	}

	/** Clicks something that loads a new page, and waits until that page has loaded. */
	Browser clickAndWait(WebElement element) {
		WebElement page = find("html");
		click(element);
		this.wait.until(ExpectedConditions.stalenessOf(page));
		this.wait.until((d) -> "complete".equals(this.driver.executeScript("return document.readyState")));
		return this;
	}

	Browser clickAndWait(String css) {
		return clickAndWait(find(css));
	}

	/** Brings an element to the middle of the window at once, then clicks it. */
	Browser click(WebElement element) {
		this.driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
		return this;
	}

	Browser click(String css) {
		return click(find(css));
	}

	/**
	 * Saves a screenshot of the whole page (up to 6000 px tall) at the current width as
	 * {@code target/e2e-screenshots/<name>.png}.
	 */
	Path screenshot(String name) {
		return save(name, fullPage());
	}

	/** A screenshot of one element of the page, at the current width. */
	@SuppressWarnings("unchecked")
	Path screenshotOf(String name, String css) {
		Map<String, Object> box = (Map<String, Object>) this.driver
			.executeScript(
					"window.scrollTo({ top: 0, left: 0, behavior: 'instant' });"
							+ "const r = arguments[0].getBoundingClientRect();"
							+ "return {y: r.top + window.scrollY, width: window.innerWidth, height: r.height};",
					find(css));
		double height = Math.min(((Number) box.get("height")).doubleValue(), MAX_SCREENSHOT_HEIGHT);
		return save(name,
				capture(Map.of("x", 0, "y", box.get("y"), "width", box.get("width"), "height", height, "scale", 1)));
	}

	/**
	 * The same page at a 390 px phone width, then back to the desktop; with a selector,
	 * only that part of the page (e.g. one project's form).
	 */
	Path phoneScreenshot(String name, String... css) {
		resize(PHONE);
		try {
			return (css.length > 0) ? screenshotOf(name, css[0]) : screenshot(name);
		}
		finally {
			resize(DESKTOP);
		}
	}

	/** The width the page is laid out at, in CSS pixels. */
	long viewportWidth() {
		return ((Number) this.driver.executeScript("return window.innerWidth")).longValue();
	}

	private void resize(Dimension size) {
		// A focused field would be scrolled back into view after the resize.
		this.driver.executeScript("document.activeElement?.blur()");
		this.driver.manage().window().setSize(size);
		this.wait.until((d) -> viewportWidth() == size.width);
	}

	@SuppressWarnings("unchecked")
	private byte[] fullPage() {
		try {
			this.driver.executeScript("window.scrollTo({ top: 0, left: 0, behavior: 'instant' })");
			Map<String, Object> metrics = this.driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
			Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
			double height = Math.min(((Number) content.get("height")).doubleValue(), MAX_SCREENSHOT_HEIGHT);
			return capture(Map.of("x", 0, "y", 0, "width", viewportWidth(), "height", height, "scale", 1));
		}
		catch (WebDriverException | ClassCastException | NullPointerException ex) {
			return this.driver.getScreenshotAs(OutputType.BYTES);
		}
	}

	/**
	 * A region of the page in CSS pixels, beyond the window if need be, through the
	 * Chrome DevTools Protocol as chromedriver passes it on (no Selenium CDP version has
	 * to match the browser); just the window where that fails.
	 */
	private byte[] capture(Map<String, Object> clip) {
		try {
			Map<String, Object> shot = this.driver.executeCdpCommand("Page.captureScreenshot",
					Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
			return Base64.getDecoder().decode((String) shot.get("data"));
		}
		catch (WebDriverException | ClassCastException | NullPointerException ex) {
			return this.driver.getScreenshotAs(OutputType.BYTES);
		}
	}

	private static Path save(String name, byte[] png) {
		Path file = SCREENSHOTS.resolve(name + ".png");
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(file, png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	/**
	 * Runs axe-core on the current page and fails on any serious or critical violation;
	 * all findings, of every impact, go to {@code target/e2e-axe/<name>.txt}.
	 */
	Results assertAccessible(String name) {
		Results results = new AxeBuilder().analyze(this.driver);
		List<String> lines = new ArrayList<>();
		lines.add(name + " " + this.driver.getCurrentUrl());
		for (Rule rule : results.getViolations()) {
			lines.add(describe(rule));
			rule.getNodes()
				.stream()
				.limit(10)
				.forEach((node) -> lines.add("    " + node.getTarget() + " " + node.getHtml() + "\n      "
						+ String.valueOf(node.getFailureSummary()).replace("\n", "\n      ")));
		}
		try {
			Files.createDirectories(AXE_REPORTS);
			Files.write(AXE_REPORTS.resolve(name + ".txt"), lines, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		assertThat(results.isErrored()).as("axe-core ran on %s: %s", name, results.getErrorMessage()).isFalse();
		List<String> serious = results.getViolations()
			.stream()
			.filter((rule) -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(Browser::describe)
			.toList();
		assertThat(serious)
			.as("serious or critical accessibility violations on %s (details in %s)", name,
					AXE_REPORTS.resolve(name + ".txt"))
			.isEmpty();
		return results;
	}

	private static String describe(Rule rule) {
		return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " "
				+ rule.getNodes().stream().limit(5).map((node) -> String.valueOf(node.getTarget())).toList();
	}

	/**
	 * Errors the browser reported since the last call: JavaScript errors, failed requests
	 * (a 404 on a stylesheet or script) and Content-Security-Policy violations.
	 */
	public List<String> consoleErrors() {
		return this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	/**
	 * Every stylesheet, script, icon and image of the current page (and whatever else it
	 * loaded) that its server answers with an HTTP status of 400 or more, asked again
	 * with HEAD requests: the console alone does not tell a missing stylesheet by its
	 * status (Chrome refuses the error page's MIME type instead).
	 */
	@SuppressWarnings("unchecked")
	public List<String> failedResources() {
		List<Object> failed = (List<Object>) this.driver.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const urls = new Set();
				document.querySelectorAll('link[rel~=stylesheet][href], link[rel~=icon][href]')
					.forEach((link) => urls.add(link.href));
				document.querySelectorAll('script[src], img[src]').forEach((element) => urls.add(element.src));
				performance.getEntriesByType('resource').forEach((entry) => urls.add(entry.name));
				Promise.all([...urls].filter((url) => url.startsWith(location.origin + '/')).map((url) =>
					fetch(url, { method: 'HEAD', credentials: 'same-origin' })
						.then((response) => response.status >= 400 ? response.status + ' ' + url : null,
							() => 'unreachable ' + url)))
					.then((results) => done(results.filter((result) => result !== null)));""");
		return failed.stream().map(String::valueOf).toList();
	}

	/** Saves the page's HTML next to the screenshots, for a failed test. */
	void savePage(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.writeString(SCREENSHOTS.resolve(name + ".html"), this.driver.getPageSource());
		}
		catch (IOException | WebDriverException ex) {
			// Best effort: the test's own failure is what matters.
		}
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			try (Stream<Path> files = Files.walk(this.profile)) {
				files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
			catch (IOException ex) {
				// A leftover temporary profile is harmless.
			}
		}
	}

}
