package org.rapport.bench;

import java.io.PrintStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.apache.felix.service.command.Function;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.CustomerQuery;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.CustomerSummary;
import org.rapport.contacts.CustomerTimeline;
import org.rapport.contacts.SegmentRule;
import org.rapport.contacts.Segments;
import org.rapport.contacts.engagement.AppointmentInput;
import org.rapport.contacts.engagement.TeamCalendar;
import org.rapport.platform.headless.AdminCommand;
import org.rapport.platform.persistence.Database;

/**
 * {@code bench-engagement}: on a database filled by demo-data (about five interactions per customer), measures a
 * customer's timeline first page, counting a rule-based segment of three conditions, and the week view of five
 * colleagues (after planning a year of appointments for ten people). Prints its figures.
 */
@Component(service = Function.class, property = { "osgi.command.scope=rapport", "osgi.command.function=bench-engagement" })
public class EngagementBench extends AdminCommand {

	private static final List<String> PEOPLE = List.of("aisyah", "weijie", "priya", "daniel", "meiling", "rep6", "rep7",
			"rep8", "rep9", "rep10");

	@Reference
	private Database database;

	@Reference
	private CustomerService customers;

	@Reference
	private CustomerTimeline timeline;

	@Reference
	private Segments segments;

	@Reference
	private TeamCalendar calendar;

	@Override
	protected int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		if (!open(database, err)) {
			return REJECTED;
		}
		try (var c = database.dataSource().getConnection(); var st = c.createStatement();
				var rs = st.executeQuery("SELECT COUNT(*) FROM engagement_interaction")) {
			rs.next();
			out.println("interactions in the database: " + rs.getLong(1));
		}
		timelines(out);
		segment(out);
		week(out);
		return OK;
	}

	private void timelines(PrintStream out) {
		List<CustomerSummary> some = customers.search(CustomerQuery.matching("a", 1000));
		Random random = new Random(7);
		Timings first = new Timings();
		Timings second = new Timings();
		for (int i = 0; i < 300; i++) {
			long id = some.get(random.nextInt(some.size())).id();
			var page = first.time(() -> timeline.page(id, null, 20, Set.of()));
			if (!page.isEmpty()) {
				second.time(() -> timeline.page(id, page.get(page.size() - 1), 20, Set.of()));
			}
		}
		out.println("customer timeline, first page of 20: " + first.summary() + " (goal < 100 ms)");
		out.println("customer timeline, next page: " + second.summary());
	}

	private void segment(PrintStream out) {
		SegmentRule rule = segments.parse("vip != NONE and city = \"Kuala Lumpur\" and last_interaction >= -12m");
		Timings timings = new Timings();
		int[] count = new int[1];
		for (int i = 0; i < 5; i++) {
			timings.time(() -> count[0] = segments.count(rule));
		}
		out.println("rule-based segment of three conditions (" + count[0] + " members), counted: " + timings.summary()
				+ " (goal < 1 s)");
	}

	private void week(PrintStream out) {
		ZoneId zone = ZoneId.systemDefault();
		LocalDate monday = LocalDate.now(zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		Random random = new Random(11);
		long start = System.nanoTime();
		int planned = 0;
		for (int week = -26; week < 26; week++) {
			for (String person : PEOPLE) {
				for (int i = 0; i < 10; i++) {
					var at = monday.plusWeeks(week).plusDays(random.nextInt(5)).atTime(8 + random.nextInt(10), 0)
							.atZone(zone).toInstant();
					calendar.create(new AppointmentInput("Customer meeting", at, at.plusSeconds(3600), zone, null, null,
							List.of(PEOPLE.get(random.nextInt(PEOPLE.size()))), person));
					planned++;
				}
			}
		}
		out.printf("planned %d appointments for %d people in %.1f s%n", planned, PEOPLE.size(),
				(System.nanoTime() - start) / 1e9);
		Timings timings = new Timings();
		List<String> five = new ArrayList<>(PEOPLE.subList(0, 5));
		for (int i = 0; i < 50; i++) {
			LocalDate week = monday.plusWeeks(random.nextInt(20) - 10);
			timings.time(() -> calendar.between(five, week.atStartOfDay(zone).toInstant(),
					week.plusDays(7).atStartOfDay(zone).toInstant()));
		}
		out.println("week view of 5 colleagues: " + timings.summary() + " (goal < 200 ms)");
	}

	@Override
	public String usage() {
		return "Usage: rapport admin bench-engagement";
	}
}
