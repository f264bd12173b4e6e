import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Kills a contact import of N valid rows. An import is one transaction with its audit row: after a kill the
 * customers are those before or those before plus N, with one more import audit row; once the summary line was
 * printed, all N.
 */
final class ContactImportCrash extends CrashScenario<long[]> {

	private static final Pattern SUMMARY = Pattern.compile("imported (\\d+), merged");
	/** Name, email, Malaysian mobile number, company and city, each row another person. */
	private static final String ROW = "Pelanggan %07d,crash.%07d@example.my,+60 12-%03d %04d,Syarikat %d Sdn Bhd,%s%n";
	private static final String[] CITIES = { "Kuala Lumpur", "Petaling Jaya", "George Town", "Johor Bahru", "Ipoh",
			"Kota Kinabalu", "Kuching", "Melaka" };

	private final int rows;
	private Path file;

	ContactImportCrash(int rows) {
		super("contact import");
		this.rows = rows;
	}

	/** One file for every cycle: imported with --on-duplicate create, each committed import adds all its rows. */
	@Override
	void prepare(HeadlessShell shell, Path work) throws Exception {
		file = work.resolve("contacts-" + rows + ".csv");
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("Name,E-mail,Mobile Phone,Company,City\n");
			for (int i = 1; i <= rows; i++) {
				out.write(String.format(ROW, i, i, i / 10_000 % 1000, i % 10_000, i % 997, CITIES[i % CITIES.length]));
			}
		}
	}

	@Override
	List<String> work(int cycle, Path work) {
		return List.of("rapport:import-contacts '" + file + "' --on-duplicate create");
	}

	/** Customers, and import audit rows. */
	@Override
	long[] read(HeadlessShell shell) throws Exception {
		return counts(shell, "SELECT COUNT(*) FROM contacts_customer",
				"SELECT COUNT(*) FROM platform_audit_log WHERE entity_type = 'contacts.import'");
	}

	@Override
	void check(long[] before, long[] after, List<String> printed) {
		long added = after[0] - before[0];
		long audited = after[1] - before[1];
		if (added != 0 && added != rows) {
			half("the import left " + added + " of its " + rows + " customers");
		}
		if (audited != (added == rows ? 1 : 0)) {
			half(added + " customers imported with " + audited + " import audit rows");
		}
		long[] summary = printed(printed, SUMMARY);
		if (summary != null) {
			checked(summary[0]);
			if (added < summary[0]) {
				lost(summary[0] - added, "the import printed imported " + summary[0] + ", the database holds " + added);
			}
		}
	}
}
