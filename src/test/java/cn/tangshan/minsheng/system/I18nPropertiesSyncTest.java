package cn.tangshan.minsheng.system;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.attoparser.AbstractMarkupHandler;
import org.attoparser.MarkupParser;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps all user-facing text in the message bundles: every locale has exactly the keys of
 * the default (Simplified Chinese) bundle, templates carry no literal text, and every key
 * a template names exists. In the spirit of spring-petclinic's test of the same name, but
 * templates are read with the parser Thymeleaf itself uses, so comments, scripts and
 * {@code th:text} bodies are told apart from text a user would see.
 */
class I18nPropertiesSyncTest {

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final Path TEMPLATES = RESOURCES.resolve("templates");

	private static final String DEFAULT_BUNDLE = "messages.properties";

	// The portal promises these locales; without this a deleted bundle would pass.
	private static final Set<String> REQUIRED_BUNDLES = Set.of("messages_en.properties", "messages_zh_TW.properties");

	private static final Pattern LOCALE_BUNDLE = Pattern.compile("messages_.+\\.properties");

	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");

	private static final Set<String> TEXT_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label", "label");

	// Attributes whose element body never reaches the page as written.
	private static final Set<String> BODY_REPLACING_ATTRIBUTES = Set.of("th:text", "th:utext", "data-th-text",
			"data-th-utext", "th:replace", "th:insert", "data-th-replace", "data-th-insert", "sec:authentication");

	private static final Set<String> NON_TEXT_ELEMENTS = Set.of("script", "style");

	// Letters of any script (Latin, CJK, ...); digits, punctuation and symbols like — · |
	// may stay in templates.
	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private static final Pattern ENTITY = Pattern.compile("&(?:[a-zA-Z][a-zA-Z0-9]*|#\\d+|#[xX][0-9a-fA-F]+);");

