import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One headless Rapport ({@code rapport-headless.jar shell}) driven through its Gogo shell: commands are written to
 * its input one a line, both its output streams are read by a thread. Starting it runs {@code rapport:db-info}, the
 * read command that shows the database opens. Counts and checks read the database through the runtime's own data
 * source (Derby lets one process at a time in), with plain JDBC calls written in Gogo.
 */
final class HeadlessShell {

	/** The runtime started, but the database did not open: what it printed says why. */
	static final class OpenFailed extends Exception {
		private static final long serialVersionUID = 1L;

		OpenFailed(String message) {
			super(message);
		}
	}

	/**
	 * Options for runtimes that mostly start, open and do a little work: the quick compiler alone halves the start on
	 * two cores. What the harnesses check does not depend on the compiler.
	 */
	static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

	private final Process process;
	private final Thread reader;
	private final PrintWriter in;
	private final BlockingQueue<String> out = new LinkedBlockingQueue<>();
	private final List<String> collected = new ArrayList<>();
	private int marker;

	private HeadlessShell(List<String> command, Writer transcript) throws IOException {
		process = new ProcessBuilder(command).redirectErrorStream(true).start();
		in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
		reader = new Thread(() -> {
			try (BufferedReader r = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = r.readLine(); line != null; line = r.readLine()) {
					synchronized (transcript) {
						transcript.write((line.length() > 2000 ? line.substring(0, 2000) + "..." : line) + "\n");
					}
					out.add(line);
				}
				synchronized (transcript) {
					transcript.flush();
				}
			} catch (IOException e) {
				// the runtime is gone: callers see no marker
			}
		}, "headless output");
		reader.setDaemon(true);
		reader.start();
	}

	/**
	 * Starts a runtime on the data folder and opens the database with {@code rapport:db-info}.
	 *
	 * @param jvm options of the runtime's JVM, such as a heap size
	 * @throws OpenFailed when db-info did not report the database engine
	 */
	static HeadlessShell start(Path dist, Path home, List<String> jvm, Writer transcript) throws Exception {
		List<String> command = new ArrayList<>(List.of("java"));
		command.addAll(jvm);
		// English messages, as the checks read them.
		command.addAll(List.of("-Duser.language=en", "-Duser.country=US", "-Drapport.home=" + home, "-jar",
				dist.resolve("rapport-headless.jar").toString(), "shell"));
		HeadlessShell shell = new HeadlessShell(command, transcript);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
		// The shell reads its input at once; the rapport commands register a moment later.
		while (true) {
			List<String> lines = shell.call(300, "rapport:db-info");
			if (lines == null) {
				shell.kill();
				throw new OpenFailed("the headless runtime did not start or did not answer");
			}
			if (lines.stream().anyMatch(l -> l.contains("Engine:"))) {
				break;
			}
			if (lines.stream().noneMatch(l -> l.contains("CommandNotFoundException")) || System.nanoTime() > deadline) {
				shell.kill();
				throw new OpenFailed(String.join("\n", lines));
			}
			Thread.sleep(500);
		}
		shell.call(60, "db = $.context getService ($.context getServiceReference "
				+ "org.rapport.platform.persistence.Database) ; conn = ($db dataSource) getConnection ; "
				+ "st = $conn createStatement ; echo");
		return shell;
	}

	/**
	 * Sends the lines, then an echo of a marker with the last exit code; returns everything printed up to the marker
	 * line (included, last), or null after the time limit or when the runtime ended.
	 */
	List<String> call(int seconds, String... lines) throws InterruptedException {
		String end = "@@end-" + (++marker);
		send(lines);
		send("echo " + end + " $rapport.exit");
		collected.clear();
		return await(end + " ", TimeUnit.SECONDS.toMillis(seconds)) ? new ArrayList<>(collected) : null;
	}

	/** Sends lines without waiting for them. */
	void send(String... lines) {
		for (String line : lines) {
			in.println(line);
		}
	}

	/**
	 * Collects output (see {@link #collected()}) until a line contains the text; false when the time is up or the
	 * runtime ended first.
	 */
	boolean await(String text, long millis) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
		while (true) {
			long left = deadline - System.nanoTime();
			long wait = Math.max(0, Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)));
			String line = out.poll(wait, TimeUnit.NANOSECONDS);
			if (line != null) {
				collected.add(line);
				if (line.contains(text)) {
					return true;
				}
			} else if (left <= 0 || !process.isAlive() && out.isEmpty()) {
				return false;
			}
		}
	}

	/** What was printed since the last {@link #call} or {@link #clear}. */
	List<String> collected() {
		out.drainTo(collected);
		return new ArrayList<>(collected);
	}

	void clear() {
		out.drainTo(new ArrayList<>());
		collected.clear();
	}

	/** The rows of a query, each value as text; null when the runtime did not answer or the query failed. */
	List<String[]> rows(String sql, int columns) throws InterruptedException {
		StringBuilder echo = new StringBuilder("echo @@row");
		for (int i = 1; i <= columns; i++) {
			echo.append(" ($rs getString ").append(i).append(')');
		}
		List<String> lines = call(120, "rs = $st executeQuery \"" + sql + "\" ; while { $rs next } { " + echo
				+ " } ; $rs close");
		if (lines == null || lines.stream().anyMatch(l -> l.contains("gogo: "))) {
			return null;
		}
		List<String[]> rows = new ArrayList<>();
		for (String line : lines) {
			int at = line.indexOf("@@row ");
			if (at >= 0) {
				rows.add(line.substring(at + 6).split(" ", -1));
			}
		}
		return rows;
	}

	/** The first row of a query of numbers. */
	long[] numbers(String sql, int columns) throws InterruptedException {
		List<String[]> rows = rows(sql, columns);
		if (rows == null || rows.isEmpty()) {
			throw new IllegalStateException("No answer to " + sql);
		}
		long[] values = new long[columns];
		for (int i = 0; i < columns; i++) {
			values[i] = Long.parseLong(rows.get(0)[i]);
		}
		return values;
	}

	boolean alive() {
		return process.isAlive();
	}

	/** kill -9: no shutdown hook, no Derby shutdown, nothing flushed. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor();
		// What the runtime printed before it died is still in the pipe.
		reader.join(10_000);
	}

	/** Leaves the shell as a person would ({@code exit 0}); kills the runtime if it does not end. */
	void close() throws InterruptedException {
		send("exit 0");
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			kill();
		}
	}
}
