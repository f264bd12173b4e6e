import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Kills the headless runtime (SIGKILL, as kill -9) at random moments of four kinds of work and checks the database
 * after each kill: it opens ({@code rapport:db-info} in the next runtime), nothing is done by halves, and every change
 * the work printed as committed is there. The scenarios share one data folder, each in turn: demo data, a contact
 * import, a lead import and hand-out, a burst of stage moves. Each first runs its work to the end once, which checks
 * the whole work and measures how long it takes; each cycle then starts a runtime, sends the work and kills the
 * runtime at a random moment of that time and a quarter more. The next runtime opens the database and checks it
 * before its own work.
 * <p>
 * Usage: {@code CrashRun --dist DIR --work DIR [--cycles 25] [--rows 100000] [--seed S] [--only NAME,NAME]}
 * (names: demo, import, leads, stages). Prints the figures of each scenario; exit 1 on a loss, work done by halves
 * or a database that does not open. The conversation with every runtime goes to WORK/transcript.txt.
 */
public final class CrashRun {

	/** A killed cycle, checked once the next runtime has opened the database. */
	private record Pending<S>(CrashScenario<S> scenario, S before, List<String> printed) {
		void check(HeadlessShell shell) throws Exception {
			scenario.check(before, scenario.read(shell), printed);
		}
	}

	private final Path dist;
	private final Path work;
	private final Path home;
	private final Writer transcript;
	private Pending<?> pending;

	private CrashRun(Path dist, Path work) throws Exception {
		this.dist = dist;
		this.work = work;
		this.home = work.resolve("home");
		Files.createDirectories(home);
		this.transcript = Files.newBufferedWriter(work.resolve("transcript.txt"), StandardCharsets.UTF_8);
	}

	public static void main(String[] args) throws Exception {
		Path dist = null;
		Path work = null;
		int cycles = 25;
		int rows = 100_000;
		long seed = System.currentTimeMillis();
		List<String> only = List.of("demo", "import", "leads", "stages");
		for (int i = 0; i + 1 < args.length; i += 2) {
			switch (args[i]) {
			case "--dist" -> dist = Path.of(args[i + 1]);
			case "--work" -> work = Path.of(args[i + 1]);
			case "--cycles" -> cycles = Integer.parseInt(args[i + 1]);
			case "--rows" -> rows = Integer.parseInt(args[i + 1]);
			case "--seed" -> seed = Long.parseLong(args[i + 1]);
			case "--only" -> only = List.of(args[i + 1].split(","));
			default -> throw new IllegalArgumentException(args[i]);
			}
		}
		Random random = new Random(seed);
		List<CrashScenario<?>> scenarios = new ArrayList<>();
		// Sizes follow the import's: 100,000 rows by hand, a few thousand in CI.
		if (only.contains("demo")) {
			scenarios.add(new DemoDataCrash(Math.max(100, rows / 10)));
		}
		if (only.contains("import")) {
			scenarios.add(new ContactImportCrash(rows));
		}
		if (only.contains("leads")) {
			scenarios.add(new LeadAssignmentCrash(Math.max(20, rows / 50)));
		}
		if (only.contains("stages")) {
			scenarios.add(new StageMoveCrash(Math.max(100, Math.min(1000, rows / 100)), random));
		}
		System.out.printf("crash: %d cycles per scenario, %d rows, seed %d%n", cycles, rows, seed);
		CrashRun run = new CrashRun(dist, work);
		boolean failed;
		try {
			failed = run.run(scenarios, cycles, random);
		} finally {
			run.transcript.close();
		}
		System.exit(failed ? 1 : 0);
	}

