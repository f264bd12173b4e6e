package org.rapport.sales.ui.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.engagement.InteractionType;
import org.rapport.contacts.engagement.Interactions;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.ui.Reload;
import org.rapport.platform.security.Directory;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.security.User;
import org.rapport.sales.Opportunities;
import org.rapport.sales.Opportunity;
import org.rapport.sales.OpportunityFilter;
import org.rapport.sales.SalesProcesses;

import jakarta.annotation.PostConstruct;
import java.util.ArrayList;
import org.rapport.platform.ui.Loader;
import org.rapport.sales.SalesProcess;
import org.rapport.sales.SalesTopics;

/**
 * The sales manager's views: activity per rep over the last days (who is busy and who is not), opportunities
 * stuck in early stages (where a rep needs help) and those about to close, with days in their stage.
 */
public class TeamPart {

	private static final int EARLY = 20;
	private static final int LATE = 50;
	private static final int SHOWN = 300;
	private static final int[] DAYS = { 7, 30, 90 };

	private SalesFilterBar bar;
	private Combo activityDays;
	private Spinner stuckDays;
	private Spinner closingDays;
	private Table activity;
	private Table stuckByRep;
	private OpportunityTable stuck;
	private OpportunityTable closing;
	private Opportunities opportunities;
	private Interactions interactions;
	private CustomerService customers;
	private Directory directory;
	private SalesProcesses processes;
	private Loader loader;

