import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A piece of work the crash harness kills at random moments: how to prepare it, the shell lines of one cycle, what
 * to read from the database before and after, and the checks that follow a kill. Keeps the scenario's figures.
 *
 * @param <S> what is read from the database before and after a cycle
 */
abstract class CrashScenario<S> {

	final String name;
	int cycles;
	int killedDuringWork;
	long checked;
	long losses;
	int halfDone;
	int failedOpens;
	final List<String> problems = new ArrayList<>();
	final List<String> notes = new ArrayList<>();

	CrashScenario(String name) {
		this.name = name;
	}

	/** Data and files the work needs, once, in a runtime on the data folder. */
	abstract void prepare(HeadlessShell shell, Path work) throws Exception;

	/** The shell lines of one cycle's work; cycle 0 is the run to the end that measures how long the work takes. */
	abstract List<String> work(int cycle, Path work) throws Exception;

	/**
	 * How many of the work's first lines run before the clock starts: they make a fresh runtime ready (the first stage
	 * move starts the persistence unit, which takes longer than the burst), so that kills fall in the work itself.
	 */
	int warmUpLines() {
		return 0;
	}

	/** What the checks compare, read from the database. */
	abstract S read(HeadlessShell shell) throws Exception;

	/**
	 * Checks the database after a cycle: nothing done by halves, and every change the work printed as committed
	 * before it was killed is there.
	 */
	abstract void check(S before, S after, List<String> printed);

	/** Changes the work reported as committed and that were found. */
	void checked(long changes) {
		checked += changes;
	}

	/** Changes the work reported as committed and that are missing. */
	void lost(long changes, String what) {
		losses += changes;
		problems.add(when() + ": LOST " + what);
	}

	/** Work found done by halves: a transaction that was not one. */
	void half(String what) {
		halfDone++;
		problems.add(when() + ": HALF DONE " + what);
	}

	/** Something worth knowing that is not a loss. */
	void note(String what) {
		notes.add(when() + ": " + what);
	}

	/** The cycle being checked, or the run to the end that comes first. */
	String when() {
		return cycles == 0 ? "the whole work" : "cycle " + cycles;
	}

	/** The numbers of the first printed line the pattern finds, or null when the work did not get to print it. */
	static long[] printed(List<String> lines, Pattern pattern) {
		for (String line : lines) {
			Matcher m = pattern.matcher(line);
			if (m.find()) {
				long[] numbers = new long[m.groupCount()];
				for (int i = 0; i < numbers.length; i++) {
					numbers[i] = Long.parseLong(m.group(i + 1));
				}
				return numbers;
			}
		}
		return null;
	}

	/** The demo team and open opportunities, made when the data folder has none yet (a scenario run alone). */
	static void demoTeam(HeadlessShell shell) throws Exception {
		long[] n = counts(shell, "SELECT COUNT(*) FROM platform_team WHERE name = 'Sales KL'",
				"SELECT COUNT(*) FROM sales_opportunity WHERE stage_id NOT IN ('won', 'lost')");
		if (n[0] == 0 || n[1] < 5) {
			shell.call(1800, "rapport:demo-data --customers 1000 --seed 3");
		}
	}

	/** COUNT(*) of each query, in one row. */
	static long[] counts(HeadlessShell shell, String... queries) throws InterruptedException {
		StringBuilder sql = new StringBuilder("SELECT ");
		for (int i = 0; i < queries.length; i++) {
			sql.append(i == 0 ? "" : ", ").append('(').append(queries[i]).append(')');
		}
		return shell.numbers(sql.append(" FROM sysibm.sysdummy1").toString(), queries.length);
	}

	String figures() {
		return String.format("crash %-16s cycles %d (%d killed during the work), committed changes checked %d, "
				+ "losses %d, half done %d, failed opens %d", name + ":", cycles, killedDuringWork, checked, losses,
				halfDone, failedOpens);
	}

	boolean failed() {
		return losses > 0 || halfDone > 0 || failedOpens > 0;
	}
}
