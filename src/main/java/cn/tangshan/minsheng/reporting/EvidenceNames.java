package cn.tangshan.minsheng.reporting;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The name an evidence file is stored and downloaded under, made from the name the
 * browser sent: no path, no control characters, none of the characters Windows forbids in
 * file names, not too long, and an extension that matches what the file really is.
 */
final class EvidenceNames {

	/** Characters (code points) kept of the name before the extension. */
	static final int MAX_BASE_LENGTH = 100;

	// Control and format characters (e.g. U+202E, which reverses how "gpj.exe" reads),
	// unassigned, private-use and lone surrogates, and what Windows forbids.
	private static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cn}\\p{Co}\\p{Cs}\\\\/:*?\"<>|]");

	private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

	private static final Pattern EXTENSION = Pattern.compile("\\.[A-Za-z][A-Za-z0-9]{0,4}$");

	private static final Pattern EDGES = Pattern.compile("^[.\\s]+|[.\\s]+$");

	private EvidenceNames() {
	}

	/**
	 * The safe name for a file of the given type, or null when nothing usable is left of
	 * the original name.
	 */
	static String of(String original, EvidenceType type) {
		String base = base(original);
		return base.isEmpty() ? null : base + "." + type.extension();
	}

	static String base(String original) {
		if (original == null) {
			return "";
		}
		String name = Normalizer.normalize(original, Normalizer.Form.NFC);
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = UNSAFE.matcher(name).replaceAll("");
		name = SPACES.matcher(name).replaceAll(" ").strip();
		name = EXTENSION.matcher(name).replaceFirst("");
		name = EDGES.matcher(name).replaceAll("");
		if (name.codePointCount(0, name.length()) > MAX_BASE_LENGTH) {
			name = name.substring(0, name.offsetByCodePoints(0, MAX_BASE_LENGTH));
			name = EDGES.matcher(name).replaceAll("");
		}
		return name;
	}

}
