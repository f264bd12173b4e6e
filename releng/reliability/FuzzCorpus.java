import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes a corpus of damaged contact and calendar files, the same for the same seed:
 * {@code java FuzzCorpus.java --files N --seed S --out DIR FIXTURE_FOLDER...}. Each file is one of the project's own
 * fixtures (.csv, .vcf, .ics in the folders given) with one to three damages: cut short, another encoding (UTF-16,
 * Latin-1), binary noise, a field of a few megabytes, an unbalanced quote, byte order marks inside, no newline at
 * the end or none at all, lines folded every few characters, components nested thousands deep, absurd numbers and
 * repeat rules, repeated or missing lines. Writes DIR/corpus.tsv: a file a line, its name, then the command and
 * arguments to import it with (tab separated).
 */
public final class FuzzCorpus {

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
	private static final byte[] UTF16_BOM = { (byte) 0xFF, (byte) 0xFE };
	private static final String[] DAMAGES = { "cut", "utf16", "latin1", "noise", "binary", "quote", "bom", "no-eol",
			"one-line", "folded", "absurd", "repeat", "drop", "crlf", "huge", "nested", "empty" };

	private final Random random;

	private FuzzCorpus(long seed) {
		this.random = new Random(seed);
	}

	public static void main(String[] args) throws IOException {
		int files = 300;
		long seed = 1;
		Path out = null;
		List<Path> fixtures = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--files" -> files = Integer.parseInt(args[++i]);
			case "--seed" -> seed = Long.parseLong(args[++i]);
			case "--out" -> out = Path.of(args[++i]);
			default -> fixtures.addAll(fixtures(Path.of(args[i])));
			}
		}
		if (out == null || fixtures.isEmpty()) {
			System.err.println("Usage: java FuzzCorpus.java --files N --seed S --out DIR FIXTURE_FOLDER...");
			System.exit(2);
		}
		Files.createDirectories(out);
		new FuzzCorpus(seed).write(fixtures, files, out);
	}

	private static List<Path> fixtures(Path folder) throws IOException {
		try (Stream<Path> all = Files.list(folder)) {
			return all.filter(p -> p.toString().matches(".*\\.(csv|vcf|ics)$")).sorted().toList();
		}
	}

	private void write(List<Path> fixtures, int count, Path out) throws IOException {
		StringBuilder manifest = new StringBuilder();
		for (int n = 1; n <= count; n++) {
			Path base = fixtures.get(random.nextInt(fixtures.size()));
			String name = base.getFileName().toString();
			String ext = name.substring(name.lastIndexOf('.') + 1);
			byte[] data = Files.readAllBytes(base);
			List<String> done = new ArrayList<>();
			int damages = 1 + random.nextInt(3);
			for (int d = 0; d < damages; d++) {
				done.add(pick());
			}
			// The huge value last: repeating or re-encoding megabytes would only make the corpus slow to write.
			done.sort(java.util.Comparator.comparing("huge"::equals));
			for (String damage : done) {
				data = damage(damage, data, ext);
			}
			String file = String.format("%04d-%s-%s.%s", n, name.substring(0, name.lastIndexOf('.')),
					String.join("+", done), ext);
			try (OutputStream o = Files.newOutputStream(out.resolve(file))) {
				o.write(data);
			}
			manifest.append(file).append('\t').append(command(ext)).append('\n');
		}
		Files.writeString(out.resolve("corpus.tsv"), manifest, StandardCharsets.UTF_8);
	}

	/** The rare damages (a huge field, deep nesting, an empty file) come less often, to keep the corpus small. */
	private String pick() {
		String damage = DAMAGES[random.nextInt(DAMAGES.length)];
		if (List.of("huge", "nested", "empty").contains(damage) && random.nextInt(3) != 0) {
			return DAMAGES[random.nextInt(DAMAGES.length - 3)];
		}
		return damage;
	}

	/** Contacts under each duplicate rule, sometimes strict; calendars as they come. */
	private String command(String ext) {
		if (ext.equals("ics")) {
			return "calendar-import";
		}
		String[] duplicates = { "skip", "merge", "create", "create" };
		return "import-contacts\t--on-duplicate\t" + duplicates[random.nextInt(duplicates.length)]
				+ (random.nextInt(5) == 0 ? "\t--strict" : "");
	}

	private byte[] damage(String damage, byte[] data, String ext) {
		return switch (damage) {
		case "cut" -> Arrays.copyOf(data, data.length == 0 ? 0 : random.nextInt(data.length));
		case "utf16" -> utf16(text(data));
		case "latin1" -> text(data).replace('e', 'é').replace('u', 'ü').getBytes(StandardCharsets.ISO_8859_1);
		case "noise" -> noise(data);
		case "binary" -> insert(data, random.nextInt(data.length + 1), bytes(16 + random.nextInt(4096)));
		case "quote" -> insert(data, random.nextInt(data.length + 1), new byte[] { '"' });
		case "bom" -> insert(data, lineStart(data), random.nextBoolean() ? UTF8_BOM : UTF16_BOM);
		case "no-eol" -> text(data).stripTrailing().getBytes(StandardCharsets.UTF_8);
		case "one-line" -> text(data).replace("\r", "").replace('\n', random.nextBoolean() ? '\r' : ' ')
				.getBytes(StandardCharsets.UTF_8);
		case "folded" -> folded(text(data), ext);
		case "absurd" -> absurd(text(data), ext);
		case "repeat" -> repeat(text(data));
		case "drop" -> drop(text(data));
		case "crlf" -> text(data).replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
		case "huge" -> huge(data, ext);
		case "nested" -> nested(text(data), ext);
		case "empty" -> random.nextBoolean() ? new byte[0] : firstLine(data);
		default -> throw new IllegalArgumentException(damage);
		};
	}

	/** Bytes as UTF-8 text; what is not UTF-8 becomes U+FFFD, as damaged files are read by people too. */
	private static String text(byte[] data) {
		return new String(data, StandardCharsets.UTF_8);
	}

	private byte[] utf16(String text) {
		return switch (random.nextInt(3)) {
		case 0 -> text.getBytes(StandardCharsets.UTF_16); // big-endian with a byte order mark
		case 1 -> text.getBytes(StandardCharsets.UTF_16LE); // no mark, as some exports write it
		default -> concat(UTF16_BOM, text.getBytes(StandardCharsets.UTF_16LE));
		};
	}

	private byte[] noise(byte[] data) {
		byte[] copy = data.clone();
		for (int i = 0, n = 1 + random.nextInt(20); i < n && copy.length > 0; i++) {
			copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
		}
		return copy;
	}

	private byte[] bytes(int length) {
		byte[] b = new byte[length];
		random.nextBytes(b);
		return b;
	}

	private int lineStart(byte[] data) {
		List<Integer> starts = new ArrayList<>(List.of(0));
		for (int i = 0; i < data.length - 1; i++) {
			if (data[i] == '\n') {
				starts.add(i + 1);
			}
		}
		// Mostly at the start of a line, sometimes in the middle of one.
		return random.nextBoolean() ? starts.get(random.nextInt(starts.size())) : random.nextInt(data.length + 1);
	}

	/** vCard and iCalendar lines folded every one to three characters; a CSV field broken over many lines. */
	private byte[] folded(String text, String ext) {
		if (ext.equals("csv")) {
			String[] lines = text.split("\n", -1);
			int at = lines.length > 1 ? 1 + random.nextInt(lines.length - 1) : 0;
			lines[at] = "\"" + "folded\n".repeat(1 + random.nextInt(5_000)) + "\"," + lines[at];
			return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
		}
		int every = 1 + random.nextInt(3);
		StringBuilder out = new StringBuilder();
		for (String line : text.split("\r?\n")) {
			for (int i = 0; i < line.length(); i += every) {
				out.append(i == 0 ? "" : "\r\n ").append(line, i, Math.min(line.length(), i + every));
			}
			out.append("\r\n");
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** Numbers far out of range, dates that are not dates, and repeat rules that would never end. */
	private byte[] absurd(String text, String ext) {
		String[] huge = { "99999999999999999999999", "-1", "0", "2147483648", "00000000T000000Z", "99991231T999999" };
		String out = text.replaceAll("[0-9]{4,}", huge[random.nextInt(huge.length)]);
		if (ext.equals("ics")) {
			String[] rules = { "FREQ=SECONDLY", "FREQ=SECONDLY;COUNT=2147483647", "FREQ=MINUTELY;INTERVAL=0",
					"FREQ=DAILY;COUNT=-5", "FREQ=YEARLY;BYMONTH=13;BYMONTHDAY=32", "FREQ=NEVER;UNTIL=garbage" };
			out = out.replace("BEGIN:VEVENT", "BEGIN:VEVENT\r\nRRULE:" + rules[random.nextInt(rules.length)]);
		}
		return out.getBytes(StandardCharsets.UTF_8);
	}

	/** One line (a row, a property) repeated many times. */
	private byte[] repeat(String text) {
		List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
		int at = random.nextInt(lines.size());
		int times = lines.get(at).length() > 10_000 ? 2 : 1 + random.nextInt(2_000);
		lines.addAll(at, java.util.Collections.nCopies(times, lines.get(at)));
		return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
	}

	/** A few lines left out: a header, an END:VCARD, the half of a quoted field. */
	private byte[] drop(String text) {
		List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
		for (int i = 0, n = 1 + random.nextInt(3); i < n && lines.size() > 1; i++) {
			lines.remove(random.nextInt(lines.size()));
		}
		return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
	}

	/** One value of 0.9 to 11 MB: around the limits on a value (1 MB) and on a row, card or event (10 MB). */
	private byte[] huge(byte[] data, String ext) {
		int[] sizes = { 900 << 10, 3 << 19, 3 << 20, 11 << 20 };
		int size = sizes[random.nextInt(sizes.length)];
		byte[] value = new byte[size];
		byte[] word = "Jalan Ampang ".getBytes(StandardCharsets.US_ASCII);
		for (int i = 0; i < size; i++) {
			value[i] = word[i % word.length];
		}
		String text = text(data);
		int line = text.indexOf('\n') + 1;
		String marker = switch (ext) {
		case "vcf" -> "BEGIN:VCARD";
		case "ics" -> "BEGIN:VEVENT";
		default -> null;
		};
		if (marker != null && text.contains(marker)) {
			int at = text.indexOf('\n', text.indexOf(marker)) + 1;
			byte[] head = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
			byte[] property = (ext.equals("vcf") ? "NOTE:" : "DESCRIPTION:").getBytes(StandardCharsets.US_ASCII);
			return concat(head, property, value, "\r\n".getBytes(StandardCharsets.US_ASCII),
					text.substring(at).getBytes(StandardCharsets.UTF_8));
		}
		byte[] head = text.substring(0, line).getBytes(StandardCharsets.UTF_8);
		boolean quoted = random.nextBoolean();
		return concat(head, quoted ? new byte[] { '"' } : new byte[0], value,
				(quoted ? "\"," : ",").getBytes(StandardCharsets.US_ASCII),
				text.substring(line).getBytes(StandardCharsets.UTF_8));
	}

	/** Components opened thousands of times inside each other, never or always closed. */
	private byte[] nested(String text, String ext) {
		String begin = ext.equals("ics") ? "BEGIN:VEVENT\r\n" : ext.equals("vcf") ? "BEGIN:VCARD\r\n" : "\"";
		String end = ext.equals("ics") ? "END:VEVENT\r\n" : ext.equals("vcf") ? "END:VCARD\r\n" : "\"";
		int depth = 1_000 + random.nextInt(20_000);
		String deep = begin.repeat(depth) + (random.nextBoolean() ? end.repeat(depth) : "");
		int at = text.indexOf('\n') + 1;
		return (text.substring(0, at) + deep + text.substring(at)).getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] firstLine(byte[] data) {
		for (int i = 0; i < data.length; i++) {
			if (data[i] == '\n') {
				return Arrays.copyOf(data, i + 1);
			}
		}
		return data;
	}

	private static byte[] insert(byte[] data, int at, byte[] what) {
		return concat(Arrays.copyOf(data, at), what, Arrays.copyOfRange(data, at, data.length));
	}

	private static byte[] concat(byte[]... parts) {
		int length = 0;
		for (byte[] p : parts) {
			length += p.length;
		}
		byte[] all = new byte[length];
		int at = 0;
		for (byte[] p : parts) {
			System.arraycopy(p, 0, all, at, p.length);
			at += p.length;
		}
		return all;
	}
}
