import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kills a burst of stage moves. No command moves opportunities, so the burst calls the Opportunities service from
 * the Gogo shell, one move a line, each line printing the move once moveTo has returned (committed). A move is one
 * transaction: the stage, its history row and the version change together. After a kill each opportunity is where
 * its last printed move put it, or one move further when its move was the one under way.
 */
final class StageMoveCrash extends CrashScenario<StageMoveCrash.Board> {

	/** An opportunity as read: its stage, its version and how many history rows it has. */
	record Card(String stage, long version, long history) {
	}

	/** The opportunities moved, and the stage and history invariants over all of them. */
	record Board(Map<Long, Card> cards, long[] invariants) {
	}

	private record Move(long id, String stage) {
	}

	private static final String STANDARD = "org.rapport.sales.standard";
	private static final Pattern MOVED = Pattern.compile("@@moved (\\d+) (\\S+) (\\d+)");
	private static final int MOST_OPPORTUNITIES = 40;

	private final int moves;
	private final Random random;
	private final List<Long> ids = new ArrayList<>();
	private final List<String> stages = new ArrayList<>();
	private boolean versioned;
	private List<Move> planned = List.of();

	StageMoveCrash(int moves, Random random) {
		super("stage moves");
		this.moves = moves;
		this.random = random;
	}

	@Override
	void prepare(HeadlessShell shell, Path work) throws Exception {
		demoTeam(shell);
		for (String[] row : shell.rows("SELECT id FROM sales_opportunity WHERE process_id = '" + STANDARD + "' AND "
				+ "stage_id NOT IN ('won', 'lost') ORDER BY id FETCH FIRST " + MOST_OPPORTUNITIES + " ROWS ONLY", 1)) {
			ids.add(Long.parseLong(row[0]));
		}
		for (String[] row : shell.rows("SELECT DISTINCT stage_id FROM sales_opportunity WHERE process_id = '" + STANDARD
				+ "' AND stage_id NOT IN ('won', 'lost') ORDER BY stage_id", 1)) {
			stages.add(row[0]);
		}
		// Since issue 18 a move names the version it was read at; before, it did not.
		List<String> methods = shell.call(60, "opps = $.context getService ($.context getServiceReference "
				+ "org.rapport.sales.Opportunities) ; each (($opps getClass) getMethods) { echo @@method $it }");
		versioned = methods.stream().anyMatch(m -> m.contains(".moveTo(long,int,java.lang.String)")
				|| m.contains(".moveTo(long,int,java.lang.String,java.lang.String)"));
		if (!versioned) {
			note("Opportunities.moveTo takes no version in this build: moves are made without one");
		}
	}

	@Override
	List<String> work(int cycle, Path work) {
		List<String> lines = new ArrayList<>(List.of("opps = $.context getService ($.context getServiceReference "
				+ "org.rapport.sales.Opportunities) ; echo"));
		List<Move> plan = new ArrayList<>();
		for (int i = 0; i < moves; i++) {
			Move move = new Move(ids.get(random.nextInt(ids.size())), stages.get(random.nextInt(stages.size())));
			plan.add(move);
			String call = versioned
					? "o = ($opps find " + move.id() + ") get ; m = $opps moveTo " + move.id() + " ($o version) "
							+ move.stage()
					: "m = $opps moveTo " + move.id() + " " + move.stage() + " ''";
			lines.add(call + " ; echo @@moved ($m id) ($m stageId) ($m version)");
		}
		planned = plan;
		return lines;
	}

	/** The service, and one move that starts the persistence unit. */
	@Override
	int warmUpLines() {
		return 2;
	}

	@Override
	Board read(HeadlessShell shell) throws Exception {
		String in = ids.toString().replace('[', '(').replace(']', ')');
		Map<Long, Card> cards = new HashMap<>();
		String sql = "SELECT o.id, o.stage_id, o.version, (SELECT COUNT(*) FROM sales_stage_history h "
				+ "WHERE h.opportunity_id = o.id) FROM sales_opportunity o WHERE o.id IN " + in;
		for (String[] row : shell.rows(sql, 4)) {
			cards.put(Long.parseLong(row[0]), new Card(row[1], Long.parseLong(row[2]), Long.parseLong(row[3])));
		}
		return new Board(cards, counts(shell, DemoDataCrash.OPPORTUNITY_CHECKS));
	}

	@Override
	void check(Board before, Board after, List<String> printed) {
		DemoDataCrash.opportunities(this, after.invariants()[0], after.invariants()[1]);
		Map<Long, String[]> last = new HashMap<>();
		int reported = 0;
		for (String line : printed) {
			Matcher m = MOVED.matcher(line);
			if (m.find()) {
				last.put(Long.parseLong(m.group(1)), new String[] { m.group(2), m.group(3) });
				reported++;
			}
		}
		checked(reported);
		// Moves run one after the other: the one under way at the kill is the first not printed.
		Move underWay = reported < planned.size() ? planned.get(reported) : null;
		for (long id : ids) {
			Card was = before.cards().get(id);
			Card now = after.cards().get(id);
			boolean moving = underWay != null && underWay.id() == id;
			String[] move = last.get(id);
			if (move != null) {
				long version = Long.parseLong(move[1]);
				boolean there = now.version() == version && now.stage().equals(move[0]);
				boolean further = moving && now.version() == version + 1 && now.stage().equals(underWay.stage());
				if (!there && !further) {
					lost(1, "opportunity " + id + " was printed moved to " + move[0] + " at version " + version
							+ ", it is in " + now.stage() + " at version " + now.version());
				}
			} else if (now.version() != was.version()
					&& !(moving && now.version() == was.version() + 1 && now.stage().equals(underWay.stage()))) {
				half("opportunity " + id + " changed from version " + was.version() + " to " + now.version()
						+ " with no move printed");
			}
			// Each move that changed the stage wrote one history row in its transaction.
			if (now.history() - was.history() != now.version() - was.version()) {
				half("opportunity " + id + ": " + (now.version() - was.version()) + " moves with "
						+ (now.history() - was.history()) + " new history rows");
			}
		}
	}
}