	@PostConstruct
	void create(Composite parent, Opportunities opportunityService, Interactions interactionService,
			SalesProcesses processes, CustomerService customerService, Directory people, SecurityContext security,
			Database database, IEventBroker broker,
			AuditLog audit) {
		this.opportunities = opportunityService;
		this.interactions = interactionService;
		this.customers = customerService;
		this.directory = people;
		this.processes = processes;
		GridLayoutFactory.fillDefaults().numColumns(4).margins(6, 6).applyTo(parent);
		bar = new SalesFilterBar(parent, processes, directory, security.currentLogin(), true, false,
				this::reload);
		Composite options = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).applyTo(options);
		GridDataFactory.fillDefaults().span(4, 1).applyTo(options);
		activityDays = new Combo(options, SWT.READ_ONLY);
		for (int d : DAYS) {
			activityDays.add(org.eclipse.osgi.util.NLS.bind(Messages.Team_lastDays, d));
		}
		activityDays.select(1);
		stuckDays = spinner(options, Messages.Team_stuckDays, 30);
		closingDays = spinner(options, Messages.Team_closingDays, 30);
		TabFolder tabs = new TabFolder(parent, SWT.TOP);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, true).applyTo(tabs);
		activity = table(tabs, Messages.Team_activity, Messages.Forecast_rep, Messages.Team_calls, Messages.Team_visits,
				Messages.Team_meetings, Messages.Team_emails, Messages.Team_messages, Messages.Team_notes,
				Messages.Team_total);
		Composite stuckTab = tab(tabs, Messages.Team_stuck);
		stuckByRep = new Table(stuckTab, SWT.BORDER | SWT.FULL_SELECTION);
		columns(stuckByRep, Messages.Forecast_rep, Messages.Team_stuckCount, Messages.Team_longest);
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 120).applyTo(stuckByRep);
		stuck = new OpportunityTable(stuckTab, true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(stuck.viewer().getControl());
		Composite closingTab = tab(tabs, Messages.Team_closing);
		closing = new OpportunityTable(closingTab, true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(closing.viewer().getControl());
		for (OpportunityTable t : new OpportunityTable[] { stuck, closing }) {
			t.viewer().addDoubleClickListener(e -> {
				Opportunity o = t.selected();
				if (o != null) {
					OpportunityDialog.edit(parent.getShell(), o, opportunities, processes, customers, directory)
						.withChanges(audit).open();
				}
			});
		}
		activityDays.addListener(SWT.Selection, e -> reload());
		stuckDays.addListener(SWT.Selection, e -> reload());
		closingDays.addListener(SWT.Selection, e -> reload());
		loader = new Loader(activity);
		Reload.when(broker, activity, this::reload, SalesTopics.OPPORTUNITIES);
		if (database.isOpen()) {
			reload();
		}
	}

	private void reload() {
		bar.whenFilled(loader, () -> {
			OpportunityFilter filter = bar.filter();
			int activityWindow = DAYS[activityDays.getSelectionIndex()];
			int stuckFor = stuckDays.getSelection();
			int closingWithin = closingDays.getSelection();
			loader.load(() -> read(filter, activityWindow, stuckFor, closingWithin), this::show);
		});
	}

	/** What the three tabs show, read in the background. */
	private record TeamView(List<String[]> activity, List<String[]> stuckByRep, List<Opportunity> stuck,
			List<Opportunity> closing, Map<Long, String> names, List<SalesProcess> processes) {
	}

	private TeamView read(OpportunityFilter filter, int activityWindow, int stuckFor, int closingWithin) {
		List<String> reps = filter.owners().isEmpty() ? directory.users().stream().map(User::login).toList()
				: filter.owners();
		Instant now = Instant.now();
		Map<String, Map<InteractionType, Integer>> counts = interactions.activity(
				now.minus(activityWindow, ChronoUnit.DAYS), now);
		List<String[]> activityLines = new ArrayList<>();
		for (String rep : reps) {
			Map<InteractionType, Integer> mine = counts.getOrDefault(rep, Map.of());
			String[] line = new String[InteractionType.values().length + 2];
			line[0] = name(rep);
			int total = 0;
			for (InteractionType type : InteractionType.values()) {
				int n = mine.getOrDefault(type, 0);
				line[type.ordinal() + 1] = String.valueOf(n);
				total += n;
			}
			line[line.length - 1] = String.valueOf(total);
			activityLines.add(line);
		}
		OpportunityFilter anyDate = new OpportunityFilter(filter.processId(), filter.owners(), null, null);
		List<Opportunity> waiting = opportunities.stuck(anyDate, EARLY, now.minus(stuckFor, ChronoUnit.DAYS), SHOWN);
		Map<String, List<Opportunity>> byRep = waiting.stream().collect(Collectors.groupingBy(Opportunity::owner,
				LinkedHashMap::new, Collectors.toList()));
		List<String[]> stuckLines = new ArrayList<>();
		byRep.forEach((rep, list) -> stuckLines.add(new String[] { name(rep), String.valueOf(list.size()),
				String.valueOf(list.get(0).daysInStage(now)) }));
		LocalDate today = LocalDate.now();
		List<Opportunity> soon = opportunities.closing(new OpportunityFilter(filter.processId(), filter.owners(), today,
				today.plusDays(closingWithin)), LATE, SHOWN);
		Map<Long, String> names = customers.names(java.util.stream.Stream.concat(waiting.stream(), soon.stream())
				.map(Opportunity::customerId).collect(Collectors.toSet()));
		return new TeamView(activityLines, stuckLines, waiting, soon, names, processes.list());
	}

	private void show(TeamView view) {
		activity.removeAll();
		view.activity().forEach(line -> new TableItem(activity, SWT.NONE).setText(line));
		stuckByRep.removeAll();
		view.stuckByRep().forEach(line -> new TableItem(stuckByRep, SWT.NONE).setText(line));
		stuck.show(view.stuck(), view.names(), view.processes());
		closing.show(view.closing(), view.names(), view.processes());
	}

	private String name(String login) {
		return directory.user(login).map(User::displayName).orElse(login);
	}

	private static Spinner spinner(Composite parent, String label, int value) {
		new Label(parent, SWT.NONE).setText(label);
		Spinner spinner = new Spinner(parent, SWT.BORDER);
		spinner.setValues(value, 1, 365, 0, 1, 7);
		return spinner;
	}

	private static Composite tab(TabFolder tabs, String title) {
		TabItem item = new TabItem(tabs, SWT.NONE);
		item.setText(title);
		Composite page = new Composite(tabs, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(page);
		item.setControl(page);
		return page;
	}

	private static Table table(TabFolder tabs, String title, String... headers) {
		Composite page = tab(tabs, title);
		Table table = new Table(page, SWT.BORDER | SWT.FULL_SELECTION);
		columns(table, headers);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		return table;
	}

	private static void columns(Table table, String... headers) {
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (int i = 0; i < headers.length; i++) {
			TableColumn column = new TableColumn(table, i == 0 ? SWT.LEFT : SWT.RIGHT);
			column.setText(headers[i]);
			column.setWidth(i == 0 ? 200 : 130);
		}
	}
}
