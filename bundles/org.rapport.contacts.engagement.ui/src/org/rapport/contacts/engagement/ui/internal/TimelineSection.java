package org.rapport.contacts.engagement.ui.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.rapport.contacts.CustomerTimeline;
import org.rapport.contacts.TimelineEntry;
import org.rapport.contacts.engagement.Interactions;
import org.rapport.contacts.engagement.TeamCalendar;
import org.rapport.contacts.ui.CustomerSection;
import org.rapport.platform.security.Directory;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.ui.Loader;

import jakarta.inject.Inject;

/**
 * The customer's timeline in the customer editor: interactions and whatever other modules contribute, newest
 * first, a page at a time, filtered by kind; and the button to log a new interaction.
 */
public class TimelineSection implements CustomerSection {

	private static final int PAGE = 20;

	@Inject
	private CustomerTimeline timeline;
	@Inject
	private Interactions interactions;
	@Inject
	private TeamCalendar calendar;
	@Inject
	private Directory directory;
	@Inject
	private SecurityContext security;
	private Loader loader;
	private long customer;
	private Table table;
	private Button older;
	private Combo filter;
	private List<String> kinds = List.of();
	private TimelineEntry last;

	@Override
	public void create(Composite parent, long customerId) {
		customer = customerId;
		Composite row = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(row);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
		filter = new Combo(row, SWT.READ_ONLY);
		Map<String, String> offered = timeline.kinds();
		kinds = new ArrayList<>(offered.keySet());
		filter.add(Messages.Timeline_allKinds);
		offered.values().forEach(filter::add);
		filter.select(0);
		filter.addListener(SWT.Selection, e -> reload());
		Button log = new Button(row, SWT.PUSH);
		log.setText(Messages.Timeline_log);
		GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).grab(true, false).applyTo(log);
		log.addListener(SWT.Selection, e -> {
			if (new LogInteractionDialog(parent.getShell(), interactions, customerId).open() == Window.OK) {
				reload();
			}
		});
		Button plan = new Button(row, SWT.PUSH);
		plan.setText(Messages.Timeline_plan);
		plan.addListener(SWT.Selection, e -> {
			String me = security.currentLogin();
			new AppointmentDialog(parent.getShell(), calendar, directory, me, null,
					LocalDateTime.now().withMinute(0).withSecond(0).withNano(0).plusHours(1), List.of()).with(customerId)
					.open();
		});
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		column(Messages.Timeline_when, 130);
		column(Messages.Timeline_what, 260);
		column(Messages.Timeline_detail, 360);
		GridDataFactory.fillDefaults().grab(true, false).hint(700, 180).applyTo(table);
		older = new Button(parent, SWT.PUSH);
		older.setText(Messages.Timeline_older);
		older.addListener(SWT.Selection, e -> more());
		loader = new Loader(table);
		reload();
	}

	private void column(String title, int width) {
		TableColumn column = new TableColumn(table, SWT.NONE);
		column.setText(title);
		column.setWidth(width);
	}

	private void reload() {
		load(null, true);
	}

	private void more() {
		load(last, false);
	}

	private void load(TimelineEntry after, boolean fresh) {
		int index = filter.getSelectionIndex() - 1;
		Set<String> wanted = index < 0 ? Set.of() : Set.of(kinds.get(index));
		loader.load(() -> timeline.page(customer, after, PAGE, wanted), page -> show(page, fresh));
	}

	private void show(List<TimelineEntry> page, boolean fresh) {
		if (fresh) {
			table.removeAll();
			last = null;
		}
		for (TimelineEntry entry : page) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { When.shortly(entry.at()), entry.title(), entry.detail().replace('\n', ' ') });
		}
		if (!page.isEmpty()) {
			last = page.get(page.size() - 1);
		}
		if (table.getItemCount() == 0) {
			new TableItem(table, SWT.NONE).setText(new String[] { "", Messages.Timeline_empty, "" });
		}
		older.setEnabled(page.size() == PAGE);
	}
}