	private static final Pattern INLINED_EXPRESSION = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);

	// #{some.key} or #{some.key(...)}; dynamic keys (#{'role.' + ${r}}, #{${message}}) do
	// not match and are not checked.
	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{\\s*([\\w.-]+)\\s*[}(]");

	@Test
	void everyLocaleHasExactlyTheKeysOfTheDefaultBundle() throws IOException {
		Properties defaults = load(RESOURCES.resolve(DEFAULT_BUNDLE));
		Map<String, Properties> locales = new TreeMap<>();
		try (Stream<Path> files = Files.list(RESOURCES)) {
			for (Path file : files.filter((f) -> LOCALE_BUNDLE.matcher(f.getFileName().toString()).matches())
				.toList()) {
				locales.put(file.getFileName().toString(), load(file));
			}
		}
		List<String> problems = new ArrayList<>();
		new TreeSet<>(REQUIRED_BUNDLES).stream()
			.filter((name) -> !locales.containsKey(name))
			.forEach((name) -> problems.add(name + " is missing"));
		locales.forEach((name, bundle) -> {
			Set<String> missing = new TreeSet<>(defaults.stringPropertyNames());
			missing.removeAll(bundle.stringPropertyNames());
			missing.forEach((key) -> problems.add(name + " lacks " + key));
			Set<String> extra = new TreeSet<>(bundle.stringPropertyNames());
			extra.removeAll(defaults.stringPropertyNames());
			extra.forEach((key) -> problems.add(name + " has " + key + ", which " + DEFAULT_BUNDLE + " lacks"));
			for (String key : new TreeSet<>(defaults.stringPropertyNames())) {
				String value = bundle.getProperty(key);
				if (value != null && !arguments(value).equals(arguments(defaults.getProperty(key)))) {
					problems.add(name + " " + key + " uses arguments " + arguments(value) + " but " + DEFAULT_BUNDLE
							+ " uses " + arguments(defaults.getProperty(key)));
				}
			}
		});
		assertThat(problems).withFailMessage(() -> "Message bundles out of sync:\n  " + String.join("\n  ", problems))
			.isEmpty();
	}

	@Test
	void templatesHaveNoLiteralText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Template template : templates()) {
			template.literals().forEach((literal) -> problems.add(template.name() + ":" + literal));
		}
		assertThat(problems)
			.withFailMessage(() -> "Literal text in templates (use th:text=\"#{...}\" or th:<attribute>=\"#{...}\" "
					+ "and a key in the message bundles):\n  " + String.join("\n  ", problems))
			.isEmpty();
	}

	@Test
	void templatesNameOnlyExistingMessageKeys() throws IOException {
		Set<String> keys = load(RESOURCES.resolve(DEFAULT_BUNDLE)).stringPropertyNames();
		List<String> problems = new ArrayList<>();
		for (Template template : templates()) {
			template.keys()
				.stream()
				.filter((reference) -> !keys.contains(reference.key()))
				.forEach((reference) -> problems
					.add(template.name() + ":" + reference.line() + ": #{" + reference.key() + "}"));
		}
		assertThat(problems)
			.withFailMessage(
					() -> "Message keys missing from " + DEFAULT_BUNDLE + ":\n  " + String.join("\n  ", problems))
			.isEmpty();
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	private static Set<String> arguments(String message) {
		Set<String> arguments = new TreeSet<>();
		Matcher matcher = ARGUMENT.matcher(message);
		while (matcher.find()) {
			arguments.add(matcher.group(1));
		}
		return arguments;
	}

	private static List<Template> templates() throws IOException {
		List<Template> templates = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".html")).sorted().toList()) {
				templates.add(Template.scan(TEMPLATES.relativize(file).toString(), Files.readString(file)));
			}
		}
		return templates;
	}

	private static boolean hasLetters(String text) {
		return LETTER.matcher(ENTITY.matcher(text).replaceAll("")).find();
	}

	private static String snippet(String text) {
		String collapsed = text.strip().replaceAll("\\s+", " ");
		return (collapsed.length() > 80) ? collapsed.substring(0, 77) + "..." : collapsed;
	}

	record KeyReference(String key, int line) {
	}

	/**
	 * What one template shows literally and which message keys it names.
	 */
	record Template(String name, List<String> literals, List<KeyReference> keys) {

		static Template scan(String name, String markup) {
			Template template = new Template(name, new ArrayList<>(), new ArrayList<>());
			try {
				new MarkupParser(ParseConfiguration.htmlConfiguration()).parse(markup, template.new Scanner());
			}
			catch (ParseException ex) {
				throw new IllegalStateException("Cannot parse template " + name, ex);
			}
			return template;
		}

		private void collectKeys(String expression, int line) {
			Matcher matcher = MESSAGE_KEY.matcher(expression);
			while (matcher.find()) {
				this.keys.add(new KeyReference(matcher.group(1), line));
			}
		}

		/**
		 * Follows the open elements to know whether text is rendered as written. Comments
		 * are never reported, so they are ignored.
		 */
		private final class Scanner extends AbstractMarkupHandler {

			private final Deque<Element> open = new ArrayDeque<>();

			private Element starting;

			@Override
			public void handleOpenElementStart(char[] buffer, int nameOffset, int nameLen, int line, int col) {
				start(new String(buffer, nameOffset, nameLen));
			}

			@Override
			public void handleOpenElementEnd(char[] buffer, int nameOffset, int nameLen, int line, int col) {
				this.open.push(this.starting);
			}

			@Override
			public void handleAutoOpenElementStart(char[] buffer, int nameOffset, int nameLen, int line, int col) {
				start(new String(buffer, nameOffset, nameLen));
			}

			@Override
			public void handleAutoOpenElementEnd(char[] buffer, int nameOffset, int nameLen, int line, int col) {
				this.open.push(this.starting);
			}

			@Override
			public void handleStandaloneElementStart(char[] buffer, int nameOffset, int nameLen, boolean minimized,
					int line, int col) {
				start(new String(buffer, nameOffset, nameLen));
			}

			@Override
			public void handleCloseElementEnd(char[] buffer, int nameOffset, int nameLen, int line, int col) {
				close(new String(buffer, nameOffset, nameLen));
			}

			@Override
			public void handleAutoCloseElementEnd(char[] buffer, int nameOffset, int nameLen, int line, int col) {
				close(new String(buffer, nameOffset, nameLen));
			}

			@Override
			public void handleAttribute(char[] buffer, int nameOffset, int nameLen, int nameLine, int nameCol,
					int operatorOffset, int operatorLen, int operatorLine, int operatorCol, int valueContentOffset,
					int valueContentLen, int valueOuterOffset, int valueOuterLen, int valueLine, int valueCol) {
				String attribute = new String(buffer, nameOffset, nameLen).toLowerCase(Locale.ROOT);
				String value = new String(buffer, valueContentOffset, valueContentLen);
				if (BODY_REPLACING_ATTRIBUTES.contains(attribute)) {
					this.starting = this.starting.silenced();
				}
				if (TEXT_ATTRIBUTES.contains(attribute) && hasLetters(value)) {
					literals().add(nameLine + ": " + attribute + "=\"" + snippet(value) + "\"");
				}
				collectKeys(value, valueLine);
			}

			@Override
			public void handleText(char[] buffer, int offset, int len, int line, int col) {
				if (!this.open.isEmpty() && this.open.peek().silent()) {
					return;
				}
				String text = new String(buffer, offset, len);
				int textLine = line + (int) text.substring(0, text.length() - text.stripLeading().length())
					.chars()
					.filter((c) -> c == '\n')
					.count();
				Matcher inlined = INLINED_EXPRESSION.matcher(text);
				while (inlined.find()) {
					collectKeys(inlined.group(), textLine);
				}
				String shown = INLINED_EXPRESSION.matcher(text).replaceAll("");
				if (hasLetters(shown)) {
					literals().add(textLine + ": text \"" + snippet(shown) + "\"");
				}
			}

			private void start(String elementName) {
				String lowerCase = elementName.toLowerCase(Locale.ROOT);
				boolean parentSilent = !this.open.isEmpty() && this.open.peek().silent();
				this.starting = new Element(lowerCase, parentSilent || NON_TEXT_ELEMENTS.contains(lowerCase));
			}

			private void close(String elementName) {
				String lowerCase = elementName.toLowerCase(Locale.ROOT);
				if (this.open.stream().anyMatch((element) -> element.name().equals(lowerCase))) {
					while (!this.open.pop().name().equals(lowerCase)) {
						// drop elements the markup left unclosed
					}
				}
			}

		}

	}

	record Element(String name, boolean silent) {

		Element silenced() {
			return new Element(this.name, true);
		}

	}

}
