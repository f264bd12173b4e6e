package org.rapport.contacts.engagement.internal.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.DemoRecords;
import org.rapport.contacts.Segments;
import org.rapport.contacts.engagement.AppointmentInput;
import org.rapport.contacts.engagement.InteractionType;
import org.rapport.contacts.engagement.Priority;
import org.rapport.contacts.engagement.TaskInput;
import org.rapport.contacts.engagement.TeamCalendar;
import org.rapport.contacts.engagement.Tasks;
import org.rapport.contacts.engagement.internal.JdbcInteractions;
import org.rapport.contacts.engagement.internal.Messages;
import org.rapport.contacts.engagement.internal.store.EngagementUnit;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.Jdbc;
import org.rapport.platform.persistence.Rows;
import org.rapport.platform.security.Directory;
import org.rapport.platform.security.Role;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.security.Team;
import org.rapport.platform.security.User;

/**
 * The engagement part of {@code demo-data}: a sales team, about five interactions per customer over two years
 * (written in batches), tasks and appointments around today for everyone on the team, and useful segments.
 */
@Component(service = DemoRecords.class)
public class EngagementDemo implements DemoRecords {

	private static final String[][] REPS = { { "aisyah", "Nur Aisyah binti Hamzah" }, { "weijie", "Lim Wei Jie" },
			{ "priya", "Priya Ramasamy" }, { "daniel", "Daniel Wong" }, { "meiling", "陈美玲" } };
	private static final String[] OUTCOMES = { "Interested in the new price list", "Asked for a quotation",
			"Not the right time, call back next quarter", "Wants a demo for the team", "Happy with the service",
			"Complained about the delivery time", "Agreed to a site visit", "需要报价单", "Minta sebut harga" };
	private static final InteractionType[] TYPES = InteractionType.values();
	private static final int BATCH = 2_000;
	/** Customers per transaction: about 5,000 interactions. */
	private static final int PAGE = 1_000;

	@Reference
	private Database database;

	@Reference
	private SecurityContext security;

	@Reference
	private Directory directory;

	@Reference
	private CustomerService customers;

	@Reference
	private Tasks tasks;

	@Reference
	private TeamCalendar calendar;

	@Reference
	private Segments segments;

