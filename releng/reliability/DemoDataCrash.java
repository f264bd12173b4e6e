import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Kills {@code demo-data --customers N}. Its customers commit 2,000 at a time, then each module adds its records in
 * transactions of its own, each module printing a line when it is done. After a kill: the new customers are whole
 * batches (or all N), and what a printed line reports is there. Opportunities always come with their stage
 * history, and each stands in the stage its history ends with.
 */
final class DemoDataCrash extends CrashScenario<long[]> {

	/** DemoDataWriter's commit size. */
	private static final int BATCH = 2_000;
	private static final Pattern CUSTOMERS = Pattern.compile("Created (\\d+) demo customers");
	private static final Pattern ENGAGEMENT = Pattern
			.compile("Added (\\d+) interactions, (\\d+) tasks and (\\d+) appointments");
	private static final Pattern SALES = Pattern
			.compile("Sales: (\\d+) opportunities with (\\d+) stage changes, \\d+ quarterly quotas, (\\d+) leads");
	/** Opportunities without history, and opportunities whose stage is not the one their history ends with. */
	static final String[] OPPORTUNITY_CHECKS = {
			"SELECT COUNT(*) FROM sales_opportunity o WHERE NOT EXISTS "
					+ "(SELECT 1 FROM sales_stage_history h WHERE h.opportunity_id = o.id)",
			"SELECT COUNT(*) FROM sales_opportunity o JOIN sales_stage_history h ON h.opportunity_id = o.id "
					+ "WHERE h.position = (SELECT MAX(l.position) FROM sales_stage_history l "
					+ "WHERE l.opportunity_id = o.id) AND h.stage_id <> o.stage_id" };

	private final int customers;

	DemoDataCrash(int customers) {
		super("demo data");
		this.customers = customers;
	}

	@Override
	void prepare(HeadlessShell shell, Path work) {
		// the work needs nothing but an open database
	}

	@Override
	List<String> work(int cycle, Path work) {
		return List.of("rapport:demo-data --customers " + customers + " --seed " + (cycle + 11));
	}

	@Override
	long[] read(HeadlessShell shell) throws Exception {
		return counts(shell, "SELECT COUNT(*) FROM contacts_customer", "SELECT COUNT(*) FROM engagement_interaction",
				"SELECT COUNT(*) FROM engagement_task", "SELECT COUNT(*) FROM engagement_appointment",
				"SELECT COUNT(*) FROM sales_opportunity", "SELECT COUNT(*) FROM sales_stage_history",
				"SELECT COUNT(*) FROM sales_lead", OPPORTUNITY_CHECKS[0], OPPORTUNITY_CHECKS[1]);
	}

	@Override
	void check(long[] before, long[] after, List<String> printed) {
		long added = after[0] - before[0];
		if (added % BATCH != 0 && added != customers) {
			half(added + " new customers: not whole batches of " + BATCH);
		}
		opportunities(this, after[7], after[8]);
		long[] done = printed(printed, CUSTOMERS);
		if (done != null) {
			expect(done[0], added, "customers");
		}
		long[] engagement = printed(printed, ENGAGEMENT);
		if (engagement != null) {
			expect(engagement[0], after[1] - before[1], "interactions");
			expect(engagement[1], after[2] - before[2], "tasks");
			expect(engagement[2], after[3] - before[3], "appointments");
		}
		long[] sales = printed(printed, SALES);
		if (sales != null) {
			expect(sales[0], after[4] - before[4], "opportunities");
			expect(sales[1], after[5] - before[5], "stage changes");
			expect(sales[2], after[6] - before[6], "leads");
		}
	}

	/** Reported as committed: that many must be new. */
	private void expect(long reported, long found, String what) {
		checked(reported);
		if (found < reported) {
			lost(reported - found,
					"demo-data printed " + reported + " " + what + ", the database holds " + found + " new");
		}
	}

	/** The stage and history invariants, for every scenario that writes opportunities. */
	static void opportunities(CrashScenario<?> scenario, long withoutHistory, long notInLastStage) {
		if (withoutHistory > 0) {
			scenario.half(withoutHistory + " opportunities without stage history");
		}
		if (notInLastStage > 0) {
			scenario.half(notInLastStage + " opportunities not in the stage their history ends with");
		}
	}
}
