import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports every file of a corpus written by {@link FuzzCorpus} into one headless Rapport and judges each import:
 * <ul>
 * <li>imported: the summary line was printed and exactly its "imported N" new customers (appointments for a
 * calendar) are in the database, nothing else;</li>
 * <li>refused: no summary, an exit code other than 0, and nothing new in the database (the message should name a
 * line or card: refusals that do not are listed apart);</li>
 * <li>crashed: an exception trace or error ("Exception", "at org.", "OutOfMemoryError", Gogo's "gogo:"), no answer
 * within the time limit, the runtime gone, or a partial import (other new rows than the summary says).</li>
 * </ul>
 * After a crash the next file gets a fresh runtime. Usage:
 * {@code FuzzRun --dist DIR --home DIR --corpus DIR [--heap 512m] [--timeout 120]}. Prints the figures; exit 1 when
 * a file crashed. The whole conversation with the runtime goes to CORPUS/transcript.txt.
 */
public final class FuzzRun {

	private static final Pattern CONTACTS = Pattern
			.compile("imported (\\d+), merged (\\d+), skipped (\\d+), rejected (\\d+)(, warnings (\\d+))?");
	/** {@code imported N, skipped S, rejected R, warnings W}; builds before issue 18 print {@code imported N}. */
	private static final Pattern CALENDAR = Pattern.compile("^(g! )*imported (\\d+)", Pattern.MULTILINE);
	private static final Pattern TRACE = Pattern.compile(
			"Exception|\\tat |\\bat org\\.|\\bat java\\.|OutOfMemoryError|StackOverflowError|^(g! )*gogo: ",
			Pattern.MULTILINE);
	private static final Pattern LOCATED = Pattern.compile("(?i)\\b(line|lines|card)\\b:? \\d+");
	/** A line of the column mapping the CSV import shows: {@code Header=FIELD}. */
	private static final Pattern MAPPING = Pattern.compile("[^=]+=[A-Za-z_0-9.]+");
	/** A line of slf4j-simple: {@code [thread] INFO logger - message}. */
	private static final Pattern LOG = Pattern.compile("^\\[[^]]*\\] (TRACE|DEBUG|INFO|WARN|ERROR) ");
	private static final String COUNTS = "SELECT (SELECT COUNT(*) FROM contacts_customer), "
			+ "(SELECT COUNT(*) FROM engagement_appointment) FROM sysibm.sysdummy1";

	private final Path dist;
	private final Path home;
	private final Path corpus;
	private final String heap;
	private final int timeout;
	private final Writer transcript;
	private HeadlessShell shell;
	private long[] counts;

	private int tried;
	private int imported;
	private int refused;
	private final List<String> unlocated = new ArrayList<>();
	private final List<String> crashed = new ArrayList<>();

	private FuzzRun(Path dist, Path home, Path corpus, String heap, int timeout) throws IOException {
		this.dist = dist;
		this.home = home;
		this.corpus = corpus;
		this.heap = heap;
		this.timeout = timeout;
		this.transcript = Files.newBufferedWriter(corpus.resolve("transcript.txt"), StandardCharsets.UTF_8);
	}

	public static void main(String[] args) throws Exception {
		Path dist = null;
		Path home = null;
		Path corpus = null;
		String heap = "512m";
		int timeout = 120;
		for (int i = 0; i + 1 < args.length; i += 2) {
			switch (args[i]) {
			case "--dist" -> dist = Path.of(args[i + 1]);
			case "--home" -> home = Path.of(args[i + 1]);
			case "--corpus" -> corpus = Path.of(args[i + 1]);
			case "--heap" -> heap = args[i + 1];
			case "--timeout" -> timeout = Integer.parseInt(args[i + 1]);
			default -> throw new IllegalArgumentException(args[i]);
			}
		}
		// The data folder exists before the first start, as the rapport launcher makes it.
		Files.createDirectories(home);
		FuzzRun run = new FuzzRun(dist, home, corpus, heap, timeout);
		int exit;
		try {
			exit = run.run(Files.readAllLines(corpus.resolve("corpus.tsv")));
		} finally {
			if (run.shell != null) {
				run.shell.close();
			}
			run.transcript.close();
		}
		System.exit(exit);
	}

	private int run(List<String> manifest) throws Exception {
		long start = System.nanoTime();
		for (String entry : manifest) {
			String[] words = entry.split("\t");
			if (shell == null) {
				List<String> jvm = new ArrayList<>(HeadlessShell.QUICK_START);
				jvm.add("-Xmx" + heap);
				shell = HeadlessShell.start(dist, home, jvm, transcript);
				counts = shell.numbers(COUNTS, 2);
			}
			tried++;
			judge(words, importFile(words));
		}
		long seconds = (System.nanoTime() - start) / 1_000_000_000L;
		System.out.printf("fuzz: files tried %d, imported %d, refused %d, crashed %d (%d s)%n", tried, imported,
				refused, crashed.size(), seconds);
		if (!unlocated.isEmpty()) {
			System.out.printf("fuzz: %d refusals name no line or card, e.g.:%n", unlocated.size());
			unlocated.stream().limit(10).forEach(u -> System.out.println("  " + u));
		}
		crashed.forEach(c -> System.out.println("CRASHED " + c));
		return crashed.isEmpty() ? 0 : 1;
	}

	/** The command's output (null when the runtime gave no answer in time or died) and exit code. */
	private record Answer(List<String> lines, int exit) {
	}

	private Answer importFile(String[] words) throws Exception {
		StringBuilder command = new StringBuilder("rapport:").append(words[1]);
		for (int i = 2; i < words.length; i++) {
			command.append(' ').append(words[i]);
		}
		command.append(" '").append(corpus.resolve(words[0])).append('\'');
		synchronized (transcript) {
			transcript.write("\n### " + words[0] + "\n");
		}
		List<String> lines = shell.call(timeout, "rapport.exit = -1", command.toString());
		if (lines == null) {
			return new Answer(null, -1);
		}
		String last = lines.remove(lines.size() - 1);
		// What "rapport.exit = -1" printed.
		lines.removeIf(l -> l.matches("(g! )*-1"));
		try {
			return new Answer(lines, Integer.parseInt(last.substring(last.lastIndexOf(' ') + 1).strip()));
		} catch (NumberFormatException e) {
			return new Answer(lines, -1);
		}
	}

	private void judge(String[] words, Answer answer) throws Exception {
		String name = words[0];
		if (answer.lines() == null) {
			crash(name, shell.alive() ? "no answer within " + timeout + " s" : "the runtime died", List.of());
			return;
		}
		String output = String.join("\n", answer.lines());
		if (TRACE.matcher(output).find()) {
			crash(name, "exception trace (exit " + answer.exit() + ")", answer.lines());
			return;
		}
		long[] before = counts;
		long[] after = shell.numbers(COUNTS, 2);
		counts = after;
		boolean calendar = words[1].equals("calendar-import");
		long added = calendar ? after[1] - before[1] : after[0] - before[0];
		long other = calendar ? after[0] - before[0] : after[1] - before[1];
		Matcher summary = (calendar ? CALENDAR : CONTACTS).matcher(output);
		if (summary.find()) {
			long reported = Long.parseLong(summary.group(calendar ? 2 : 1));
			if (added != reported || other != 0) {
				crash(name, "partial import: the summary says imported " + reported + ", the database holds " + added
						+ " new", answer.lines());
			} else {
				imported++;
			}
		} else if (added != 0 || other != 0) {
			crash(name, "partial import: refused, yet " + (added + other) + " new rows", answer.lines());
		} else if (answer.exit() == 0) {
			crash(name, "no summary and no refusal (exit 0)", answer.lines());
		} else {
			refused++;
			if (!LOCATED.matcher(output).find()) {
				unlocated.add(name + ": " + message(answer.lines()));
			}
		}
	}

	/** The refusal's first line that is not progress, the column mapping or a library's log line. */
	private static String message(List<String> lines) {
		for (String line : lines) {
			String text = line.replaceFirst("^(g! )+", "").strip();
			if (!text.isEmpty() && !text.startsWith("...") && !text.startsWith("#") && !MAPPING.matcher(text).matches()
					&& !LOG.matcher(text).find()) {
				return printable(text);
			}
		}
		return "(no message)";
	}

	/** A line of output as a log can show it: short, without the control characters a damaged file brings in. */
	private static String printable(String line) {
		String text = line.replaceAll("[\\p{Cc}&&[^\t]]", "?");
		return text.length() > 200 ? text.substring(0, 200) + "..." : text;
	}

	private void crash(String name, String why, List<String> lines) throws InterruptedException {
		StringBuilder what = new StringBuilder(name).append(": ").append(why);
		lines.stream().filter(l -> TRACE.matcher(l).find() || l.contains("Error")).limit(5)
				.forEach(l -> what.append("\n    ").append(printable(l)));
		crashed.add(what.toString());
		// A runtime that threw or hung may be in any state: the next file gets a fresh one.
		if (lines.isEmpty()) {
			shell.kill();
		} else {
			shell.close();
		}
		shell = null;
	}
}