	@Override
	public String add(long afterId, int seed, IProgressMonitor monitor) throws Exception {
		Random random = new Random(seed);
		List<String> team = team();
		List<Long> sample = new ArrayList<>();
		int interactions = interactions(afterId, team, random, sample, monitor);
		int appointments = 0;
		ZoneId zone = ZoneId.systemDefault();
		Instant now = Instant.now();
		List<TaskInput> handedOut = new ArrayList<>();
		for (String person : team) {
			for (int i = 0; i < 12 && !sample.isEmpty(); i++) {
				Instant due = now.plus(random.nextInt(14 * 24) - 3 * 24, ChronoUnit.HOURS);
				handedOut.add(new TaskInput(OUTCOMES[random.nextInt(OUTCOMES.length)],
						sample.get(random.nextInt(sample.size())), due, Priority.values()[random.nextInt(3)], person));
			}
		}
		int taskCount = tasks.createAll(handedOut);
		LocalDate monday = LocalDate.now(zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		String me = security.currentLogin();
		for (int day = 0; day < 10 && !sample.isEmpty(); day++) {
			LocalDate date = monday.plusDays(day % 5 + (day / 5) * 7);
			for (int slot = 0; slot < 2; slot++) {
				String owner = team.get(random.nextInt(team.size()));
				Instant start = date.atTime(9 + random.nextInt(8), random.nextBoolean() ? 0 : 30).atZone(zone).toInstant();
				List<String> invited = random.nextInt(3) == 0 ? List.of(me) : List.of();
				calendar.create(new AppointmentInput("Meeting: " + OUTCOMES[random.nextInt(OUTCOMES.length)], start,
						start.plus(Duration.ofMinutes(30L + 30 * random.nextInt(3))), zone, "Kuala Lumpur",
						sample.get(random.nextInt(sample.size())), invited, owner));
				appointments++;
			}
		}
		int made = 0;
		for (String[] s : new String[][] { { "VIP in Kuala Lumpur", "vip != NONE and city = \"Kuala Lumpur\"" },
				{ "Dormant 12 months", "last_interaction < -12m or last_interaction is empty" },
				{ "Stable customers", "stage = STABLE" }, { "Gold and platinum", "vip >= GOLD" } }) {
			if (segments.named(s[0]).isEmpty()) {
				segments.create(s[0], segments.parse(s[1]));
				made++;
			}
		}
		return NLS.bind(Messages.Demo_done, new Object[] { interactions, taskCount, appointments, REPS.length, made });
	}

	/** The demo sales team (the signed-in user among them), added to the directory once. */
	private List<String> team() {
		List<String> logins = new ArrayList<>();
		for (String[] rep : REPS) {
			if (directory.user(rep[0]).isEmpty()) {
				directory.save(new User(rep[0], rep[1], "sales", Set.of(Role.SALES_REP)));
			}
			logins.add(rep[0]);
		}
		User me = security.currentUser();
		directory.save(me);
		logins.add(me.login());
		directory.save(new Team("Sales KL", logins));
		return logins;
	}

	/**
	 * About five interactions per new customer over two years, a page of customers per transaction, written in
	 * batches; keeps a sample of customer ids.
	 */
	private int interactions(long afterId, List<String> team, Random random, List<Long> sample,
			IProgressMonitor monitor) {
		Jdbc jdbc = database.jdbc();
		Map<Long, Instant> latest = new HashMap<>();
		Instant now = Instant.now();
		int written = 0;
		long after = afterId;
		List<Long> page;
		do {
			page = jdbc.query("SELECT id FROM contacts_customer WHERE id > ? ORDER BY id FETCH FIRST " + PAGE
					+ " ROWS ONLY", List.of(after), rs -> rs.getLong(1));
			for (Long customer : page) {
				if (sample.size() < 500) {
					sample.add(customer);
				}
			}
			List<Long> customersOfPage = page;
			int added = jdbc.inTransaction(c -> write(jdbc, c, customersOfPage, team, random, now, latest));
			written += added;
			monitor.worked(added);
			if (latest.size() >= 10_000) {
				customers.noteInteractions(latest);
				latest.clear();
			}
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			after = page.isEmpty() ? after : page.get(page.size() - 1);
		} while (page.size() == PAGE);
		customers.noteInteractions(latest);
		return written;
	}

	/** The interactions of a page of customers; notes each customer's latest. */
	private static int write(Jdbc jdbc, Connection c, List<Long> page, List<String> team, Random random, Instant now,
			Map<Long, Instant> latest) throws SQLException {
		int written = 0;
		try (PreparedStatement insert = c.prepareStatement("INSERT INTO engagement_interaction ("
				+ JdbcInteractions.COLUMNS + ", created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			for (long customer : page) {
				int count = 2 + random.nextInt(7);
				Instant last = null;
				for (int i = 0; i < count; i++) {
					Instant at = now.minus(random.nextInt(730 * 24 * 60), ChronoUnit.MINUTES);
					InteractionType type = TYPES[random.nextInt(TYPES.length)];
					String rep = team.get(random.nextInt(team.size()));
					boolean timeless = type == InteractionType.EMAIL || type == InteractionType.NOTE;
					int minutes = timeless ? 0 : 5 + random.nextInt(60);
					long id = jdbc.nextId(c, EngagementUnit.SEQUENCE);
					String outcome = OUTCOMES[random.nextInt(OUTCOMES.length)];
					Rows.bind(insert, List.of(id, customer, type, at, minutes, "", "", outcome, "", rep, now));
					insert.addBatch();
					last = last == null || at.isAfter(last) ? at : last;
					if (++written % BATCH == 0) {
						insert.executeBatch();
					}
				}
				latest.put(customer, last);
			}
			insert.executeBatch();
		}
		return written;
	}
}