	private boolean run(List<CrashScenario<?>> scenarios, int cycles, Random random) throws Exception {
		long start = System.nanoTime();
		boolean opened = true;
		for (CrashScenario<?> scenario : scenarios) {
			opened = cycles(scenario, cycles, random);
			if (!opened) {
				break;
			}
		}
		if (opened) {
			// The last kill is checked by one more runtime.
			HeadlessShell last = next(scenarios.get(scenarios.size() - 1));
			opened = last != null;
			if (opened) {
				last.close();
			}
		}
		boolean failed = !opened;
		for (CrashScenario<?> scenario : scenarios) {
			System.out.println(scenario.figures());
			scenario.problems.stream().limit(20).forEach(p -> System.out.println("  " + p));
			scenario.notes.stream().limit(10).forEach(n -> System.out.println("  note: " + n));
			failed |= scenario.failed();
		}
		System.out.printf("crash: %d s%n", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start));
		return failed;
	}

	/** Runs one scenario; false when the database did not open after a kill (the run cannot go on). */
	private <S> boolean cycles(CrashScenario<S> scenario, int cycles, Random random) throws Exception {
		HeadlessShell shell = next(scenario);
		if (shell == null) {
			return false;
		}
		scenario.prepare(shell, work);
		// The whole work in a fresh runtime, as cold as those the cycles kill, so that it takes as long.
		shell.close();
		shell = next(scenario);
		mark(scenario.name + ", the whole work");
		S before = scenario.read(shell);
		List<String> lines = scenario.work(0, work);
		List<String> printed = warmUp(shell, scenario, lines);
		long started = System.nanoTime();
		List<String> rest = shell.call(4 * 3600,
				lines.subList(scenario.warmUpLines(), lines.size()).toArray(String[]::new));
		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
		if (rest == null) {
			throw new IllegalStateException(scenario.name + ": the work did not end; see " + transcript());
		}
		printed.addAll(rest);
		S after = scenario.read(shell);
		scenario.check(before, after, printed);
		System.out.printf("crash %-16s the whole work takes %.1f s; killing at random moments of it%n",
				scenario.name + ":", millis / 1000.0);
		shell.close();
		for (int cycle = 1; cycle <= cycles; cycle++) {
			shell = next(scenario);
			if (shell == null) {
				return false;
			}
			before = scenario.read(shell);
			scenario.cycles = cycle;
			mark(scenario.name + ", cycle " + cycle);
			lines = new ArrayList<>(scenario.work(cycle, work));
			printed = warmUp(shell, scenario, lines);
			lines = new ArrayList<>(lines.subList(scenario.warmUpLines(), lines.size()));
			lines.add("echo @@done");
			shell.clear();
			shell.send(lines.toArray(String[]::new));
			// A fifth of the kills come after the end: what was printed must outlive the runtime too.
			if (!shell.await("@@done", (long) (random.nextDouble() * millis * 1.25))) {
				scenario.killedDuringWork++;
			}
			shell.kill();
			printed.addAll(shell.collected());
			pending = new Pending<>(scenario, before, printed);
		}
		return true;
	}

	/** Runs the work's warm-up lines to their end; returns what they printed. */
	private List<String> warmUp(HeadlessShell shell, CrashScenario<?> scenario, List<String> lines) throws Exception {
		if (scenario.warmUpLines() == 0) {
			return new ArrayList<>();
		}
		List<String> printed = shell.call(600, lines.subList(0, scenario.warmUpLines()).toArray(String[]::new));
		if (printed == null) {
			throw new IllegalStateException(scenario.name + ": the warm-up did not end; see " + transcript());
		}
		return printed;
	}

	private Path transcript() {
		return work.resolve("transcript.txt");
	}

	private void mark(String what) throws java.io.IOException {
		synchronized (transcript) {
			transcript.write("\n### " + what + "\n");
		}
	}

	/**
	 * A new runtime, its database opened; checks the cycle killed last. Null when the database did not open, which
	 * is counted against the scenario killed last.
	 */
	private HeadlessShell next(CrashScenario<?> scenario) throws Exception {
		HeadlessShell shell;
		try {
			shell = HeadlessShell.start(dist, home, HeadlessShell.QUICK_START, transcript);
		} catch (HeadlessShell.OpenFailed e) {
			CrashScenario<?> killed = pending == null ? scenario : pending.scenario();
			killed.failedOpens++;
			killed.problems.add(killed.when() + ": the database did not open after the kill: " + e.getMessage());
			return null;
		}
		if (pending != null) {
			pending.check(shell);
			pending = null;
		}
		return shell;
	}
}
